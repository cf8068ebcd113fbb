/**
 * Which conflicts still need a person: the ones found in the log (db.conflicts) that no
 * conflictResolution record settles yet. With the competing changes themselves, for the side-by-side
 * screen: who wrote what, when, on which laptop.
 */
import type { Change } from '@shared/changes/change';
import { isResolvedBy, latestOnEachLine, type FieldConflict } from '@shared/changes/conflicts';
import type { DataStore } from '../db/DataStore';

export async function openConflicts(store: DataStore, filter: { inspectionId?: string; entityId?: string } = {}): Promise<FieldConflict[]> {
  const { db } = store;
  const found = filter.inspectionId
    ? await db.conflicts.where('inspectionId').equals(filter.inspectionId).toArray()
    : await db.conflicts.toArray();
  const candidates = filter.entityId ? found.filter((conflict) => conflict.entityId === filter.entityId) : found;
  if (candidates.length === 0) return [];
  const resolutions = await store.list('conflictResolution', filter.inspectionId ? { inspectionId: filter.inspectionId } : {});
  const resolvedIds = new Map<string, string[]>();
  for (const resolution of resolutions)
    resolvedIds.set(resolution.conflictKey, [...(resolvedIds.get(resolution.conflictKey) ?? []), ...resolution.changeIds]);
  return candidates
    .filter((conflict) => !isResolvedBy(conflict, resolvedIds.get(conflict.key) ?? []))
    .sort((a, b) => a.key.localeCompare(b.key));
}

export interface ConflictDetail {
  conflict: FieldConflict;
  /** The competing changes, oldest clock first. */
  changes: Change[];
  /** For each competing change, the newest edit its author built on it (itself when none): what each side last wrote. */
  latest: Change[];
  /** The value the field shows now (the reducer's pick until a person decides). */
  current: unknown;
}

export async function conflictDetail(store: DataStore, key: string): Promise<ConflictDetail | undefined> {
  const conflict = await store.db.conflicts.get(key);
  if (!conflict) return undefined;
  const log = await store.changesForRecord(conflict.entity, conflict.entityId);
  const changes = conflict.changeIds
    .map((id) => log.find((change) => change.id === id))
    .filter((change): change is Change => change !== undefined);
  const record = await store.get(conflict.entity, conflict.entityId);
  return { conflict, changes, latest: latestOnEachLine(conflict, log), current: record ? (record as Record<string, unknown>)[conflict.field] : undefined };
}
