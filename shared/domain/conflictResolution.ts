/**
 * A person's decision on a conflict (shared/changes/conflicts.ts): which of the competing values the
 * field keeps, or a merge of them, and why. The field's new value is written by the same commit; this
 * record names the changes it settles so every device marks the conflict resolved once it syncs.
 */
import { z } from 'zod';
import { Id, ShortText } from './primitives';

export const ConflictResolutionSchema = z
  .object({
    id: Id,
    inspectionId: Id,
    /** The entity name of the record (entities.ts cannot be imported here: it imports this file). */
    entity: z.string().regex(/^[a-z][A-Za-z]{1,40}$/, 'must be an entity name'),
    entityId: Id,
    field: ShortText,
    /** The conflict's key (conflictKey) when it was resolved. */
    conflictKey: z.string().min(1).max(400),
    /** Every competing change the person saw side by side. */
    changeIds: z.array(Id).min(2).max(50),
    outcome: z.enum(['kept', 'merged']),
    /** The change whose value was kept; null for a merge. */
    keptChangeId: Id.nullable(),
  })
  .strict();
export type ConflictResolution = z.infer<typeof ConflictResolutionSchema>;
