/**
 * Conflicts: two or more people changed the same field of the same record from the same starting
 * value, to different values, without seeing each other's edit. Every change records the clock of
 * the value it edited (`base`), so such edits share a base: that is how they are found, from the log
 * alone, the same way on every device and whatever order the changes arrived in.
 *
 * The reducer still settles the field (latest clock wins) so every device shows the same value, but
 * the losing text is never silently gone: the conflict names every change involved until a person
 * resolves it with a conflictResolution record (itself a change that syncs). A resolution covers the
 * changes it names; a further concurrent edit from the same base arriving later opens it again.
 *
 * Not detected: two people who typed the very same text are treated as agreeing, and edits built on
 * those identical values then have different bases. That needs identical concurrent text, twice.
 */
import { canonicalJson } from './canonicalJson';
import type { Change } from './change';
import { compareHlc } from './hlc';

export interface FieldConflict {
  /** Stable on every device: the record, the field and the base the edits share. */
  key: string;
  inspectionId: string | null;
  entity: Change['entity'];
  entityId: string;
  field: string;
  /** The clock of the value every edit started from; null when the field had no value. */
  base: string | null;
  /** The competing changes, oldest clock first. */
  changeIds: string[];
}

export const conflictKey = (entity: string, entityId: string, field: string, base: string | null) =>
  `${entity}/${entityId}/${field}/${base ?? 'unset'}`;

/** Every conflict in one record's changes (any order; other records' changes are ignored per record). */
export function findConflicts(changes: readonly Change[]): FieldConflict[] {
  const groups = new Map<string, Change[]>();
  for (const change of changes) {
    if (change.op === 'delete') continue;
    for (const field of Object.keys(change.fields)) {
      const key = conflictKey(change.entity, change.entityId, field, change.base[field] ?? null);
      groups.set(key, [...(groups.get(key) ?? []), change]);
    }
  }
  const conflicts: FieldConflict[] = [];
  for (const [key, group] of groups) {
    const first = group[0];
    if (!first || group.length < 2) continue;
    const field = key.split('/')[2] ?? '';
    const values = new Set(group.map((change) => canonicalJson(change.fields[field] ?? null)));
    if (values.size < 2) continue;
    const ordered = [...group].sort((a, b) => compareHlc(a.hlc, b.hlc));
    conflicts.push({
      key,
      inspectionId: first.inspectionId,
      entity: first.entity,
      entityId: first.entityId,
      field,
      base: first.base[field] ?? null,
      changeIds: ordered.map((change) => change.id),
    });
  }
  return conflicts;
}

/** Whether a resolution naming `resolvedChangeIds` settles the conflict: it must name every competing change. */
export function isResolvedBy(conflict: FieldConflict, resolvedChangeIds: readonly string[]): boolean {
  const resolved = new Set(resolvedChangeIds);
  return conflict.changeIds.every((id) => resolved.has(id));
}

/**
 * The newest edit on each competing line: a person may have edited the field again on their own
 * laptop after the edit that conflicts (each later edit based on their previous one). Following
 * those edits forward from each competing change gives the text its author last wrote, which is what
 * a person resolving the conflict must see. Where a line itself forks, that fork is a conflict of its
 * own; here the newest branch is followed.
 */
export function latestOnEachLine(conflict: FieldConflict, recordChanges: readonly Change[]): Change[] {
  const children = new Map<string, Change[]>();
  for (const change of recordChanges) {
    if (change.op === 'delete' || !(conflict.field in change.fields)) continue;
    const base = change.base[conflict.field];
    if (base) children.set(base, [...(children.get(base) ?? []), change]);
  }
  const newestChild = (change: Change): Change | undefined =>
    [...(children.get(change.hlc) ?? [])].sort((a, b) => compareHlc(b.hlc, a.hlc))[0];
  const latest: Change[] = [];
  for (const id of conflict.changeIds) {
    let current = recordChanges.find((change) => change.id === id);
    for (let next = current && newestChild(current); next; next = newestChild(next)) current = next;
    if (current) latest.push(current);
  }
  return latest;
}
