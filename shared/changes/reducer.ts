/**
 * The reducer: how a change turns into current state. It lives in shared/ so the app applies local
 * and remote changes the same way, and the gateway and tests can replay a log without any UI.
 *
 * Each field remembers the HLC of the change that set it; a change only overwrites a field whose
 * value is older than itself, so applying the same changes in any order gives the same state.
 * Deletion is a tombstone with a reason: the record and its history stay (21 CFR 11.10(e)).
 */
import type { Change } from './change';
import { compareHlc } from './hlc';

export interface RecordMeta {
  entity: Change['entity'];
  createdAt: string;
  createdBy: string;
  updatedAt: string;
  updatedBy: string;
  /** How many changes have been applied to this record. */
  version: number;
  /** HLC of the change that set each field's current value. */
  fieldClock: Record<string, string>;
  lastChangeId: string;
  deleted: { at: string; by: string; reason: string; hlc: string } | null;
}

export type StateRecord = Record<string, unknown> & { id: string; _meta: RecordMeta };

export function applyChange(current: StateRecord | undefined, change: Change): StateRecord {
  if (!current) return createFrom(change);
  if (change.op === 'delete') {
    const deleted =
      current._meta.deleted && compareHlc(current._meta.deleted.hlc, change.hlc) <= 0
        ? current._meta.deleted
        : { at: change.at.utc, by: change.actor.name, reason: change.reason ?? '', hlc: change.hlc };
    return { ...current, _meta: touch(current._meta, change, { deleted }) };
  }
  const next: StateRecord = { ...current };
  const fieldClock = { ...current._meta.fieldClock };
  for (const [field, value] of Object.entries(change.fields)) {
    const clock = fieldClock[field];
    if (clock !== undefined && compareHlc(clock, change.hlc) >= 0) continue;
    next[field] = value;
    fieldClock[field] = change.hlc;
  }
  next._meta = touch(current._meta, change, { fieldClock });
  return next;
}

function createFrom(change: Change): StateRecord {
  const fieldClock = Object.fromEntries(Object.keys(change.fields).map((field) => [field, change.hlc]));
  const record: StateRecord = {
    ...change.fields,
    id: change.entityId,
    _meta: {
      entity: change.entity,
      createdAt: change.at.utc,
      createdBy: change.actor.name,
      updatedAt: change.at.utc,
      updatedBy: change.actor.name,
      version: 1,
      fieldClock,
      lastChangeId: change.id,
      deleted: null,
    },
  };
  if (change.op === 'delete') {
    record._meta.deleted = { at: change.at.utc, by: change.actor.name, reason: change.reason ?? '', hlc: change.hlc };
  }
  return record;
}

function touch(meta: RecordMeta, change: Change, patch: Partial<RecordMeta>): RecordMeta {
  const newer = compareHlc(change.hlc, latestClock(meta)) >= 0;
  return {
    ...meta,
    ...patch,
    version: meta.version + 1,
    ...(newer ? { updatedAt: change.at.utc, updatedBy: change.actor.name, lastChangeId: change.id } : {}),
  };
}

function latestClock(meta: RecordMeta): string {
  let latest = meta.deleted?.hlc ?? '';
  for (const clock of Object.values(meta.fieldClock)) if (clock > latest) latest = clock;
  return latest;
}

/** The record without its bookkeeping, as the entity schema describes it. */
export function recordFields(record: StateRecord): Record<string, unknown> {
  const { _meta: _ignored, ...fields } = record;
  return fields;
}

/** Replays a log into state: every record, keyed by "entity/id". */
export function replayChanges(changes: readonly Change[]): Map<string, StateRecord> {
  const state = new Map<string, StateRecord>();
  const ordered = [...changes].sort((a, b) => compareHlc(a.hlc, b.hlc));
  for (const change of ordered) {
    const key = `${change.entity}/${change.entityId}`;
    state.set(key, applyChange(state.get(key), change));
  }
  return state;
}
