/**
 * Encrypting an existing plain database in place, on the first unlock after the upgrade. Table by
 * table, a batch at a time: each batch is re-encoded and written in one transaction together with the
 * position reached, kept in the meta table, so an interruption (a crash, a closed window, a full disk)
 * loses nothing and the next unlock resumes from the last batch that committed. Rows already sealed
 * are left alone, so running it twice is harmless; until it finishes the codec reads both kinds.
 */
import type { EntityName } from '@shared/domain/entities';
import { indexedColumns } from '../db/commit';
import { LOG_TABLES, STATE_TABLES } from '../db/schema';
import type { StorageCodec } from '../db/storageCodec';
import type { StoredBlobRow, StoredChangeRow, StoredRecordRow } from '../db/storedRows';
import type { WorkbenchDatabase } from '../db/WorkbenchDatabase';
import { isSealedStoredBody } from './encryptingCodec';

export const ENCRYPTION_STATE_KEY = 'encryption';

export type EncryptionState =
  { state: 'encrypting'; table: string; after: string | null } | { state: 'encrypted'; finishedAt: string };

export interface EncryptionProgress {
  table: string;
  done: number;
  total: number;
}

/** Test seam: throw from here to interrupt the migration after a batch has been prepared. */
export interface EncryptionFaults {
  beforeBatchCommit?(table: string, batch: number): void;
}

const ENTITY_BY_TABLE = new Map<string, EntityName>(
  Object.entries(STATE_TABLES).map(([entity, table]) => [table, entity as EntityName]),
);
const TABLE_ORDER: readonly string[] = [...Object.values(STATE_TABLES), LOG_TABLES.changes, LOG_TABLES.blobs];

export async function readEncryptionState(db: WorkbenchDatabase): Promise<EncryptionState | undefined> {
  return (await db.meta.get(ENCRYPTION_STATE_KEY))?.value as EncryptionState | undefined;
}

/** A database with nothing in it yet needs no migration: it is encrypted from its first write. */
export async function markEncrypted(db: WorkbenchDatabase): Promise<void> {
  const value: EncryptionState = { state: 'encrypted', finishedAt: new Date().toISOString() };
  await db.meta.put({ key: ENCRYPTION_STATE_KEY, value });
}

export async function encryptExistingData(
  db: WorkbenchDatabase,
  codec: StorageCodec,
  options: { batchSize?: number; onProgress?: (progress: EncryptionProgress) => void; faults?: EncryptionFaults } = {},
): Promise<void> {
  const batchSize = options.batchSize ?? 200;
  const current = await readEncryptionState(db);
  if (current?.state === 'encrypted') return;
  let tableIndex = current ? Math.max(0, TABLE_ORDER.indexOf(current.table)) : 0;
  let after = current?.after ?? null;
  let total = 0;
  for (const name of TABLE_ORDER) total += await db.table(name).count();
  let done = 0;
  for (const name of TABLE_ORDER.slice(0, tableIndex)) done += await db.table(name).count();

  let batch = 0;
  for (; tableIndex < TABLE_ORDER.length; tableIndex += 1, after = null) {
    const name = TABLE_ORDER[tableIndex] ?? '';
    for (;;) {
      batch += 1;
      const count =
        name === LOG_TABLES.blobs
          ? await encryptBlobBatch(db, codec, after, batchSize, () => options.faults?.beforeBatchCommit?.(name, batch))
          : await encryptRowBatch(db, codec, name, after, batchSize, () =>
              options.faults?.beforeBatchCommit?.(name, batch),
            );
      if (count.rows === 0) break;
      after = count.last;
      done += count.rows;
      options.onProgress?.({ table: name, done, total });
    }
  }
  await markEncrypted(db);
}

function nextBatch<T>(db: WorkbenchDatabase, name: string, after: string | null, size: number): Promise<T[]> {
  const table = db.table<T, string>(name);
  return (after === null ? table.orderBy(':id') : table.where(':id').above(after)).limit(size).toArray();
}

async function encryptRowBatch(
  db: WorkbenchDatabase,
  codec: StorageCodec,
  name: string,
  after: string | null,
  size: number,
  fault: () => void,
): Promise<{ rows: number; last: string | null }> {
  const table = db.table(name);
  // Records and changes encode synchronously, so reading, re-encoding, writing and recording the
  // position happen in one transaction: a batch is either wholly done and recorded, or not at all.
  return db.transaction('rw', [table, db.meta], async () => {
    if (name === LOG_TABLES.changes) {
      const rows = await nextBatch<StoredChangeRow>(db, name, after, size);
      const plain = rows.filter((row) => !isSealedStoredBody(row.body));
      await table.bulkPut(plain.map((row) => codec.encodeChange(codec.decodeChange(row), row.pending)));
      return finishBatch(db, name, rows.at(-1)?.id ?? null, rows.length, fault);
    }
    const entity = ENTITY_BY_TABLE.get(name);
    if (!entity) throw new Error(`No entity is stored in the table ${name}.`);
    const rows = await nextBatch<StoredRecordRow>(db, name, after, size);
    const plain = rows.filter((row) => !isSealedStoredBody(row.body));
    await table.bulkPut(
      plain.map((row) => {
        const record = codec.decodeRecord(name, row);
        return codec.encodeRecord(name, indexedColumns(entity, record), record);
      }),
    );
    return finishBatch(db, name, rows.at(-1)?.id ?? null, rows.length, fault);
  });
}

async function encryptBlobBatch(
  db: WorkbenchDatabase,
  codec: StorageCodec,
  after: string | null,
  size: number,
  fault: () => void,
): Promise<{ rows: number; last: string | null }> {
  // Reading a Blob's bytes is not an IndexedDB request, so it cannot happen inside the writing
  // transaction: read, re-seal outside, then write. Blobs are content-addressed and never change, so
  // nothing can alter them between the two steps.
  const rows = await nextBatch<StoredBlobRow>(db, LOG_TABLES.blobs, after, size);
  const sealed: StoredBlobRow[] = [];
  for (const row of rows) {
    if (isSealedStoredBody(row.body)) continue;
    sealed.push(codec.encodeBlob(row.sha256, row.mediaType, await codec.decodeBlob(row)));
  }
  return db.transaction('rw', [db.blobs, db.meta], async () => {
    await db.blobs.bulkPut(sealed);
    return finishBatch(db, LOG_TABLES.blobs, rows.at(-1)?.sha256 ?? null, rows.length, fault);
  });
}

async function finishBatch(
  db: WorkbenchDatabase,
  table: string,
  last: string | null,
  rows: number,
  fault: () => void,
): Promise<{ rows: number; last: string | null }> {
  if (rows === 0) return { rows, last };
  fault();
  const value: EncryptionState = { state: 'encrypting', table, after: last };
  await db.meta.put({ key: ENCRYPTION_STATE_KEY, value });
  return { rows, last };
}
