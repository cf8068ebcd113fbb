/**
 * The storage seam: every record, change and blob read or written by the data layer passes through
 * one codec. The plain codec stores values as they are; the encrypting codec (issue 8) seals bodies
 * with AES-GCM, binding table and id as additional data. Features never see stored rows.
 */
import type { Change } from '@shared/changes/change';
import type { StateRecord } from '@shared/changes/reducer';
import type { StoredBlobRow, StoredChangeRow, StoredRecordRow } from './storedRows';

export interface StorageCodec {
  readonly name: string;
  encodeRecord(table: string, indexed: Record<string, unknown>, record: StateRecord): StoredRecordRow;
  decodeRecord(table: string, row: StoredRecordRow): StateRecord;
  /**
   * Many rows at once, for reads outside a transaction (lists): the encrypting codec opens them with
   * WebCrypto, which is native and runs in parallel, where `decodeRecord` must stay synchronous for
   * use inside transactions.
   */
  decodeRecords(table: string, rows: readonly StoredRecordRow[]): Promise<StateRecord[]>;
  encodeChange(change: Change, pending: 0 | 1): StoredChangeRow;
  decodeChange(row: StoredChangeRow): Change;
  encodeBlob(sha256: string, mediaType: string, bytes: Uint8Array): StoredBlobRow;
  /**
   * Photo bytes encoded before a transaction opens (commit): the encrypting codec seals them with
   * WebCrypto, native and many times faster on megabytes than `encodeBlob`, which stays synchronous
   * for use inside transactions (imports).
   */
  encodeBlobs(blobs: readonly { sha256: string; mediaType: string; bytes: Uint8Array }[]): Promise<StoredBlobRow[]>;
  decodeBlob(row: StoredBlobRow): Promise<Uint8Array>;
}

/** Stores bodies as they are; photo bytes as Blobs so IndexedDB keeps them out of the row. */
export const plainCodec: StorageCodec = {
  name: 'plain',
  encodeRecord: (_table, indexed, record) => ({ ...indexed, id: record.id, body: record }),
  decodeRecord: (_table, row) => row.body as StateRecord,
  decodeRecords: async (_table, rows) => rows.map((row) => row.body as StateRecord),
  encodeChange: (change, pending) => ({
    id: change.id,
    device: change.device,
    seq: change.seq,
    inspectionId: change.inspectionId,
    entity: change.entity,
    entityId: change.entityId,
    hlc: change.hlc,
    pending,
    body: change,
  }),
  decodeChange: (row) => row.body as Change,
  encodeBlob: (sha256, mediaType, bytes) => ({
    sha256,
    mediaType,
    size: bytes.byteLength,
    body: new Blob([bytes as Uint8Array<ArrayBuffer>], { type: mediaType }),
  }),
  decodeBlob: async (row) => new Uint8Array(await (row.body as Blob).arrayBuffer()),
  encodeBlobs: async (blobs) => blobs.map((blob) => plainCodec.encodeBlob(blob.sha256, blob.mediaType, blob.bytes)),
};
