/**
 * The registry of record types that live in the change log: each entity's schema, and whether it
 * belongs to an inspection. Adding an entity here is how a new record type joins audit and sync.
 */
import { z } from 'zod';
import { ChecklistResponseSchema } from './checklistResponse';
import { ConflictResolutionSchema } from './conflictResolution';
import { CapaResponseSchema, SignatureSchema } from './closeOut';
import { DocumentRecordSchema, MeetingSchema, PersonSchema } from './evidenceRecords';
import { FindingSchema } from './finding';
import { InspectionSchema } from './inspection';
import { ChecklistTemplateRecordSchema, CitationLibraryRecordSchema } from './libraryRecords';
import { SiteSchema } from './network';
import { PhotoSchema } from './photo';
import { ProductSchema } from './product';
import { ReportIssueSchema } from './reportIssue';
import { DeviceSchema, UserSchema } from './profile';

export const ENTITY_SCHEMAS = {
  inspection: InspectionSchema,
  site: SiteSchema,
  product: ProductSchema,
  checklistResponse: ChecklistResponseSchema,
  finding: FindingSchema,
  photo: PhotoSchema,
  document: DocumentRecordSchema,
  person: PersonSchema,
  meeting: MeetingSchema,
  capa: CapaResponseSchema,
  signature: SignatureSchema,
  reportIssue: ReportIssueSchema,
  conflictResolution: ConflictResolutionSchema,
  user: UserSchema,
  device: DeviceSchema,
  checklistTemplate: ChecklistTemplateRecordSchema,
  citationLibrary: CitationLibraryRecordSchema,
} as const;

export type EntityName = keyof typeof ENTITY_SCHEMAS;
export type EntityOf<E extends EntityName> = z.infer<(typeof ENTITY_SCHEMAS)[E]>;

export const ENTITY_NAMES = Object.keys(ENTITY_SCHEMAS) as EntityName[];
export const EntityNameSchema = z.enum(ENTITY_NAMES as [EntityName, ...EntityName[]]);

/** Entities that are not part of any inspection: the device's profile and imported content. */
export const GLOBAL_ENTITIES: ReadonlySet<EntityName> = new Set([
  'user',
  'device',
  'checklistTemplate',
  'citationLibrary',
]);

/** Human names for the audit trail. */
export const ENTITY_LABELS: Readonly<Record<EntityName, string>> = {
  inspection: 'Inspection',
  site: 'Site',
  product: 'Product',
  checklistResponse: 'Checklist answer',
  finding: 'Finding',
  photo: 'Photo',
  document: 'Document',
  person: 'Person met',
  meeting: 'Meeting',
  capa: 'Company response',
  signature: 'Signature',
  reportIssue: 'Issued report',
  conflictResolution: 'Conflict resolution',
  user: 'User',
  device: 'Device',
  checklistTemplate: 'Checklist template',
  citationLibrary: 'Citation library',
};
