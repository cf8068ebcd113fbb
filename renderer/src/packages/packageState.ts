/**
 * Checks a package's state.json against its change log: replaying the changes through the shared
 * reducer must give exactly the records the package states, and each record must be valid for its
 * entity. The replay is what gets imported; state.json is the sender's claim, and a package whose
 * claim and log disagree was edited by hand or written by a damaged database (SECURITY.md C1).
 */
import { z } from 'zod';
import type { Change } from '@shared/changes/change';
import { canonicalJson } from '@shared/changes/canonicalJson';
import { recordFields, replayChanges, type StateRecord } from '@shared/changes/reducer';
import { ENTITY_LABELS, ENTITY_SCHEMAS, EntityNameSchema, type EntityName } from '@shared/domain/entities';
import type { PackageScope } from '@shared/packages/packageManifest';
import { scopeText } from './packageLog';
import { PackageRejectedError } from './packageErrors';

const StateFileSchema = z.partialRecord(EntityNameSchema, z.array(z.unknown()));

/** The package's records by "entity/id", as replayed from its changes. */
export function verifyPackageState(
  stateFile: unknown,
  changes: readonly Change[],
  scope: PackageScope,
): Map<string, StateRecord> {
  const shape = StateFileSchema.safeParse(stateFile);
  if (!shape.success)
    throw new PackageRejectedError(
      'state-mismatch',
      'The package’s state does not match its change log: state.json is not a list of records for each record type.',
      'state.json',
    );
  const replayed = replayChanges(changes);
  for (const record of replayed.values()) checkRecord(record, scope);

  // Compare the raw parsed JSON, not zod's copy of it: a copy could drop or reorder what was sent.
  const stated = new Map<string, string>();
  for (const [entity, records] of Object.entries(stateFile as Record<string, unknown[]>)) {
    for (const record of records) {
      const id = typeof record === 'object' && record !== null ? (record as { id?: unknown }).id : undefined;
      const key = `${entity}/${typeof id === 'string' ? id : '?'}`;
      if (typeof id !== 'string' || stated.has(key)) throw mismatch(entity as EntityName, String(id));
      stated.set(key, canonicalJson(record));
    }
  }
  for (const [key, record] of replayed) {
    if (stated.get(key) !== canonicalJson(record)) throw mismatch(record._meta.entity, record.id);
  }
  for (const key of stated.keys()) {
    if (!replayed.has(key)) {
      const [entity = '', id = ''] = key.split('/');
      throw mismatch(entity as EntityName, id);
    }
  }
  return replayed;
}

function mismatch(entity: EntityName, id: string): PackageRejectedError {
  return new PackageRejectedError(
    'state-mismatch',
    `The package’s state does not match its change log (${ENTITY_LABELS[entity]} ${id}).`,
    'state.json',
  );
}

/** Records from outside are held to the same schemas as records saved here. */
function checkRecord(record: StateRecord, scope: PackageScope): void {
  const entity = record._meta.entity;
  const result = ENTITY_SCHEMAS[entity].safeParse(recordFields(record));
  if (!result.success) {
    const issue = result.error.issues[0];
    const field = issue?.path.join('.') ?? '';
    throw new PackageRejectedError(
      'invalid-record',
      `The package’s ${ENTITY_LABELS[entity]} ${record.id} is not valid: ${field ? `${field} ` : ''}${issue?.message ?? 'it does not match its record type'}.`,
      'changes.json',
    );
  }
  if (scope.kind !== 'inspections') return;
  const inspectionId = entity === 'inspection' ? record.id : record['inspectionId'];
  if (typeof inspectionId !== 'string' || !scope.inspectionIds.includes(inspectionId))
    throw new PackageRejectedError(
      'out-of-scope',
      `The package says it holds ${scopeText(scope)}, but its ${ENTITY_LABELS[entity]} ${record.id} belongs to another inspection.`,
      'changes.json',
    );
}
