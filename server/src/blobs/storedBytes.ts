/**
 * Where a blob's bytes are in the database (migration 003): the chunks of the completed upload that
 * first delivered its hash (blobs.upload_id), written once as they arrived; or, for blobs stored
 * before that migration, blobs.bytes. Authorisation is the caller's business: these functions answer
 * for any hash.
 */
import { createHash } from 'node:crypto';
import type { SqlQueryable } from '../db/database';

/** The bytes an upload has received so far, in order. */
export async function uploadedBytes(sql: SqlQueryable, uploadId: string): Promise<Buffer> {
  const chunks = await sql.query<{ bytes: Uint8Array }>(
    'SELECT bytes FROM blob_upload_chunks WHERE upload_id = $1 ORDER BY chunk_offset',
    [uploadId],
  );
  return Buffer.concat(chunks.map((chunk) => chunk.bytes));
}

export const sha256Hex = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

/**
 * Makes a verified upload the blob of its hash. If another upload got there first (two people sent
 * the same photo at once), this upload's chunks are a second copy and are dropped. True when this
 * upload's chunks are now the blob's bytes.
 */
export async function keepUploadAsBlob(
  tx: SqlQueryable,
  upload: { id: string; sha256: string; size: number; media_type: string },
): Promise<boolean> {
  const inserted = await tx.query(
    `INSERT INTO blobs (sha256, size, media_type, upload_id) VALUES ($1, $2, $3, $4)
     ON CONFLICT (sha256) DO NOTHING RETURNING sha256`,
    [upload.sha256, upload.size, upload.media_type, upload.id],
  );
  if (inserted.length > 0) return true;
  await tx.query('DELETE FROM blob_upload_chunks WHERE upload_id = $1', [upload.id]);
  return false;
}

/** A stored blob's bytes, or null when no blob has that hash. */
export async function storedBytes(
  sql: SqlQueryable,
  sha256: string,
): Promise<{ mediaType: string; bytes: Uint8Array } | null> {
  const [blob] = await sql.query<{ media_type: string; bytes: Uint8Array | null; upload_id: string | null }>(
    'SELECT media_type, bytes, upload_id FROM blobs WHERE sha256 = $1',
    [sha256],
  );
  if (!blob) return null;
  if (blob.bytes) return { mediaType: blob.media_type, bytes: blob.bytes };
  if (!blob.upload_id) throw new Error(`Blob ${sha256} has no bytes recorded.`);
  return { mediaType: blob.media_type, bytes: await uploadedBytes(sql, blob.upload_id) };
}
