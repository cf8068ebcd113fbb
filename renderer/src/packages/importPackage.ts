/**
 * Writes a checked package (from parsePackage) into the local database, all or nothing, in one
 * strict-durability transaction: the changes this device does not hold yet, taken in through
 * receiveChanges (pending, so they reach the gateway; records re-derived; conflicts found), and the
 * photo files it lacks. This device's head (`head:<deviceId>`) is never touched. A package whose log
 * has forked from the local one is refused before any write lands (the transaction aborts).
 */
import type { DataStore } from '../db/DataStore';
import { ForkedLogError, receiveChanges, receiveTables } from '../db/receiveChanges';
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

export async function importPackage(store: DataStore, parsed: ParsedPackage): Promise<ImportSummary> {
  const { db, codec } = store;
  try {
    return await db.transaction('rw', [...receiveTables(store), db.blobs], async () => {
      const received = await receiveChanges(store, parsed.changes, false);
      let newBlobs = 0;
      for (const [sha256, bytes] of parsed.blobs) {
        if (await db.blobs.get(sha256)) continue;
        await db.blobs.put(codec.encodeBlob(sha256, sniffMediaType(bytes), bytes));
        newBlobs += 1;
      }
      return {
        newChanges: received.fresh.length,
        skippedChanges: received.skipped,
        records: received.records,
        newBlobs,
        missingBlobs: parsed.missingBlobs.length,
      };
    });
  } catch (error) {
    if (error instanceof ForkedLogError)
      throw new PackageRejectedError('conflicting-change', `The package’s ${lowerFirst(error.message)}`, error.changeId);
    throw explainStorageError(error);
  }
}

const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);
