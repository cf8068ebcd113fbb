/**
 * The inspection's other records: documents reviewed and requested, people met, and meetings
 * (opening, daily wrap-up, closing) with their attendees and notes.
 */
import { z } from 'zod';
import { Id, IsoDate, LongText, RequiredShortText, ShortText } from './primitives';

export const DocumentKindSchema = z.enum(['reviewed', 'requested']);
export const DocumentStatusSchema = z.enum(['requested', 'received', 'reviewed', 'not-provided']);
export type DocumentStatus = z.infer<typeof DocumentStatusSchema>;

export const DOCUMENT_STATUS_LABELS: Readonly<Record<DocumentStatus, string>> = {
  requested: 'Requested',
  received: 'Received',
  reviewed: 'Reviewed',
  'not-provided': 'Not provided',
};

export const DocumentRecordSchema = z
  .object({
    id: Id,
    inspectionId: Id,
    kind: DocumentKindSchema,
    title: RequiredShortText,
    documentReference: ShortText,
    version: ShortText,
    status: DocumentStatusSchema,
    siteId: Id.nullable(),
    notes: LongText,
  })
  .strict();
export type DocumentRecord = z.infer<typeof DocumentRecordSchema>;

export const PersonSchema = z
  .object({
    id: Id,
    inspectionId: Id,
    name: RequiredShortText,
    jobTitle: ShortText,
    organisation: ShortText,
    /** The person's regulatory role, e.g. QP, QPPV, principal investigator, site responsible person. */
    role: ShortText,
    siteId: Id.nullable(),
  })
  .strict();
export type Person = z.infer<typeof PersonSchema>;

export const MeetingKindSchema = z.enum(['opening', 'daily', 'closing']);
export type MeetingKind = z.infer<typeof MeetingKindSchema>;

export const MEETING_KIND_LABELS: Readonly<Record<MeetingKind, string>> = {
  opening: 'Opening meeting',
  daily: 'Daily wrap-up',
  closing: 'Closing meeting',
};

export const MeetingSchema = z
  .object({
    id: Id,
    inspectionId: Id,
    kind: MeetingKindSchema,
    date: IsoDate,
    siteId: Id.nullable(),
    /** People met who attended. */
    attendeeIds: z.array(Id).max(500),
    /** Inspection team members who attended (user ids). */
    inspectorIds: z.array(Id).max(50),
    notes: LongText,
  })
  .strict();
export type Meeting = z.infer<typeof MeetingSchema>;
