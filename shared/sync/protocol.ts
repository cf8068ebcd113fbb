/**
 * The sync API between the workbench and the agency gateway, version 1: every request and response
 * body as a strict zod schema. The gateway validates with these and the app's sync engine will too,
 * so there is one definition of each shape (SECURITY.md E9). Blob uploads are in blobProtocol.ts;
 * the list of endpoints (paths, methods, which schema goes where) is in endpoints.ts.
 *
 * Every response carries the server's clock twice: the standard `Date` header (second precision) and
 * `X-Server-Time` (ISO 8601 with milliseconds), so a client can measure its own clock's skew on any
 * call (SECURITY.md C4).
 *
 * Idempotency, in one place:
 * - Push is idempotent on the change id: sending a change the gateway already holds returns the same
 *   receipt (serverSeq, receivedAt) as the first time, in `duplicates`, and writes nothing. A client
 *   whose push response was lost simply pushes the same changes again.
 * - Pull is a pure read: the cursor only moves when the client stores the cursor it was given.
 * - Creating an upload for a blob the user already has a pending upload of returns that upload with
 *   its current offset; PATCH carries the offset it expects (`Upload-Offset`) and is refused with 409
 *   and the real offset when they differ, so a replayed chunk is never stored twice.
 * - Sign-in creates a new session each time; refresh is deliberately NOT idempotent: a refresh token
 *   works once, and presenting a used one revokes the whole session (theft detection).
 */
import { z } from 'zod';
import { ChangeSchema } from '../changes/change';
import { ChecklistTemplateSchema } from '../content/checklists/templateSchema';
import { CitationLibrarySchema } from '../content/citations/citationSchema';
import { UserSchema } from '../domain/profile';
import { ClassificationSchema } from '../domain/classificationSchemes';
import { DisciplineSchema } from '../domain/disciplines';
import { TeamRoleSchema } from '../domain/inspection';
import { SiteSchema } from '../domain/network';
import { ProductSchema } from '../domain/product';
import { Id, IsoDateTime, LongText, Sha256Hex } from '../domain/primitives';

export const API_PREFIX = '/api/v1';

/** Limits the gateway enforces and a client should respect before it is told to (SECURITY.md E8). */
export const SYNC_LIMITS = {
  /** Changes in one push. */
  maxPushBatch: 500,
  defaultPullLimit: 200,
  maxPullLimit: 1000,
  /** Largest JSON request body; larger gets 413. */
  maxJsonBodyBytes: 5 * 1024 * 1024,
  /** Largest chunk in one upload PATCH; larger gets 413. */
  maxUploadChunkBytes: 8 * 1024 * 1024,
  /** Largest blob (photo or document) the gateway stores; larger gets 413 when the upload is created. */
  maxBlobBytes: 50 * 1024 * 1024,
  /** Device clock and server clock further apart than this flag the change (SECURITY.md C4). */
  clockSkewFlagMs: 5 * 60 * 1000,
} as const;

export const SERVER_TIME_HEADER = 'x-server-time';

/** Text that ends up in a database column: no control characters and no lone surrogates. */
export const PlainText = (max: number) =>
  z
    .string()
    .min(1, 'must not be empty')
    .max(max)
    .regex(/^[^\p{Cc}\p{Cs}]*$/u, 'must not contain control characters or unpaired surrogates');

export const UsernameSchema = z
  .string()
  .regex(/^[a-z][a-z0-9._-]{1,63}$/, 'must be 2 to 64 lower-case letters, digits, dots, hyphens or underscores');

export const AgencyRoleSchema = UserSchema.shape.agencyRole;
export type AgencyRole = z.infer<typeof AgencyRoleSchema>;

// ---------------------------------------------------------------------------------------------
// Errors

/** Every error response. `error` is a stable code for programs, `message` a sentence for people. */
export const ErrorResponseSchema = z
  .object({
    error: z.string(),
    message: z.string(),
    issues: z.array(z.object({ path: z.string(), message: z.string() }).strict()).optional(),
  })
  .strict();
export type ErrorResponse = z.infer<typeof ErrorResponseSchema>;

// ---------------------------------------------------------------------------------------------
// Health

export const HealthResponseSchema = z
  .object({ status: z.literal('ok'), apiVersion: z.literal(1), serverTime: IsoDateTime })
  .strict();

// ---------------------------------------------------------------------------------------------
// Sessions: sign-in registers the device; access tokens are short-lived, refresh tokens rotate.

export const SignInRequestSchema = z
  .object({
    username: UsernameSchema,
    password: z.string().min(1, 'must not be empty').max(1024),
    /** The device's id, as used in the `device` of every change it records. */
    deviceId: Id,
    deviceLabel: PlainText(200),
    /**
     * The user id the device's profile signs its changes with, when the profile was made on the laptop
     * before this account signed in there. The gateway binds it to the account at the first sign-in
     * (a profile id belongs to one account only), so the changes recorded offline can be pushed.
     */
    profileUserId: Id.optional(),
  })
  .strict();
export type SignInRequest = z.infer<typeof SignInRequestSchema>;

export const SessionUserSchema = z
  .object({
    id: Id,
    username: UsernameSchema,
    name: z.string(),
    initials: z.string(),
    agencyRole: AgencyRoleSchema,
  })
  .strict();
export type SessionUser = z.infer<typeof SessionUserSchema>;

export const SessionResponseSchema = z
  .object({
    /** Bearer token for every other call; expires at `expiresAt` (about 15 minutes). */
    accessToken: z.string(),
    /** Single-use: exchange it once for a new pair. */
    refreshToken: z.string(),
    expiresAt: IsoDateTime,
    refreshExpiresAt: IsoDateTime,
    deviceId: Id,
    user: SessionUserSchema,
    /** The ids the account's changes may carry as their actor: its own id and any bound profile ids. */
    actorIds: z.array(Id).min(1),
  })
  .strict();
export type SessionResponse = z.infer<typeof SessionResponseSchema>;

export const RefreshRequestSchema = z.object({ refreshToken: z.string().min(1).max(200) }).strict();
export type RefreshRequest = z.infer<typeof RefreshRequestSchema>;

/** Sign-out revokes the session the refresh token belongs to; it is idempotent. */
export const SignOutRequestSchema = RefreshRequestSchema;

// ---------------------------------------------------------------------------------------------
// Assignments: the inspections the user is on, with their teams.

export const AssignmentTeamMemberSchema = z
  .object({ userId: Id, username: UsernameSchema, name: z.string(), initials: z.string(), role: TeamRoleSchema })
  .strict();

export const AssignmentSchema = z
  .object({
    inspectionId: Id,
    reference: z.string(),
    role: TeamRoleSchema,
    assignedAt: IsoDateTime,
    team: z.array(AssignmentTeamMemberSchema),
    /** The published context pack's version and hash, or null when none is published yet. */
    contextPack: z.object({ version: z.number().int().min(1), contentHash: Sha256Hex }).strict().nullable(),
  })
  .strict();
export type Assignment = z.infer<typeof AssignmentSchema>;

export const AssignmentsResponseSchema = z.object({ assignments: z.array(AssignmentSchema) }).strict();
export type AssignmentsResponse = z.infer<typeof AssignmentsResponseSchema>;

// ---------------------------------------------------------------------------------------------
// Context pack: what the agency knows before the visit (PRODUCT.md journey 1).

export const PreviousFindingSchema = z
  .object({
    reference: z.string().max(100),
    title: z.string().max(500),
    discipline: DisciplineSchema,
    classification: ClassificationSchema,
    capaStatus: z.enum(['open', 'closed', 'overdue']),
  })
  .strict();

export const CAPA_STATUS_LABELS: Readonly<Record<z.infer<typeof PreviousFindingSchema>['capaStatus'], string>> = {
  open: 'Open',
  closed: 'Closed',
  overdue: 'Overdue',
};

export const ContextPackContentSchema = z
  .object({
    sites: z.array(SiteSchema).max(500),
    products: z.array(ProductSchema).max(500),
    previousFindings: z.array(PreviousFindingSchema).max(500),
    notes: LongText,
  })
  .strict();
export type ContextPackContent = z.infer<typeof ContextPackContentSchema>;

export const ContextPackSchema = z
  .object({
    inspectionId: Id,
    version: z.number().int().min(1),
    /** SHA-256 of the canonical JSON of `content`. */
    contentHash: Sha256Hex,
    publishedAt: IsoDateTime,
    content: ContextPackContentSchema,
  })
  .strict();
export type ContextPack = z.infer<typeof ContextPackSchema>;

// ---------------------------------------------------------------------------------------------
// Library: published checklist templates and citation libraries.

export const LibraryItemKindSchema = z.enum(['checklistTemplate', 'citationLibrary']);

export const LibraryItemSummarySchema = z
  .object({
    id: Id,
    kind: LibraryItemKindSchema,
    /** The template id, or "citations" for a citation library. */
    key: z.string(),
    version: z.number().int().min(1),
    contentHash: Sha256Hex,
    title: z.string(),
    publishedAt: IsoDateTime,
  })
  .strict();
export type LibraryItemSummary = z.infer<typeof LibraryItemSummarySchema>;

export const LibraryResponseSchema = z.object({ items: z.array(LibraryItemSummarySchema) }).strict();

export const LibraryItemSchema = z.discriminatedUnion('kind', [
  LibraryItemSummarySchema.extend({ kind: z.literal('checklistTemplate'), content: ChecklistTemplateSchema }).strict(),
  LibraryItemSummarySchema.extend({ kind: z.literal('citationLibrary'), content: CitationLibrarySchema }).strict(),
]);
export type LibraryItem = z.infer<typeof LibraryItemSchema>;

// ---------------------------------------------------------------------------------------------
// Push: a device sends changes from its log, in seq order.

export const PushRequestSchema = z
  .object({
    /** The device's clock when it sent the request: with the receipt time it measures clock skew. */
    sentAt: IsoDateTime,
    changes: z.array(ChangeSchema).min(1).max(SYNC_LIMITS.maxPushBatch),
  })
  .strict();
export type PushRequest = z.infer<typeof PushRequestSchema>;

/** What the gateway recorded for a change. The same receipt is returned for a replayed change. */
export const ChangeReceiptSchema = z
  .object({
    id: Id,
    /** The gateway's order of receipt; pull cursors count in it. */
    serverSeq: z.number().int().min(1),
    receivedAt: IsoDateTime,
    /** Device clock minus server clock, present only when beyond the flag threshold (C4). */
    clockSkewMs: z.number().int().optional(),
  })
  .strict();
export type ChangeReceipt = z.infer<typeof ChangeReceiptSchema>;

/**
 * Why a change was not stored. A device's chain is stored strictly in order, so once one change of a
 * device is rejected, its later changes in the same request are rejected as `after-rejected`.
 * - gap: a change between the gateway's head and this one has not been received.
 * - broken-link: `prevHash` is not the hash of the change before it.
 * - altered: the change's content does not hash to its `hash`.
 * - fork: the gateway already holds a different change with this device and seq.
 * - conflicting-duplicate: the gateway already holds a different change with this id.
 */
export const RejectionReasonSchema = z.enum(['gap', 'broken-link', 'altered', 'fork', 'conflicting-duplicate', 'after-rejected']);
export type RejectionReason = z.infer<typeof RejectionReasonSchema>;

export const RejectedChangeSchema = z
  .object({ id: Id, device: Id, seq: z.number().int(), reason: RejectionReasonSchema, message: z.string() })
  .strict();
export type RejectedChange = z.infer<typeof RejectedChangeSchema>;

/** The last change the gateway holds from a device: where the device's next push must continue. */
export const DeviceHeadSchema = z.object({ device: Id, seq: z.number().int().min(0), hash: Sha256Hex }).strict();
export type DeviceHead = z.infer<typeof DeviceHeadSchema>;

export const PushResponseSchema = z
  .object({
    accepted: z.array(ChangeReceiptSchema),
    duplicates: z.array(ChangeReceiptSchema),
    rejected: z.array(RejectedChangeSchema),
    heads: z.array(DeviceHeadSchema),
  })
  .strict();
export type PushResponse = z.infer<typeof PushResponseSchema>;

// ---------------------------------------------------------------------------------------------
// Pull: changes the user may see, in the gateway's order of receipt.

/** Opaque to clients: store the one you are given and send it back. */
export const CursorSchema = z.string().regex(/^\d{1,15}$/, 'must be a cursor returned by the gateway');

export const PullQuerySchema = z
  .object({
    since: CursorSchema.default('0'),
    limit: z.coerce.number().int().min(1).max(SYNC_LIMITS.maxPullLimit).default(SYNC_LIMITS.defaultPullLimit),
    /**
     * Only this inspection. A client newly added to a team pulls that inspection from "0" once,
     * because its main cursor is already past the inspection's earlier changes.
     */
    inspectionId: Id.optional(),
    /**
     * "true": leave out the changes the signed-in device pushed itself. The device already holds them
     * (the push's device head says so), so a workbench need not download its own work again.
     */
    excludeOwnDevice: z.enum(['true', 'false']).optional(),
  })
  .strict();
export type PullQuery = z.infer<typeof PullQuerySchema>;

export const PulledChangeSchema = ChangeSchema.extend({
  serverSeq: z.number().int().min(1),
  receivedAt: IsoDateTime,
  clockSkewMs: z.number().int().optional(),
}).strict();
export type PulledChange = z.infer<typeof PulledChangeSchema>;

export const PullResponseSchema = z
  .object({ changes: z.array(PulledChangeSchema), cursor: CursorSchema, hasMore: z.boolean() })
  .strict();
export type PullResponse = z.infer<typeof PullResponseSchema>;
