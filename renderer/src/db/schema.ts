/**
 * The IndexedDB layout: one current-state table per entity, the append-only change log, the
 * content-addressed blob store and a small meta table. Only fields that are not sensitive are indexed
 * (SECURITY.md B3); everything else stays inside the record body that the storage codec encodes.
 */
import type { EntityName } from '@shared/domain/entities';

export const STATE_TABLES = {
  inspection: 'inspections',
  site: 'sites',
  product: 'products',
  checklistResponse: 'checklistResponses',
  finding: 'findings',
  photo: 'photos',
  document: 'documents',
  person: 'people',
  meeting: 'meetings',
  capa: 'capas',
  signature: 'signatures',
  reportIssue: 'reportIssues',
  conflictResolution: 'conflictResolutions',
  user: 'users',
  device: 'devices',
  checklistTemplate: 'checklistTemplates',
  citationLibrary: 'citationLibraries',
} as const satisfies Record<EntityName, string>;

export type StateTableName = (typeof STATE_TABLES)[EntityName];

/**
 * The fields copied out of the record body into indexable columns, per entity. This list is the
 * whole of what is stored in the clear once encryption at rest is on: ids, kinds, grades, statuses.
 */
export const INDEXED_FIELDS: Readonly<Record<EntityName, readonly string[]>> = {
  inspection: ['status'],
  site: ['inspectionId'],
  product: ['inspectionId'],
  checklistResponse: ['inspectionId', 'itemId'],
  finding: ['inspectionId', 'discipline', 'classification', 'status', 'siteId'],
  photo: ['inspectionId', 'sha256'],
  document: ['inspectionId'],
  person: ['inspectionId'],
  meeting: ['inspectionId'],
  capa: ['inspectionId', 'findingId'],
  signature: ['inspectionId'],
  reportIssue: ['inspectionId'],
  conflictResolution: ['inspectionId', 'entityId'],
  user: [],
  device: [],
  checklistTemplate: ['templateId'],
  citationLibrary: [],
};

export const LOG_TABLES = {
  changes: 'changes',
  blobs: 'blobs',
  meta: 'meta',
} as const;

/**
 * Each schema version's stores, in order. A version, once shipped, is never edited: a change is a
 * new version, with its upgrade in migrations.ts and a test that upgrades a fixture database written
 * by the version before (test/unit/db/migrations.test.ts, fixtures from test/support/fixtureDatabases.ts).
 */
export const SCHEMA_VERSIONS: readonly { version: number; stores: Record<string, string | null> }[] = [
  {
    version: 1,
    stores: {
      inspections: 'id, status',
      sites: 'id, inspectionId',
      products: 'id, inspectionId',
      checklistResponses: 'id, inspectionId, [inspectionId+itemId]',
      findings: 'id, inspectionId, discipline, classification, status, siteId',
      photos: 'id, inspectionId, sha256',
      documents: 'id, inspectionId',
      people: 'id, inspectionId',
      meetings: 'id, inspectionId',
      capas: 'id, inspectionId, findingId',
      signatures: 'id, inspectionId',
      users: 'id',
      devices: 'id',
      changes: 'id, &[device+seq], inspectionId, [entity+entityId], hlc, pending',
      blobs: 'sha256',
      meta: 'key',
    },
  },
  {
    // Imported checklist templates and citation libraries, kept through the change log.
    version: 2,
    stores: {
      checklistTemplates: 'id, templateId',
      citationLibraries: 'id',
    },
  },
  {
    // Issued report versions (their PDF bytes are blobs); nothing existing changes.
    version: 3,
    stores: {
      reportIssues: 'id, inspectionId',
    },
  },
  {
    // Team sync: people's conflict resolutions (synced records); and two tables only this device
    // keeps, derived or operational, holding no inspection text: the conflicts found in received
    // changes (ids and field names; the values stay in the change log) and photo transfers to and
    // from the gateway with their state.
    version: 4,
    stores: {
      conflictResolutions: 'id, inspectionId, entityId',
      conflicts: 'key, inspectionId, [entity+entityId]',
      blobTransfers: 'id, state, inspectionId, sha256',
    },
  },
];

export const CURRENT_SCHEMA_VERSION = SCHEMA_VERSIONS[SCHEMA_VERSIONS.length - 1]?.version ?? 1;
export const DATABASE_NAME = 'inspection-workbench';
