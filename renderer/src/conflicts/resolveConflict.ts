/**
 * A person's resolution of a conflict, as one commit: the field gets the chosen (or merged) value, and
 * a conflictResolution record names the changes it settles, with the person's reason on both changes.
 * Both sync like any edit, so every laptop sees the conflict resolved and the same value.
 */
import { v7 as uuidv7 } from 'uuid';
import type { Change } from '@shared/changes/change';
import type { FieldConflict } from '@shared/changes/conflicts';
import type { RecordIntent } from '../db/commit';
import type { CommitRequest } from '../db/commit';

export type ConflictChoice = { kind: 'kept'; changeId: string } | { kind: 'merged'; value: string };

export class ConflictResolutionError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ConflictResolutionError';
  }
}

export function resolutionRequest(
  conflict: FieldConflict,
  changes: readonly Change[],
  choice: ConflictChoice,
  reason: string,
): CommitRequest {
  if (!conflict.inspectionId) throw new ConflictResolutionError('Only conflicts in an inspection’s records can be resolved here.');
  if (!reason.trim()) throw new ConflictResolutionError('Enter why you chose this value');
  let value: unknown;
  if (choice.kind === 'kept') {
    const kept = changes.find((change) => change.id === choice.changeId);
    if (!kept) throw new ConflictResolutionError('Choose one of the versions');
    value = kept.fields[conflict.field];
  } else {
    if (!choice.value.trim()) throw new ConflictResolutionError('Enter the merged text');
    value = choice.value;
  }
  const update = {
    op: 'update',
    entity: conflict.entity,
    id: conflict.entityId,
    fields: { [conflict.field]: value },
  } as RecordIntent;
  return {
    reason: reason.trim(),
    intents: [
      update,
      {
        op: 'create',
        entity: 'conflictResolution',
        fields: {
          id: uuidv7(),
          inspectionId: conflict.inspectionId,
          entity: conflict.entity,
          entityId: conflict.entityId,
          field: conflict.field,
          conflictKey: conflict.key,
          changeIds: [...conflict.changeIds],
          outcome: choice.kind,
          keptChangeId: choice.kind === 'kept' ? choice.changeId : null,
        },
      },
    ],
  };
}
