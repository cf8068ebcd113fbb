/**
 * `commit`'s optimistic write path: the slow work happens before the write transaction opens, so
 * the transaction itself only reads, compares and writes.
 *
 * 1. `prepareCommit` reads the rows the commit's decisions rest on (the device head, the received
 *    clock, each record, a finding's inspection), opens them with the codec's asynchronous form
 *    (WebCrypto for the encrypting codec), decides every intent exactly as the locking path does
 *    (commitPlan.ts), and seals the changes and new states, again with WebCrypto.
 * 2. `writePrepared` opens one strict read-write transaction, reads those rows again and compares
 *    them with what was read, byte for byte (sealed bodies carry a fresh random IV each time they
 *    are written, so any rewrite shows). If any differs, another writer came in between: it throws
 *    `StaleReadError` before writing anything and the caller starts again from the top. If all are
 *    the same, every decision made in step 1 is the one the locking path would make now, on the
 *    state as it is inside this transaction, so it writes the changes, the new states, the photo
 *    bytes and the new head: one all-or-nothing write, the same hash chain.
 *
 * The reads of step 1 are separate requests, so together they may not be one consistent view; that
 * does not matter for a write (step 2 checks them all at one moment), but a refusal must rest on a
 * consistent view, so `commit` has the locking path confirm any refusal made here.
 */
import type { Table } from 'dexie';
import { GENESIS_HASH, type Change } from '@shared/changes/change';
import type { StateRecord } from '@shared/changes/reducer';
import type { EntityName } from '@shared/domain/entities';
import type { InspectionStatus } from '@shared/domain/inspection';
import type { CommitFaults, CommitRequest, CommitSession, RecordIntent } from './commit';
import { handled } from './commitInTransaction';
import {
  indexedColumns,
  inspectionIdOf,
  intentId,
  needsInspectionStatus,
  planIntent,
  type IntentTarget,
} from './commitPlan';
import { CLOCK_KEY, headKey, type DeviceHead } from './deviceHead';
import { sameStoredValue } from './sameStoredValue';
import { STATE_TABLES } from './schema';
import type { StorageCodec } from './storageCodec';
import type { MetaRow, StoredBlobRow, StoredChangeRow, StoredRecordRow } from './storedRows';
import type { WorkbenchDatabase } from './WorkbenchDatabase';

/** Something the commit read changed before it could write: start again from the top. */
export class StaleReadError extends Error {
  constructor() {
    super('The data changed while it was being saved.');
    this.name = 'StaleReadError';
  }
}

interface ReadRow {
  table: string;
  id: string;
  row: StoredRecordRow | undefined;
}

interface SealedWrite {
  change: Change;
  changeRow: StoredChangeRow;
  table: string;
  recordRow: StoredRecordRow;
}

export interface PreparedCommit {
  headRow: MetaRow | undefined;
  clockRow: MetaRow | undefined;
  /** Every record row a decision rested on, as read (undefined: it did not exist). */
  reads: ReadRow[];
  writes: SealedWrite[];
  head: DeviceHead;
}

/** The record rows read for one commit, each read and opened once, and what earlier intents made of them. */
class Snapshot {
  private readonly rows = new Map<string, Promise<ReadRow>>();
  private readonly records = new Map<string, Promise<StateRecord | undefined>>();

  constructor(
    private readonly db: WorkbenchDatabase,
    private readonly codec: StorageCodec,
  ) {}

  async row(table: string, id: string): Promise<StoredRecordRow | undefined> {
    const key = `${table}/${id}`;
    let read = this.rows.get(key);
    if (!read) {
      read = this.db
        .stateTable(table)
        .get(id)
        .then((row) => ({ table, id, row }));
      this.rows.set(key, read);
    }
    return (await read).row;
  }

  record(table: string, id: string): Promise<StateRecord | undefined> {
    const key = `${table}/${id}`;
    let record = this.records.get(key);
    if (!record) {
      record = this.row(table, id).then(async (row) =>
        row ? (await this.codec.decodeRecords(table, [row]))[0] : undefined,
      );
      this.records.set(key, record);
    }
    return record;
  }

  /** A row already read (in one read-only transaction with others): later reads of it use this. */
  seed(table: string, id: string, row: StoredRecordRow | undefined): void {
    this.rows.set(`${table}/${id}`, Promise.resolve({ table, id, row }));
  }

  /**
   * Starts reading and opening a record that will probably be needed, alongside other work. A
   * failure is reported where the record is used; a record never used cannot fail the commit.
   */
  prefetch(table: string, id: string): void {
    void handled(this.record(table, id));
  }

  /** What an earlier intent of this commit made of a record: later intents see it, as in one transaction. */
  set(table: string, id: string, record: StateRecord): void {
    this.records.set(`${table}/${id}`, Promise.resolve(record));
  }

  reads(): Promise<ReadRow[]> {
    return Promise.all(this.rows.values());
  }
}

export async function prepareCommit(
  db: WorkbenchDatabase,
  codec: StorageCodec,
  session: CommitSession,
  request: CommitRequest,
): Promise<PreparedCommit> {
  const snapshot = new Snapshot(db, codec);
  const first = request.intents[0];
  const [headRow, clockRow] = await readFirstRows(db, snapshot, headKey(session.deviceId), first);
  // A copy: deciding advances the head, and the row as read must stay as read for the comparison.
  const head: DeviceHead = {
    ...((headRow?.value as DeviceHead | undefined) ?? { seq: 0, hash: GENESIS_HASH, hlc: null }),
  };
  const receivedClock = (clockRow?.value as string | undefined) ?? null;
  const planned: { entity: EntityName; change: Change; next: StateRecord }[] = [];
  for (const intent of request.intents) {
    const target = await readTarget(snapshot, intent);
    const decided = planIntent(session, intent, target, request.reason, head, receivedClock);
    if (!decided) continue;
    snapshot.set(STATE_TABLES[intent.entity], target.id, decided.next);
    planned.push({ entity: intent.entity, ...decided });
  }
  const writes = await Promise.all(
    planned.map(async ({ entity, change, next }): Promise<SealedWrite> => {
      const table = STATE_TABLES[entity];
      const [changeRow, recordRow] = await Promise.all([
        codec.encodeChangeAsync(change, 1),
        codec.encodeRecordAsync(table, indexedColumns(entity, next), next),
      ]);
      return { change, changeRow, table, recordRow };
    }),
  );
  return { headRow, clockRow, reads: await snapshot.reads(), writes, head };
}

/**
 * The head, the received clock and the first intent's record (with a finding's inspection) in one
 * read-only transaction: one transaction and two round trips to the storage process rather than
 * three transactions. Opening them waits until it has ended (WebCrypto cannot run inside it).
 */
function readFirstRows(
  db: WorkbenchDatabase,
  snapshot: Snapshot,
  headId: string,
  intent: RecordIntent | undefined,
): Promise<(MetaRow | undefined)[]> {
  if (!intent) return db.meta.bulkGet([headId, CLOCK_KEY]);
  const records = db.stateTable(STATE_TABLES[intent.entity]);
  const inspections = db.stateTable(STATE_TABLES.inspection);
  const withStatus = needsInspectionStatus(intent);
  return db.transaction('r', [db.meta, records, ...(withStatus ? [inspections] : [])], async () => {
    const id = intentId(intent);
    const [metaRows, row] = await Promise.all([db.meta.bulkGet([headId, CLOCK_KEY]), records.get(id)]);
    snapshot.seed(records.name, id, row);
    // Which inspection to read is taken from the clear column here; readTarget checks it against the sealed record.
    const hint = row?.['inspectionId'];
    if (withStatus && typeof hint === 'string') snapshot.seed(inspections.name, hint, await inspections.get(hint));
    return metaRows;
  });
}

async function readTarget(snapshot: Snapshot, intent: RecordIntent): Promise<IntentTarget> {
  const table = STATE_TABLES[intent.entity];
  const id = intentId(intent);
  const withStatus = needsInspectionStatus(intent);
  if (withStatus) {
    // The row's inspectionId column (in the clear) only says which inspection to open early,
    // alongside the record; the status used is that of the inspection the sealed record names.
    const hint = (await snapshot.row(table, id))?.['inspectionId'];
    if (typeof hint === 'string') snapshot.prefetch(STATE_TABLES.inspection, hint);
  }
  const current = await snapshot.record(table, id);
  const inspectionId = inspectionIdOf(intent.entity, id, intent.op === 'create' ? intent.fields : current);
  const status =
    withStatus && inspectionId
      ? ((await snapshot.record(STATE_TABLES.inspection, inspectionId))?.['status'] as InspectionStatus | undefined)
      : undefined;
  return { id, current, inspectionId, status };
}

/**
 * The write transaction. The reads that check nothing changed (and which photo blobs are stored) and
 * the writes of the changes, new states and head are issued together, one round trip: IndexedDB runs
 * a transaction's requests in the order they were made, so the reads see the rows as they were
 * before these writes, and the check runs when the reads' results arrive, while the writes are still
 * pending, so the transaction cannot have committed yet. If anything differs, StaleReadError aborts
 * the transaction and every write in it is undone. Only the tables this commit touches are in its
 * scope, so it waits for no unrelated writer.
 */
export function writePrepared(
  db: WorkbenchDatabase,
  session: CommitSession,
  prepared: PreparedCommit,
  blobRows: readonly StoredBlobRow[],
  faults: CommitFaults,
): Promise<Change[]> {
  const headId = headKey(session.deviceId);
  const byTable = new Map<string, ReadRow[]>();
  for (const read of prepared.reads) byTable.set(read.table, [...(byTable.get(read.table) ?? []), read]);
  const stateTables = new Set([...byTable.keys(), ...prepared.writes.map((write) => write.table)]);
  const tables: Table[] = [db.changes, db.meta, ...(blobRows.length > 0 ? [db.blobs] : [])];
  for (const name of stateTables) tables.push(db.stateTable(name));
  return db.transaction('rw', tables, async () => {
    const checks = Promise.all([
      db.meta.bulkGet([headId, CLOCK_KEY]),
      blobRows.length > 0 ? db.blobs.bulkGet(blobRows.map((row) => row.sha256)) : [],
      ...[...byTable].map(([table, reads]) => db.stateTable(table).bulkGet(reads.map((read) => read.id))),
    ]);
    const writes: Promise<unknown>[] = [];
    for (const { change, changeRow, table, recordRow } of prepared.writes) {
      writes.push(handled(Promise.all([db.changes.add(changeRow), db.stateTable(table).put(recordRow)])));
      faults.afterChangeWritten?.(change);
    }
    writes.push(handled(db.meta.put({ key: headId, value: prepared.head })));

    const [[headRow, clockRow], storedBlobs, ...current] = await checks;
    const unchanged =
      sameStoredValue(headRow, prepared.headRow) &&
      sameStoredValue(clockRow, prepared.clockRow) &&
      [...byTable.values()].every((reads, index) =>
        reads.every((read, at) => sameStoredValue(current[index]?.[at], read.row)),
      );
    if (!unchanged) throw new StaleReadError();
    // Blobs are content-addressed and never change, so one already stored is kept as it is.
    const missing = blobRows.filter((_row, index) => !storedBlobs[index]);
    if (missing.length > 0) writes.push(handled(db.blobs.bulkPut(missing)));
    faults.beforeHeadUpdate?.();
    await Promise.all(writes);
    return prepared.writes.map((write) => write.change);
  });
}
