/**
 * The recovery export (SECURITY.md D5, test case 7): when the database cannot be opened normally,
 * copy out everything that can still be read, as ZIP files of raw/<store>.json (each value as the
 * storage codec decodes it), raw/blobs/<sha256> (photo bytes) and raw/unreadable.json (what could
 * not be read, and why). It reads through rawDatabaseReader and never deletes or changes anything.
 * Photo bytes can exceed what one file may hold (IPC carries at most 512 MiB), so the export comes
 * in parts, handed to `onPart` one at a time so only one part is ever held in memory.
 *
 * Encryption at rest (SECURITY.md B1, D5): this screen runs when the database cannot be opened, so
 * there is no unlock and no key, and the export decrypts nothing. Encrypted rows are written as they
 * are stored (clear index columns, sealed body) and encrypted photos as raw/blobs/<sha256>.sealed
 * with their IV in raw/blobs.json; with the keyring in raw/meta.json, the passphrase can open them
 * later, and without it they are as useless as the database files. Rows still plain (a database not
 * yet encrypted) come out readable, as they were on disk; the summary counts them so the screen can
 * say so.
 */
import { zipSync, type Zippable } from 'fflate';
import { MAX_IPC_FILE_BYTES } from '@shared/ipc/contract';
import { RECOVERY_EXPORT_BASE_NAME } from '@shared/ipc/lockPolicy';
import { sha256Hex } from '../db/digest';
import { DATABASE_NAME, LOG_TABLES, STATE_TABLES } from '../db/schema';
import { plainCodec, type StorageCodec } from '../db/storageCodec';
import type { StoredBlobRow, StoredChangeRow, StoredRecordRow } from '../db/storedRows';
import { bytesToBase64 } from '../security/base64';
import { isSealedBlob, isSealedStoredBody } from '../security/encryptingCodec';
import { fileStamp } from './fileStamp';
import { describeError, listKeys, openExistingDatabase, readValues } from './rawDatabaseReader';

export interface RawExportProgress {
  store: string;
  done: number;
  total: number;
}

export interface RawExportPart {
  fileName: string;
  bytes: Uint8Array;
}

export interface UnreadableRecord {
  store: string;
  key: string;
  reason: string;
}

export interface RawExportSummary {
  databaseName: string;
  version: number;
  stores: { name: string; records: number; unreadable: number }[];
  blobs: number;
  /** Records, changes and photos exported encrypted, as stored. */
  sealed: number;
  /** Records, changes and photos exported readable, because they were not encrypted on disk. */
  plain: number;
  unreadable: UnreadableRecord[];
  parts: number;
}

export interface RawExportOptions {
  onPart(part: RawExportPart): Promise<void>;
  onProgress?: (progress: RawExportProgress) => void;
  databaseName?: string;
  indexedDB?: IDBFactory;
  codec?: StorageCodec;
  /** Below the 512 MiB the platform can save in one file, leaving room for the ZIP's own bytes. */
  maxPartBytes?: number;
  now?: Date;
}

const BLOB_BATCH = 20;
const STATE_TABLE_NAMES: ReadonlySet<string> = new Set(Object.values(STATE_TABLES));

export async function exportRawDatabase(options: RawExportOptions): Promise<RawExportSummary> {
  const databaseName = options.databaseName ?? DATABASE_NAME;
  const codec = options.codec ?? plainCodec;
  const maxPartBytes = options.maxPartBytes ?? MAX_IPC_FILE_BYTES - 16 * 1024 * 1024;
  const baseName = `${RECOVERY_EXPORT_BASE_NAME}-${fileStamp(options.now ?? new Date())}`;
  const db = await openExistingDatabase(options.indexedDB ?? indexedDB, databaseName);
  try {
    const unreadable: UnreadableRecord[] = [];
    const stores: RawExportSummary['stores'] = [];
    const jsonFiles: Zippable = {};
    const encoder = new TextEncoder();
    const storeNames = Array.from(db.objectStoreNames);
    const bodies = { sealed: 0, plain: 0 };

    for (const store of storeNames.filter((name) => name !== LOG_TABLES.blobs)) {
      const before = unreadable.length;
      const keys = await listKeysOrNote(db, store, unreadable);
      const reads = await readValues(db, store, keys);
      const lines: string[] = [];
      for (const read of reads) {
        if (!read.ok) unreadable.push({ store, key: keyText(read.key), reason: read.reason });
        else {
          try {
            lines.push(toJsonText({ key: read.key, value: decodeValue(codec, store, read.value, bodies) }));
          } catch (error) {
            unreadable.push({
              store,
              key: keyText(read.key),
              reason: `it could not be decoded (${describeError(error)})`,
            });
          }
        }
      }
      jsonFiles[`raw/${store}.json`] = encoder.encode(`[\n${lines.join(',\n')}\n]\n`);
      stores.push({ name: store, records: lines.length, unreadable: unreadable.length - before });
      options.onProgress?.({ store, done: reads.length, total: keys.length });
    }

    let part: Zippable = {};
    let partBytes = 0;
    let parts = 0;
    const flush = async (last: boolean) => {
      parts += 1;
      const fileName = last && parts === 1 ? `${baseName}.zip` : `${baseName}-part${parts}.zip`;
      await options.onPart({ fileName, bytes: zipSync(part) });
      part = {};
      partBytes = 0;
    };

    let blobs = 0;
    const blobRows: unknown[] = [];
    if (storeNames.includes(LOG_TABLES.blobs)) {
      const store = LOG_TABLES.blobs;
      const before = unreadable.length;
      const keys = await listKeysOrNote(db, store, unreadable);
      for (let start = 0; start < keys.length; start += BLOB_BATCH) {
        for (const read of await readValues(db, store, keys.slice(start, start + BLOB_BATCH))) {
          const key = keyText(read.key);
          if (!read.ok) {
            unreadable.push({ store, key, reason: read.reason });
            continue;
          }
          const row = read.value as StoredBlobRow;
          if (isSealedBlob(row.body)) {
            // Sealed bytes cannot be checked against the hash without the key; they go out as stored.
            const sealed = await readSealedBytes(row.body.blob, (reason) => unreadable.push({ store, key, reason }));
            if (!sealed) continue;
            blobRows.push({
              sha256: row.sha256,
              mediaType: row.mediaType,
              size: row.size,
              sealed: row.body.sealed,
              iv: row.body.iv,
            });
            if (partBytes > 0 && partBytes + sealed.length > maxPartBytes) await flush(false);
            part[`raw/blobs/${key}.sealed`] = [sealed, { level: 0 }];
            partBytes += sealed.length;
            blobs += 1;
            bodies.sealed += 1;
            continue;
          }
          blobRows.push({ sha256: row.sha256, mediaType: row.mediaType, size: row.size });
          const bytes = await decodeBlobBytes(codec, row, (reason) => unreadable.push({ store, key, reason }));
          if (!bytes) continue;
          const matches = (await sha256Hex(bytes)) === key;
          // Damaged bytes are still exported (someone may recover part of a photo), but named apart.
          if (!matches)
            unreadable.push({ store, key, reason: 'its bytes do not match its SHA-256: the file is damaged' });
          if (partBytes > 0 && partBytes + bytes.length > maxPartBytes) await flush(false);
          part[`raw/blobs/${key}${matches ? '' : '.damaged'}`] = [bytes, { level: 0 }];
          partBytes += bytes.length;
          blobs += 1;
          bodies.plain += 1;
        }
        options.onProgress?.({ store, done: Math.min(start + BLOB_BATCH, keys.length), total: keys.length });
      }
      jsonFiles[`raw/${store}.json`] = encoder.encode(`${toJsonText(blobRows)}\n`);
      stores.push({ name: store, records: blobRows.length, unreadable: unreadable.length - before });
    }

    const summary = { databaseName, version: db.version, stores, blobs, ...bodies, unreadable, parts: parts + 1 };
    Object.assign(part, jsonFiles);
    part['raw/unreadable.json'] = encoder.encode(`${toJsonText(unreadable)}\n`);
    part['raw/about.json'] = encoder.encode(
      `${toJsonText({
        format: 'inspection-workbench-raw-export',
        exportedAt: (options.now ?? new Date()).toISOString(),
        note: 'Exported read-only by the recovery screen. Nothing in the database was changed or deleted.',
        encryption:
          'Values with "sealed": "aes-256-gcm/1" are exported as stored, encrypted (AES-256-GCM, additional data "aes-256-gcm/1|<table>|<id>"), as are raw/blobs/*.sealed (IV in raw/blobs.json). The data key is in raw/meta.json under "keyring", wrapped by the passphrase (PBKDF2-SHA256); only the passphrase opens them.',
        ...summary,
        unreadable: unreadable.length,
      })}\n`,
    );
    await flush(true);
    return summary;
  } finally {
    db.close();
  }
}

async function listKeysOrNote(db: IDBDatabase, store: string, unreadable: UnreadableRecord[]): Promise<IDBValidKey[]> {
  try {
    return await listKeys(db, store);
  } catch (error) {
    unreadable.push({ store, key: '(all)', reason: describeError(error) });
    return [];
  }
}

/**
 * Each value as the storage codec reads it; stores it does not know are exported as they are. An
 * encrypted row is exported whole, as stored: without the key there is nothing to decode, and its
 * clear columns say what it is.
 */
function decodeValue(
  codec: StorageCodec,
  store: string,
  value: unknown,
  bodies: { sealed: number; plain: number },
): unknown {
  if (store !== LOG_TABLES.changes && !STATE_TABLE_NAMES.has(store)) return value;
  const body = (value as { body?: unknown }).body;
  if (isSealedStoredBody(body)) {
    bodies.sealed += 1;
    return value;
  }
  const decoded =
    store === LOG_TABLES.changes
      ? codec.decodeChange(value as StoredChangeRow)
      : codec.decodeRecord(store, value as StoredRecordRow);
  bodies.plain += 1;
  return decoded;
}

async function decodeBlobBytes(
  codec: StorageCodec,
  row: StoredBlobRow,
  fail: (reason: string) => void,
): Promise<Uint8Array | undefined> {
  try {
    return await codec.decodeBlob(row);
  } catch (error) {
    // Chrome reports a deleted or truncated blob file as NotFoundError only when it is read.
    fail(`its photo bytes cannot be read (${describeError(error)})`);
    return undefined;
  }
}

async function readSealedBytes(blob: Blob, fail: (reason: string) => void): Promise<Uint8Array | undefined> {
  try {
    return new Uint8Array(await blob.arrayBuffer());
  } catch (error) {
    fail(`its encrypted photo bytes cannot be read (${describeError(error)})`);
    return undefined;
  }
}

function keyText(key: IDBValidKey): string {
  return typeof key === 'string' ? key : toJsonText(key);
}

/** JSON that also carries what JSON cannot: bytes as base64, Blobs as their size, big integers as text. */
function toJsonText(value: unknown): string {
  return JSON.stringify(value, (_key, member: unknown) => {
    if (typeof member === 'bigint') return member.toString();
    if (member instanceof ArrayBuffer) return { base64: bytesToBase64(new Uint8Array(member)) };
    if (ArrayBuffer.isView(member))
      return { base64: bytesToBase64(new Uint8Array(member.buffer, member.byteOffset, member.byteLength)) };
    if (typeof Blob !== 'undefined' && member instanceof Blob)
      return { blob: { size: member.size, type: member.type } };
    return member;
  });
}
