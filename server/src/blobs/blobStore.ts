/**
 * Where the gateway keeps photo bytes. Upload rules (who may send what, offsets, the SHA-256 check) are
 * in blobUploads.ts and are the same whichever store holds the bytes; a store only writes, reads and
 * discards them. Two stores (migration 003):
 * - the database (databaseBlobStore.ts): no shared disk needed, so any number of instances can run
 *   against one PostgreSQL; each byte is written once, as a chunk row, but PostgreSQL takes and gives
 *   bytea at tens of MB/s;
 * - a photo directory (directoryBlobStore.ts, GATEWAY_PHOTO_DIR): files named by their hash, written
 *   at disk speed; instances must share the directory (a mounted volume), and it is backed up with the
 *   database.
 */
import type { SqlQueryable } from '../db/database';

export interface UploadToKeep {
  id: string;
  sha256: string;
  size: number;
  media_type: string;
}

export interface BlobStore {
  readonly kind: 'database' | 'directory';
  /** Stores `bytes` at `offset` of the upload, durably, as part of the transaction `tx`. */
  appendChunk(tx: SqlQueryable, uploadId: string, offset: number, bytes: Uint8Array): Promise<void>;
  /** The first `length` bytes the upload has received, in order (to hash them when no running hash is at hand). */
  uploadedBytes(tx: SqlQueryable, uploadId: string, length: number): Promise<Buffer>;
  /**
   * Makes a verified upload the blob of its hash, recording it in `blobs`. If the hash is already
   * stored (two people sent the same photo at once), this upload's bytes are a second copy and dropped.
   */
  keepAsBlob(tx: SqlQueryable, upload: UploadToKeep): Promise<void>;
  /**
   * Forgets what an upload received (its bytes did not match its hash, or it expired unfinished);
   * called in the transaction that deletes the upload's row.
   */
  discardUpload(tx: SqlQueryable, uploadId: string): Promise<void>;
  /** A stored blob's bytes, or null when no blob has that hash. Authorisation is the caller's. */
  read(sql: SqlQueryable, sha256: string): Promise<{ mediaType: string; bytes: Uint8Array } | null>;
}

export interface BlobRow {
  media_type: string;
  bytes: Uint8Array | null;
  upload_id: string | null;
  in_photo_store: boolean;
}

export async function blobRow(sql: SqlQueryable, sha256: string): Promise<BlobRow | null> {
  const [row] = await sql.query<BlobRow>('SELECT media_type, bytes, upload_id, in_photo_store FROM blobs WHERE sha256 = $1', [
    sha256,
  ]);
  return row ?? null;
}
