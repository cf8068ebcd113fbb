/**
 * Gathers what goes into a package from the local database: the changes in scope, the current state
 * of every record those changes touch (deleted records included: deletion is a tombstone with a
 * reason, never an absence) and the photo bytes those records refer to. It only reads; it reads the
 * log and the state in one transaction so a save happening meanwhile cannot make them disagree.
 */
import type { Change } from '@shared/changes/change';
import type { StateRecord } from '@shared/changes/reducer';
import { blobHashesOf } from '@shared/domain/blobFields';
import type { EntityName } from '@shared/domain/entities';
import type { PackageScope } from '@shared/packages/packageManifest';
import type { DataStore } from '../db/DataStore';
import { sha256Hex } from '../db/digest';
import { STATE_TABLES } from '../db/schema';
import type { StoredBlobRow } from '../db/storedRows';
import { PackageExportError } from './packageErrors';

export type PackageState = Partial<Record<EntityName, StateRecord[]>>;

export interface PackageContents {
  /** Ordered by device, then sequence number. */
  changes: Change[];
  /** Each entity's records, ordered by id. */
  state: PackageState;
  recordCount: number;
  blobs: Map<string, Uint8Array>;
  /** Photo files referred to in scope that this device does not have, or whose bytes no longer match their hash. */
  missingBlobs: string[];
}

/** The photo's blobs (original and derivatives); every one of them travels with the photo. */
export function photoBlobHashes(photo: StateRecord): string[] {
  return blobHashesOf('photo', photo);
}

export async function collectPackageContents(store: DataStore, scope: PackageScope): Promise<PackageContents> {
  const { db, codec } = store;
  const stateTables = Object.values(STATE_TABLES).map((name) => db.stateTable(name));
  const gathered = await db.transaction('r', [db.changes, db.blobs, ...stateTables], async () => {
    if (scope.kind === 'inspections') {
      const found = await db.stateTable(STATE_TABLES.inspection).bulkGet(scope.inspectionIds);
      const absent = scope.inspectionIds.filter((_id, index) => !found[index]);
      if (absent.length > 0) throw new PackageExportError(`Inspection ${absent.join(', ')} is not on this device.`);
    }
    const changeRows =
      scope.kind === 'everything'
        ? await db.changes.toArray()
        : await db.changes.where('inspectionId').anyOf(scope.inspectionIds).toArray();
    const changes = changeRows.map((row) => codec.decodeChange(row));

    const idsByEntity = new Map<EntityName, Set<string>>();
    for (const change of changes) {
      const ids = idsByEntity.get(change.entity) ?? new Set<string>();
      ids.add(change.entityId);
      idsByEntity.set(change.entity, ids);
    }
    const state: PackageState = {};
    let recordCount = 0;
    for (const [entity, idSet] of idsByEntity) {
      const table = db.stateTable(STATE_TABLES[entity]);
      const ids = [...idSet].sort();
      const rows = await table.bulkGet(ids);
      // A record with changes but no state row is left out; the importer then finds that the state
      // does not match the log and says so, rather than this export hiding the damage.
      const records = rows.flatMap((row) => (row ? [codec.decodeRecord(table.name, row)] : []));
      state[entity] = records;
      recordCount += records.length;
    }
    const blobHashes = [...new Set((state.photo ?? []).flatMap(photoBlobHashes))].sort();
    const blobRows = await db.blobs.bulkGet(blobHashes);
    return { changes, state, recordCount, blobHashes, blobRows };
  });

  // Blob bytes are read and hashed after the transaction: decoding awaits Blob reads and WebCrypto,
  // which would let an IndexedDB transaction commit early.
  const blobs = new Map<string, Uint8Array>();
  const missingBlobs: string[] = [];
  for (const [index, sha256] of gathered.blobHashes.entries()) {
    const bytes = await readVerifiedBlob(store, gathered.blobRows[index]);
    if (bytes && (await sha256Hex(bytes)) === sha256) blobs.set(sha256, bytes);
    else missingBlobs.push(sha256);
  }
  gathered.changes.sort((a, b) => (a.device < b.device ? -1 : a.device > b.device ? 1 : a.seq - b.seq));
  return {
    changes: gathered.changes,
    state: gathered.state,
    recordCount: gathered.recordCount,
    blobs,
    missingBlobs,
  };
}

async function readVerifiedBlob(store: DataStore, row: StoredBlobRow | undefined): Promise<Uint8Array | undefined> {
  if (!row) return undefined;
  try {
    return await store.codec.decodeBlob(row);
  } catch {
    // An unreadable blob file (SECURITY.md D7) is reported as missing, not fatal to the export.
    return undefined;
  }
}
