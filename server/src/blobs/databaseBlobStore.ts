/**
 * Photo bytes in PostgreSQL: each chunk is a row of blob_upload_chunks, written once as it arrives,
 * and the chunks of the completed upload that first delivered a hash are that blob's bytes
 * (blobs.upload_id). Blobs stored whole in blobs.bytes before migration 003 are still read.
 */
import type { SqlQueryable } from '../db/database';
import { blobRow, type BlobStore } from './blobStore';

async function chunksOf(sql: SqlQueryable, uploadId: string): Promise<Buffer> {
  const chunks = await sql.query<{ bytes: Uint8Array }>(
    'SELECT bytes FROM blob_upload_chunks WHERE upload_id = $1 ORDER BY chunk_offset',
    [uploadId],
  );
  return Buffer.concat(chunks.map((chunk) => chunk.bytes));
}

export const databaseBlobStore: BlobStore = {
  kind: 'database',

  async appendChunk(tx, uploadId, offset, bytes) {
    await tx.query('INSERT INTO blob_upload_chunks (upload_id, chunk_offset, bytes) VALUES ($1, $2, $3)', [uploadId, offset, bytes]);
  },

  async uploadedBytes(tx, uploadId, length) {
    return (await chunksOf(tx, uploadId)).subarray(0, length);
  },

  async keepAsBlob(tx, upload) {
    const inserted = await tx.query(
      `INSERT INTO blobs (sha256, size, media_type, upload_id) VALUES ($1, $2, $3, $4)
       ON CONFLICT (sha256) DO NOTHING RETURNING sha256`,
      [upload.sha256, upload.size, upload.media_type, upload.id],
    );
    if (inserted.length === 0) await tx.query('DELETE FROM blob_upload_chunks WHERE upload_id = $1', [upload.id]);
  },

  // The chunk rows go with the upload's row (ON DELETE CASCADE), which the caller deletes.
  discardUpload: async () => {},

  async read(sql, sha256) {
    const row = await blobRow(sql, sha256);
    if (!row) return null;
    if (row.bytes) return { mediaType: row.media_type, bytes: row.bytes };
    if (!row.upload_id) throw new Error(`Blob ${sha256} is in the photo directory, but this gateway has none (GATEWAY_PHOTO_DIR).`);
    return { mediaType: row.media_type, bytes: await chunksOf(sql, row.upload_id) };
  },
};
