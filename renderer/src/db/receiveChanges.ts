/**
 * Taking in changes recorded elsewhere (another laptop's package, the gateway), in the caller's
 * transaction: the changes this device does not hold yet are added to the log; for every record they
 * touch, its state is re-derived by replaying the record's whole log (local and received) through the
 * shared reducer, and its conflicts are found again from that log (shared/changes/conflicts.ts). So
 * the result is the same whichever device saw which change first.
 *
 * Received changes keep their own device and sequence number and must slot into that device's chain
 * as held here; a change that does not is a fork, refused with ForkedLogError before anything lands
 * (the caller's transaction aborts). A change already held is skipped, and marked acknowledged when it
 * came from the gateway.
 */
import type { Change } from '@shared/changes/change';
import { findConflicts } from '@shared/changes/conflicts';
import { replayChanges } from '@shared/changes/reducer';
import type { EntityName } from '@shared/domain/entities';
import { headKey, indexedColumns, observeRemoteClock } from './commit';
import type { DataStore } from './DataStore';
import { STATE_TABLES } from './schema';

export class ForkedLogError extends Error {
  constructor(
    message: string,
    readonly changeId: string,
  ) {
    super(message);
    this.name = 'ForkedLogError';
  }
}

export interface ReceiveResult {
  fresh: Change[];
  /** Changes this device already held (the same id and hash). */
  skipped: number;
  /** Records whose state was re-derived. */
  records: number;
}

/** The tables receiveChanges writes: open the caller's transaction over at least these. */
export function receiveTables(store: DataStore) {
  const { db } = store;
  return [db.changes, db.meta, db.conflicts, ...Object.values(STATE_TABLES).map((name) => db.stateTable(name))];
}

/**
 * `acknowledged`: the changes come from the gateway, so they (and any copy already held) need not be
 * pushed; changes from a package wait to be pushed like local ones.
 */
export async function receiveChanges(
  store: DataStore,
  changes: readonly Change[],
  acknowledged: boolean,
): Promise<ReceiveResult> {
  const { db, codec } = store;
  const fresh: Change[] = [];
  let skipped = 0;
  for (const change of changes) {
    const existing = await db.changes.get(change.id);
    if (existing) {
      if (codec.decodeChange(existing).hash !== change.hash)
        throw forked(change, 'a different change with the same id');
      if (acknowledged && existing.pending === 1) await db.changes.update(change.id, { pending: 0 });
      skipped += 1;
      continue;
    }
    await checkFitsLocalChain(store, change);
    fresh.push(change);
  }
  if (fresh.length > 0) await db.changes.bulkAdd(fresh.map((change) => codec.encodeChange(change, acknowledged ? 0 : 1)));
  await observeRemoteClock(
    db,
    fresh.map((change) => change.hlc),
    'received',
    Date.now(),
  );

  const touched = new Map<string, { entity: EntityName; entityId: string }>();
  for (const change of fresh)
    touched.set(`${change.entity}/${change.entityId}`, { entity: change.entity, entityId: change.entityId });
  for (const [key, { entity, entityId }] of touched) {
    const rows = await db.changes.where('[entity+entityId]').equals([entity, entityId]).toArray();
    const log = rows.map((row) => codec.decodeChange(row));
    const record = replayChanges(log).get(key);
    if (!record) continue;
    const table = db.stateTable(STATE_TABLES[entity]);
    await table.put(codec.encodeRecord(table.name, indexedColumns(entity, record), record));
    const conflicts = findConflicts(log);
    if (conflicts.length > 0) await db.conflicts.bulkPut(conflicts);
  }
  return { fresh, skipped, records: touched.size };
}

/**
 * A received change must slot into its device's chain as this database knows it: no other change
 * may hold its number, and it must link to the neighbours held here. And a device that writes to this
 * database (it has a head here) must not receive changes beyond its head, or its next save would
 * collide with them: that happens only when this device's own log has lost changes.
 */
async function checkFitsLocalChain(store: DataStore, change: Change): Promise<void> {
  const { db, codec } = store;
  const sameNumber = await db.changes.where('[device+seq]').equals([change.device, change.seq]).first();
  if (sameNumber) throw forked(change, `a different change with the same number`);
  const before = await db.changes
    .where('[device+seq]')
    .equals([change.device, change.seq - 1])
    .first();
  if (before && codec.decodeChange(before).hash !== change.prevHash)
    throw forked(change, 'a change before it that it does not follow');
  const after = await db.changes
    .where('[device+seq]')
    .equals([change.device, change.seq + 1])
    .first();
  if (after && codec.decodeChange(after).prevHash !== change.hash)
    throw forked(change, 'a change after it that does not follow it');
  const head = (await db.meta.get(headKey(change.device)))?.value as { seq: number } | undefined;
  if (head && change.seq > head.seq)
    throw new ForkedLogError(
      `Change ${change.seq} from device ${change.device} arrived, but that device writes to this database and has only recorded ${head.seq} changes here. Taking it would break this device’s change log.`,
      change.id,
    );
}

function forked(change: Change, what: string): ForkedLogError {
  return new ForkedLogError(
    `Change ${change.seq} from device ${change.device} conflicts with ${what} on this device: the two change logs have forked.`,
    change.id,
  );
}
