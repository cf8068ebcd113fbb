/**
 * The encrypting storage codec (issue 8): record bodies, change-log payloads and photo bytes are
 * sealed with the data key; only the columns the schema indexes (INDEXED_FIELDS) and a change's
 * structural columns stay in the clear. While an existing plain database is being encrypted in place
 * the codec also reads plain bodies (`acceptPlain`); once the migration has finished it refuses them,
 * so a plain row slipped into the files cannot pose as data the inspector wrote.
 */
import type { Change } from '@shared/changes/change';
import type { StateRecord } from '@shared/changes/reducer';
import { plainCodec, type StorageCodec } from '../db/storageCodec';
import type { StoredBlobRow } from '../db/storedRows';
import { deriveSubkey } from './keyring';
import {
  freshIv,
  isSealedBody,
  openJson,
  placeOf,
  sealBytes,
  sealJson,
  SEALED_FORMAT,
  SealedBodyError,
} from './sealedBody';

/** A photo's sealed bytes: kept as a Blob so IndexedDB stores them outside the row, as plain photos are. */
interface SealedBlobBody {
  sealed: typeof SEALED_FORMAT;
  iv: Uint8Array;
  blob: Blob;
}

export interface EncryptingCodec extends StorageCodec {
  /** A key for another purpose derived from the data key (keyring.ts deriveSubkey), which never leaves here. */
  readonly deriveKey: (salt: Uint8Array, info: string, use: 'aes-gcm' | 'hmac') => Promise<CryptoKey>;
  /** Zeroes the data key; every later call fails as locked. */
  dispose(): void;
  readonly disposed: boolean;
}

export class WorkbenchLockedError extends Error {
  constructor() {
    super('The workbench is locked. Unlock it with your passphrase to see or change data.');
    this.name = 'WorkbenchLockedError';
  }
}

export class PlainBodyRefusedError extends Error {
  constructor(where: string) {
    super(`The stored data for ${where} is not encrypted, though this database has been encrypted.`);
    this.name = 'PlainBodyRefusedError';
  }
}

export function isSealedBlob(body: unknown): body is SealedBlobBody {
  return (
    typeof body === 'object' &&
    body !== null &&
    (body as { sealed?: unknown }).sealed === SEALED_FORMAT &&
    (body as { iv?: unknown }).iv instanceof Uint8Array &&
    (body as { blob?: unknown }).blob instanceof Blob
  );
}

export function createEncryptingCodec(dataKey: Uint8Array, options: { acceptPlain: boolean }): EncryptingCodec {
  // A private copy: zeroing it on lock must not depend on what the caller does with its own.
  const key = dataKey.slice();
  let disposed = false;
  let webCryptoKey: Promise<CryptoKey> | undefined;
  const live = () => {
    if (disposed) throw new WorkbenchLockedError();
    return key;
  };
  const refusePlain = (where: string) => {
    if (!options.acceptPlain) throw new PlainBodyRefusedError(where);
  };
  // One import of the key for WebCrypto, made when first needed; dropped on lock.
  const openingKey = () =>
    (webCryptoKey ??= crypto.subtle.importKey('raw', live(), 'AES-GCM', false, ['encrypt', 'decrypt']));
  /** Opens sealed bytes with WebCrypto: same format as noble's, native and off the main thread's JS. */
  const openWithKey = async (
    cryptoKey: CryptoKey,
    iv: Uint8Array,
    place: Uint8Array,
    sealed: BufferSource,
    where: string,
  ) => {
    let plain: ArrayBuffer;
    try {
      plain = await crypto.subtle.decrypt(
        { name: 'AES-GCM', iv: iv as Uint8Array<ArrayBuffer>, additionalData: place as Uint8Array<ArrayBuffer> },
        cryptoKey,
        sealed,
      );
    } catch {
      throw new SealedBodyError(where);
    }
    // Locked while the bytes were being opened: nothing read under the old key is handed out.
    live();
    return plain;
  };
  const openAsync = async (iv: Uint8Array, place: Uint8Array, sealed: BufferSource, where: string) =>
    openWithKey(await openingKey(), iv, place, sealed, where);

  return {
    name: 'aes-256-gcm',
    get disposed() {
      return disposed;
    },
    deriveKey: (salt, info, use) => deriveSubkey(live(), salt, info, use),
    dispose() {
      disposed = true;
      key.fill(0);
      webCryptoKey = undefined;
    },
    encodeRecord(table, indexed, record) {
      return { ...indexed, id: record.id, body: sealJson(live(), placeOf(table, record.id), record) };
    },
    decodeRecord(table, row) {
      const where = `${table} ${row.id}`;
      if (!isSealedBody(row.body)) {
        live();
        refusePlain(where);
        return plainCodec.decodeRecord(table, row);
      }
      return openJson(live(), placeOf(table, row.id), row.body, where) as StateRecord;
    },
    async decodeRecords(table, rows) {
      live();
      // The key once for the whole list, not once per row: a list is thousands of rows.
      const cryptoKey = await openingKey();
      const decoder = new TextDecoder();
      return Promise.all(
        rows.map(async (row) => {
          const where = `${table} ${row.id}`;
          if (!isSealedBody(row.body)) {
            refusePlain(where);
            return plainCodec.decodeRecord(table, row);
          }
          const { iv, data } = row.body;
          const plain = await openWithKey(
            cryptoKey,
            iv,
            placeOf(table, row.id),
            data as Uint8Array<ArrayBuffer>,
            where,
          );
          return JSON.parse(decoder.decode(plain)) as StateRecord;
        }),
      );
    },
    encodeChange(change, pending) {
      // Structural columns stay clear so the log can be ordered, paged and pushed without the key:
      // ids, device and sequence number, the record's entity and id, the clock. The change's content
      // (fields, prior values, reason, actor) is sealed.
      const clear = plainCodec.encodeChange(change, pending);
      return { ...clear, body: sealJson(live(), placeOf('changes', change.id), change) };
    },
    decodeChange(row) {
      const where = `change ${row.id}`;
      if (!isSealedBody(row.body)) {
        live();
        refusePlain(where);
        return plainCodec.decodeChange(row);
      }
      return openJson(live(), placeOf('changes', row.id), row.body, where) as Change;
    },
    encodeBlob(sha256, mediaType, bytes): StoredBlobRow {
      const sealed = sealBytes(live(), placeOf('blobs', sha256), bytes);
      const body: SealedBlobBody = {
        sealed: SEALED_FORMAT,
        iv: sealed.iv,
        blob: new Blob([sealed.data as Uint8Array<ArrayBuffer>], { type: 'application/octet-stream' }),
      };
      return { sha256, mediaType, size: bytes.byteLength, body };
    },
    async encodeBlobs(blobs) {
      const cryptoKey = await openingKey();
      return Promise.all(
        blobs.map(async ({ sha256, mediaType, bytes }): Promise<StoredBlobRow> => {
          const iv = freshIv();
          const data = await crypto.subtle.encrypt(
            {
              name: 'AES-GCM',
              iv: iv as Uint8Array<ArrayBuffer>,
              additionalData: placeOf('blobs', sha256) as Uint8Array<ArrayBuffer>,
            },
            cryptoKey,
            bytes as Uint8Array<ArrayBuffer>,
          );
          live();
          const body: SealedBlobBody = {
            sealed: SEALED_FORMAT,
            iv,
            blob: new Blob([data], { type: 'application/octet-stream' }),
          };
          return { sha256, mediaType, size: bytes.byteLength, body };
        }),
      );
    },
    async decodeBlob(row) {
      const where = `photo ${row.sha256}`;
      live();
      if (!isSealedBlob(row.body)) {
        refusePlain(where);
        return plainCodec.decodeBlob(row);
      }
      // Reading a blob is already asynchronous, so WebCrypto's AES-GCM opens it (same format as noble's).
      const sealedBytes = await row.body.blob.arrayBuffer();
      return new Uint8Array(await openAsync(row.body.iv, placeOf('blobs', row.sha256), sealedBytes, where));
    },
  };
}

/** True when a stored body (record, change or blob) is already sealed. */
export function isSealedStoredBody(body: unknown): boolean {
  return isSealedBody(body) || isSealedBlob(body);
}
