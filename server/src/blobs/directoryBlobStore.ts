/**
 * Photo bytes as files in the gateway's photo directory (GATEWAY_PHOTO_DIR), written at disk speed
 * rather than through PostgreSQL's bytea. An upload in progress is `uploads/<upload id>.part`; once its
 * SHA-256 is verified it is renamed to `blobs/<first two hex digits>/<sha256>` and `blobs.in_photo_store`
 * records it. Every chunk is flushed to disk (fdatasync) before the database records its offset, so
 * the offset the gateway reports is always on disk; a chunk written but not recorded (a crash between
 * the two) is overwritten by the next chunk at the recorded offset. A file is renamed into place before
 * its row is written, so a row never names a missing file; a rename whose transaction then fails leaves a
 * file that the next upload of the same hash simply finds. Blobs stored in the database earlier are
 * still read from there.
 */
import { constants } from 'node:fs';
import { mkdir, open, readFile, rename, rm, stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { SqlQueryable } from '../db/database';
import { blobRow, type BlobStore } from './blobStore';
import { databaseBlobStore } from './databaseBlobStore';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const SHA256 = /^[0-9a-f]{64}$/;

function checked(value: string, pattern: RegExp, what: string): string {
  // Ids and hashes come from the database and validated requests; a path is built from nothing else.
  if (!pattern.test(value)) throw new Error(`Not a ${what}: ${JSON.stringify(value)}.`);
  return value;
}

async function syncDirectory(path: string): Promise<void> {
  const handle = await open(path, constants.O_RDONLY);
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

export async function directoryBlobStore(root: string): Promise<BlobStore> {
  const uploads = join(root, 'uploads');
  const blobs = join(root, 'blobs');
  await mkdir(uploads, { recursive: true, mode: 0o700 });
  await mkdir(blobs, { recursive: true, mode: 0o700 });
  const partPath = (uploadId: string) => join(uploads, `${checked(uploadId, UUID, 'upload id')}.part`);
  const blobPath = (sha256: string) => join(blobs, checked(sha256, SHA256, 'SHA-256').slice(0, 2), sha256);

  const exists = async (path: string) => (await stat(path).catch(() => null))?.isFile() ?? false;

  return {
    kind: 'directory',

    async appendChunk(_tx, uploadId, offset, bytes) {
      const handle = await open(partPath(uploadId), constants.O_WRONLY | constants.O_CREAT, 0o600);
      try {
        await handle.write(bytes, 0, bytes.byteLength, offset);
        await handle.truncate(offset + bytes.byteLength);
        await handle.datasync();
      } finally {
        await handle.close();
      }
      // A new file's name must be on disk too, or a crash could keep the offset and lose the file.
      if (offset === 0) await syncDirectory(uploads);
    },

    async uploadedBytes(_tx, uploadId, length) {
      const bytes = await readFile(partPath(uploadId)).catch(() => Buffer.alloc(0));
      return bytes.subarray(0, length);
    },

    async keepAsBlob(tx: SqlQueryable, upload) {
      const target = blobPath(upload.sha256);
      if (await exists(target)) await rm(partPath(upload.id), { force: true });
      else {
        await mkdir(dirname(target), { recursive: true, mode: 0o700 });
        await rename(partPath(upload.id), target);
        await syncDirectory(dirname(target));
      }
      await tx.query(
        `INSERT INTO blobs (sha256, size, media_type, in_photo_store) VALUES ($1, $2, $3, true)
         ON CONFLICT (sha256) DO NOTHING`,
        [upload.sha256, upload.size, upload.media_type],
      );
    },

    async discardUpload(_tx, uploadId) {
      await rm(partPath(uploadId), { force: true });
    },

    async read(sql, sha256) {
      const row = await blobRow(sql, sha256);
      if (!row) return null;
      if (!row.in_photo_store) return databaseBlobStore.read(sql, sha256);
      return { mediaType: row.media_type, bytes: await readFile(blobPath(sha256)) };
    },
  };
}
