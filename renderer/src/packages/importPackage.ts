/**
 * Writes a checked package (from parsePackage) into the local database, all or nothing, in one
 * strict-durability transaction: the changes this device does not hold yet (pending, so they reach
 * the gateway), the photo files it lacks, and for every record those changes touch, its state
 * re-derived by replaying the record's whole log (local and imported) through the shared reducer.
 * Imported changes keep their own device and sequence number; this device's head (`head:<deviceId>`)
 * is never touched. A package whose log has forked from the local one is refused before any write
 * lands (the transaction aborts).
 */
import type { Change } from '@shared/changes/change';
import { replayChanges } from '@shared/changes/reducer';
import type { EntityName } from '@shared/domain/entities';
import { headKey, indexedColumns, observeRemoteClock } from '../db/commit';
import type { DataStore } from '../db/DataStore';
import { STATE_TABLES } from '../db/schema';
import { explainStorageError } from '../db/storageErrors';
import { PackageRejectedError } from './packageErrors';
import type { ParsedPackage } from './readPackage';
import { sniffMediaType } from './sniffMediaType';

export interface ImportSummary {
  newChanges: number;
  /** Changes this device already held (the same id and hash): importing again changes nothing. */
  skippedChanges: number;
  /** Records whose state was re-derived because they received new changes. */
  records: number;
  newBlobs: number;
  /** Photo files the package refers to but does not carry. */
  missingBlobs: number;
}

interface DeviceHead {
  seq: number;
}

export async function importPackage(store: DataStore, parsed: ParsedPackage): Promise<ImportSummary> {
  const { db, codec } = store;
  const stateTables = Object.values(STATE_TABLES).map((name) => db.stateTable(name));
  try {
    return await db.transaction('rw', [db.changes, db.blobs, db.meta, ...stateTables], async () => {
      const fresh: Change[] = [];
      let skippedChanges = 0;
      for (const change of parsed.changes) {
        const existing = await db.changes.get(change.id);
        if (existing) {
          if (codec.decodeChange(existing).hash !== change.hash)
            throw conflict(change, 'a different change with the same id');
          skippedChanges += 1;
          continue;
        }
        await checkFitsLocalChain(store, change);
        fresh.push(change);
      }
      for (const change of fresh) await db.changes.add(codec.encodeChange(change, 1));
      await observeRemoteClock(
        db,
        fresh.map((change) => change.hlc),
        'received',
        Date.now(),
      );

      // Re-derive from the whole log of each touched record, so the result is the same whichever
      // device saw which change first (the reducer is per-field last-writer-wins by HLC).
      const touched = new Map<string, { entity: EntityName; entityId: string }>();
      for (const change of fresh)
        touched.set(`${change.entity}/${change.entityId}`, { entity: change.entity, entityId: change.entityId });
      for (const [key, { entity, entityId }] of touched) {
        const rows = await db.changes.where('[entity+entityId]').equals([entity, entityId]).toArray();
        const record = replayChanges(rows.map((row) => codec.decodeChange(row))).get(key);
        if (!record) continue;
        const table = db.stateTable(STATE_TABLES[entity]);
        await table.put(codec.encodeRecord(table.name, indexedColumns(entity, record), record));
      }

      let newBlobs = 0;
      for (const [sha256, bytes] of parsed.blobs) {
        if (await db.blobs.get(sha256)) continue;
        await db.blobs.put(codec.encodeBlob(sha256, sniffMediaType(bytes), bytes));
        newBlobs += 1;
      }
      return {
        newChanges: fresh.length,
        skippedChanges,
        records: touched.size,
        newBlobs,
        missingBlobs: parsed.missingBlobs.length,
      };
    });
  } catch (error) {
    throw explainStorageError(error);
  }
}

/**
 * An imported change must slot into its device's chain as this database knows it: no other change
 * may hold its number, and it must link to the neighbours held here. And a device that writes to this
 * database (it has a head here) must not receive changes beyond its head, or its next save would
 * collide with them: that happens only when this device's own log has lost changes.
 */
async function checkFitsLocalChain(store: DataStore, change: Change): Promise<void> {
  const { db, codec } = store;
  const sameNumber = await db.changes.where('[device+seq]').equals([change.device, change.seq]).first();
  if (sameNumber) throw conflict(change, `a different change with the same number`);
  const before = await db.changes
    .where('[device+seq]')
    .equals([change.device, change.seq - 1])
    .first();
  if (before && codec.decodeChange(before).hash !== change.prevHash)
    throw conflict(change, 'a change before it that it does not follow');
  const after = await db.changes
    .where('[device+seq]')
    .equals([change.device, change.seq + 1])
    .first();
  if (after && codec.decodeChange(after).prevHash !== change.hash)
    throw conflict(change, 'a change after it that does not follow it');
  const head = (await db.meta.get(headKey(change.device)))?.value as DeviceHead | undefined;
  if (head && change.seq > head.seq)
    throw new PackageRejectedError(
      'conflicting-change',
      `The package holds change ${change.seq} from device ${change.device}, which writes to this database but has only recorded ${head.seq} changes here. Importing it would break this device’s change log.`,
      change.id,
    );
}

function conflict(change: Change, what: string): PackageRejectedError {
  return new PackageRejectedError(
    'conflicting-change',
    `The package’s change ${change.seq} from device ${change.device} conflicts with ${what} on this device: the two change logs have forked.`,
    change.id,
  );
}
