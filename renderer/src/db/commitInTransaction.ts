/**
 * `commit`'s locking write path: everything (reads, opening, deciding, sealing, writing) inside one
 * read-write transaction, so no other writer can come between the read and the write. Opening and
 * sealing are synchronous here (noble's AES-GCM in the encrypting codec), because awaiting anything
 * but IndexedDB would let the transaction commit early. Slower than the optimistic path, but it
 * always finishes: used when optimistic attempts keep meeting other writers, and inside a caller's
 * own transaction.
 */
import { GENESIS_HASH, type Change } from '@shared/changes/change';
import type { InspectionStatus } from '@shared/domain/inspection';
import type { CommitFaults, CommitRequest, CommitSession, RecordIntent } from './commit';
import {
  indexedColumns,
  inspectionIdOf,
  intentId,
  needsInspectionStatus,
  planIntent,
  type IntentTarget,
} from './commitPlan';
import { CLOCK_KEY, headKey, type DeviceHead } from './deviceHead';
import { STATE_TABLES } from './schema';
import type { StorageCodec } from './storageCodec';
import type { StoredBlobRow } from './storedRows';
import type { WorkbenchDatabase } from './WorkbenchDatabase';

export function commitInTransaction(
  db: WorkbenchDatabase,
  codec: StorageCodec,
  session: CommitSession,
  request: CommitRequest,
  blobRows: readonly StoredBlobRow[],
  faults: CommitFaults,
): Promise<Change[]> {
  const headId = headKey(session.deviceId);
  const tables = [db.changes, db.meta, db.blobs, ...Object.values(STATE_TABLES).map((name) => db.stateTable(name))];
  return db.transaction('rw', tables, async () => {
    // Each awaited request is a round trip to the browser's storage process, so requests that do
    // not depend on each other are issued together: the device head, the received clock and the
    // first record (with its inspection) are read at once, and a change, its new state and the new
    // head are written at once. IndexedDB runs a transaction's requests in the order they were made
    // and a failed one aborts the whole transaction, so this is still one all-or-nothing write.
    const first = request.intents[0];
    const [[headRow, clockRow], firstTarget] = await Promise.all([
      db.meta.bulkGet([headId, CLOCK_KEY]),
      first ? readTarget(db, codec, first) : undefined,
    ]);
    const head = (headRow?.value as DeviceHead | undefined) ?? { seq: 0, hash: GENESIS_HASH, hlc: null };
    const receivedClock = (clockRow?.value as string | undefined) ?? null;
    const written: Change[] = [];
    let writes: Promise<unknown> = Promise.resolve();
    for (const [index, intent] of request.intents.entries()) {
      // A later intent may read what an earlier one wrote (a finding created with its inspection).
      await writes;
      const target = index === 0 && firstTarget ? firstTarget : await readTarget(db, codec, intent);
      const planned = planIntent(session, intent, target, request.reason, head, receivedClock);
      if (!planned) continue;
      const table = db.stateTable(STATE_TABLES[intent.entity]);
      writes = handled(
        Promise.all([
          db.changes.add(codec.encodeChange(planned.change, 1)),
          table.put(codec.encodeRecord(table.name, indexedColumns(intent.entity, planned.next), planned.next)),
        ]),
      );
      written.push(planned.change);
      faults.afterChangeWritten?.(planned.change);
    }
    const blobWrites = handled(writeBlobs(db, blobRows));
    faults.beforeHeadUpdate?.();
    await Promise.all([writes, blobWrites, db.meta.put({ key: headId, value: head })]);
    return written;
  });
}

/**
 * Marks a write's promise as handled while other work goes on: if the transaction aborts first, the
 * write rejects with the abort, and the abort's own error is the one the caller sees.
 */
export function handled<T>(promise: Promise<T>): Promise<T> {
  promise.catch(() => undefined);
  return promise;
}

/** New photo bytes: blobs are content-addressed and never change, so one already stored is kept as it is. */
export async function writeBlobs(db: WorkbenchDatabase, rows: readonly StoredBlobRow[]): Promise<void> {
  if (rows.length === 0) return;
  const stored = await db.blobs.bulkGet(rows.map((row) => row.sha256));
  const missing = rows.filter((_row, index) => !stored[index]);
  if (missing.length > 0) await db.blobs.bulkPut(missing);
}

async function readTarget(db: WorkbenchDatabase, codec: StorageCodec, intent: RecordIntent): Promise<IntentTarget> {
  const table = db.stateTable(STATE_TABLES[intent.entity]);
  const id = intentId(intent);
  const storedRow = await table.get(id);
  const current = storedRow ? codec.decodeRecord(table.name, storedRow) : undefined;
  const inspectionId = inspectionIdOf(intent.entity, id, intent.op === 'create' ? intent.fields : current);
  const status =
    needsInspectionStatus(intent) && inspectionId ? await inspectionStatus(db, codec, inspectionId) : undefined;
  return { id, current, inspectionId, status };
}

async function inspectionStatus(db: WorkbenchDatabase, codec: StorageCodec, inspectionId: string) {
  const table = db.stateTable(STATE_TABLES.inspection);
  const row = await table.get(inspectionId);
  return row ? (codec.decodeRecord(table.name, row)['status'] as InspectionStatus) : undefined;
}
