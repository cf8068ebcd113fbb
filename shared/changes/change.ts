/**
 * A change: one create, update or delete of one record, as written to the append-only log. The same
 * log is the audit trail (who, when, what from what to what, why) and the sync outbox.
 */
import { z } from 'zod';
import { EntityNameSchema } from '../domain/entities';
import { Id, IsoDateTime, Sha256Hex } from '../domain/primitives';

export const ChangeOpSchema = z.enum(['create', 'update', 'delete']);
export type ChangeOp = z.infer<typeof ChangeOpSchema>;

export const ActorSchema = z.object({ userId: Id, name: z.string().min(1).max(200) }).strict();
export type Actor = z.infer<typeof ActorSchema>;

export const HlcString = z.string().regex(/^\d{15}:[0-9a-z]{5}:.{1,64}$/, 'must be a hybrid logical clock timestamp');

/** The hash before a device's first change. */
export const GENESIS_HASH = '0'.repeat(64);

/**
 * Field names are plain identifiers: this also keeps `__proto__` and `constructor` out of records
 * built from untrusted changes (imports, the gateway).
 */
const FieldName = z
  .string()
  .regex(/^[a-z][A-Za-z0-9]{0,63}$/, 'must be a plain field name')
  .refine((name) => name !== 'constructor', 'must be a plain field name');
const FieldValues = z.record(FieldName, z.json());

export const ChangeSchema = z
  .object({
    id: Id,
    inspectionId: Id.nullable(),
    entity: EntityNameSchema,
    entityId: Id,
    op: ChangeOpSchema,
    /** New values of the fields this change sets. */
    fields: FieldValues,
    /** The values those fields had before, on this device; never obscured. */
    prior: FieldValues,
    /** The HLC of each edited field's value this change was based on (null: the field was unset). */
    base: z.record(FieldName, HlcString.nullable()),
    reason: z.string().max(2000).optional(),
    actor: ActorSchema,
    device: Id,
    /** Per-device sequence: 1, 2, 3... with no gaps. */
    seq: z.number().int().min(1),
    hlc: HlcString,
    /** Device wall time in UTC, and the device's offset from UTC in minutes at that moment. */
    at: z.object({ utc: IsoDateTime, offsetMinutes: z.number().int().min(-840).max(840) }).strict(),
    prevHash: Sha256Hex,
    hash: Sha256Hex,
  })
  .strict();
export type Change = z.infer<typeof ChangeSchema>;

export type UnsignedChange = Omit<Change, 'hash'>;
