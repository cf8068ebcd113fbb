/**
 * Resumable, SHA-256-verified blob uploads and team-checked downloads (protocol in
 * shared/sync/blobProtocol.ts; SECURITY.md E3, E6, C5). Uploads belong to the user who created them
 * and to one inspection; anyone else, or the same user after leaving the team, gets 404 for them,
 * the same answer as for an upload that does not exist. Each chunk is written once, to the gateway's
 * blob store (blobStore.ts: the database or a photo directory), and hashed as it arrives
 * (uploadDigests.ts); when the last byte arrives and the whole matches its SHA-256, those bytes become
 * the blob of that hash, stored once per hash.
 */
import { createHash, randomUUID, type Hash } from 'node:crypto';
import { API_PREFIX } from '../../../shared/sync/protocol';
import type { CreateUploadRequest, UploadState } from '../../../shared/sync/blobProtocol';
import type { SqlQueryable } from '../db/database';
import type { AuthContext, GatewayContext } from '../context';
import { conflict, forbidden, HttpError, notFound, tooLarge } from '../httpErrors';
import { hexDigestOf } from './uploadDigests';

interface UploadRow {
  id: string;
  inspection_id: string;
  sha256: string;
  size: number;
  media_type: string;
  received_bytes: number;
  completed_at: Date | null;
}

const UPLOAD_COLUMNS = 'u.id, u.inspection_id, u.sha256, u.size, u.media_type, u.received_bytes, u.completed_at';

export const uploadLocation = (uploadId: string) => `${API_PREFIX}/blobs/uploads/${uploadId}`;

function stateOf(row: UploadRow): UploadState {
  return {
    uploadId: row.id,
    sha256: row.sha256,
    size: row.size,
    offset: row.received_bytes,
    complete: row.completed_at !== null,
    location: uploadLocation(row.id),
  };
}

export async function createUpload(
  context: GatewayContext,
  auth: AuthContext,
  request: CreateUploadRequest,
): Promise<{ created: boolean; state: UploadState }> {
  if (auth.user.agencyRole === 'admin')
    throw forbidden('admin-cannot-edit', 'Administrators cannot add evidence to inspections (MHRA data integrity 6.16).');
  if (request.size > context.settings.maxBlobBytes)
    throw tooLarge('blob-too-large', `The file is ${request.size} bytes; the gateway takes files up to ${context.settings.maxBlobBytes} bytes.`);
  const now = context.now();
  return context.sql.transaction(async (tx) => {
    const onTeam = await tx.query('SELECT 1 FROM team_members WHERE user_id = $1 AND inspection_id = $2', [
      auth.user.id,
      request.inspectionId,
    ]);
    if (onTeam.length === 0) throw forbidden('not-on-team', `You are not on the team of inspection ${request.inspectionId}.`);
    const expired = await tx.query<{ id: string }>(
      'DELETE FROM blob_uploads WHERE expires_at < $1 AND completed_at IS NULL RETURNING id',
      [now],
    );
    for (const { id } of expired) await context.blobStore.discardUpload(tx, id);

    const alreadyVisible = await tx.query(
      `SELECT 1 FROM blob_refs r JOIN team_members t ON t.inspection_id = r.inspection_id AND t.user_id = $1
        WHERE r.sha256 = $2 LIMIT 1`,
      [auth.user.id, request.sha256],
    );
    if (alreadyVisible.length > 0) {
      // The user can already read this blob through another of their inspections: no need to send it again.
      await addReference(tx, request.inspectionId, request.sha256, auth.user.id);
      const row = await insertUpload(tx, context, auth, request, now, true);
      return { created: false, state: stateOf(row) };
    }
    const [pending] = await tx.query<UploadRow>(
      `SELECT ${UPLOAD_COLUMNS} FROM blob_uploads u
        WHERE u.user_id = $1 AND u.inspection_id = $2 AND u.sha256 = $3 AND u.size = $4 AND u.media_type = $5
          AND u.completed_at IS NULL
        ORDER BY u.created_at LIMIT 1`,
      [auth.user.id, request.inspectionId, request.sha256, request.size, request.mediaType],
    );
    if (pending) return { created: false, state: stateOf(pending) };
    return { created: true, state: stateOf(await insertUpload(tx, context, auth, request, now, false)) };
  });
}

async function insertUpload(
  tx: SqlQueryable,
  context: GatewayContext,
  auth: AuthContext,
  request: CreateUploadRequest,
  now: Date,
  complete: boolean,
): Promise<UploadRow> {
  const [row] = await tx.query<UploadRow>(
    `INSERT INTO blob_uploads AS u (id, user_id, inspection_id, sha256, size, media_type, received_bytes, created_at, expires_at, completed_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING ${UPLOAD_COLUMNS}`,
    [
      randomUUID(),
      auth.user.id,
      request.inspectionId,
      request.sha256,
      request.size,
      request.mediaType,
      complete ? request.size : 0,
      now,
      new Date(now.getTime() + context.settings.uploadTtlSeconds * 1000),
      complete ? now : null,
    ],
  );
  if (!row) throw new Error('The upload could not be recorded.');
  return row;
}

async function findUpload(tx: SqlQueryable, auth: AuthContext, uploadId: string, lock: boolean): Promise<UploadRow> {
  const [row] = await tx.query<UploadRow>(
    `SELECT ${UPLOAD_COLUMNS} FROM blob_uploads u
       JOIN team_members t ON t.inspection_id = u.inspection_id AND t.user_id = u.user_id
      WHERE u.id = $1 AND u.user_id = $2${lock ? ' FOR UPDATE OF u' : ''}`,
    [uploadId, auth.user.id],
  );
  if (!row) throw notFound('There is no such upload.');
  return row;
}

export async function getUpload(context: GatewayContext, auth: AuthContext, uploadId: string): Promise<UploadState> {
  return stateOf(await findUpload(context.sql, auth, uploadId, false));
}

export interface Chunk {
  offset: number;
  bytes: Uint8Array;
  /** Base64 SHA-256 of the chunk from `Upload-Checksum`, when the client sent one. */
  checksum: string | null;
}

export async function appendChunk(
  context: GatewayContext,
  auth: AuthContext,
  uploadId: string,
  chunk: Chunk,
): Promise<UploadState> {
  // The running hash including this chunk; remembered only once the chunk is committed.
  let running: Hash | null = null;
  const outcome = await context.sql.transaction(async (tx) => {
    const upload = await findUpload(tx, auth, uploadId, true);
    const offsetHeader = { 'upload-offset': String(upload.received_bytes) };
    if (upload.completed_at) {
      if (chunk.bytes.length === 0 && chunk.offset === upload.size) return { ok: true as const, state: stateOf(upload) };
      throw conflict('upload-complete', 'This upload is already complete.', offsetHeader);
    }
    if (chunk.offset !== upload.received_bytes)
      throw conflict(
        'offset-mismatch',
        `The gateway holds ${upload.received_bytes} bytes of this upload; send the chunk that starts there.`,
        offsetHeader,
      );
    if (chunk.offset + chunk.bytes.length > upload.size)
      throw tooLarge('beyond-declared-size', `The upload was declared as ${upload.size} bytes; this chunk goes past the end.`);
    const chunkHash = createHash('sha256').update(chunk.bytes);
    if (chunk.checksum !== null && chunkHash.copy().digest('base64') !== chunk.checksum)
      throw new HttpError(422, 'chunk-checksum-mismatch', 'The chunk does not match its Upload-Checksum; it was not stored. Send it again.', {
        headers: offsetHeader,
      });
    running = context.uploadDigests.extend(upload.id, chunk.offset, chunk.bytes, chunkHash);
    if (chunk.bytes.length > 0) {
      await context.blobStore.appendChunk(tx, upload.id, chunk.offset, chunk.bytes);
      upload.received_bytes += chunk.bytes.length;
      await tx.query('UPDATE blob_uploads SET received_bytes = $2 WHERE id = $1', [upload.id, upload.received_bytes]);
    }
    if (upload.received_bytes < upload.size) return { ok: true as const, state: stateOf(upload) };
    const actual = running
      ? hexDigestOf(running)
      : createHash('sha256')
          .update(await context.blobStore.uploadedBytes(tx, upload.id, upload.size))
          .digest('hex');
    return finishUpload(tx, context, auth, upload, actual);
  });
  if (outcome.ok && !outcome.state.complete) context.uploadDigests.remember(uploadId, outcome.state.offset, running);
  else context.uploadDigests.forget(uploadId);
  // Thrown after the transaction so that discarding a corrupt upload is committed.
  if (!outcome.ok) throw new HttpError(422, 'hash-mismatch', outcome.message);
  return outcome.state;
}

async function finishUpload(
  tx: SqlQueryable,
  context: GatewayContext,
  auth: AuthContext,
  upload: UploadRow,
  actualSha256: string,
) {
  if (actualSha256 !== upload.sha256) {
    await tx.query('DELETE FROM blob_uploads WHERE id = $1', [upload.id]);
    await context.blobStore.discardUpload(tx, upload.id);
    return {
      ok: false as const,
      message: `The uploaded bytes have SHA-256 ${actualSha256}, not ${upload.sha256}; the upload was discarded. Start a new upload.`,
    };
  }
  await context.blobStore.keepAsBlob(tx, upload);
  await addReference(tx, upload.inspection_id, upload.sha256, auth.user.id);
  const completedAt = context.now();
  await tx.query('UPDATE blob_uploads SET completed_at = $2 WHERE id = $1', [upload.id, completedAt]);
  return { ok: true as const, state: stateOf({ ...upload, completed_at: completedAt }) };
}

async function addReference(tx: SqlQueryable, inspectionId: string, sha256: string, userId: string): Promise<void> {
  await tx.query(
    'INSERT INTO blob_refs (inspection_id, sha256, added_by) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING',
    [inspectionId, sha256, userId],
  );
}

export interface StoredBlob {
  mediaType: string;
  bytes: Uint8Array;
}

/** The blob, if one of the user's inspections references it; otherwise 404, whether or not it exists. */
export async function readBlob(context: GatewayContext, auth: AuthContext, sha256: string): Promise<StoredBlob> {
  const visible = await context.sql.query(
    `SELECT 1 FROM blob_refs r JOIN team_members t ON t.inspection_id = r.inspection_id
      WHERE r.sha256 = $1 AND t.user_id = $2 LIMIT 1`,
    [sha256, auth.user.id],
  );
  const blob = visible.length > 0 ? await context.blobStore.read(context.sql, sha256) : null;
  if (!blob) throw notFound('There is no such file in your inspections.');
  return blob;
}
