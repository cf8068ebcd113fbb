/**
 * Resumable blob upload (SECURITY.md E3, C5, E8): resume from the gateway's offset after a
 * "reconnect", SHA-256 verified at the end (also when another gateway instance took the earlier
 * chunks), wrong bytes refused, each byte stored once and one copy per hash, chunk checksums, and size
 * limits with 413.
 */
import { createHash } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UploadStateSchema } from '../../../shared/sync/blobProtocol';
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { databaseBlobStore } from '../../../server/src/blobs/databaseBlobStore';
import { directoryBlobStore } from '../../../server/src/blobs/directoryBlobStore';
import type { BlobStore } from '../../../server/src/blobs/blobStore';
import { aBlob, createUpload, patchChunk, uploadWhole } from './support/blobClient';
import { BACKENDS, aPerson, anAssignedInspection, countRows, openTestDatabase, startGateway, type TestDatabase } from './support/gatewayHarness';

const STORES = ['database', 'directory'] as const;
const SETTINGS = { maxBlobBytes: 1024 * 1024, maxUploadChunkBytes: 256 * 1024 };

describe.each(BACKENDS.flatMap((backend) => STORES.map((store) => [backend, store] as const)))('blob uploads on %s, photos in the %s', (backend, storeKind) => {
  let db: TestDatabase;
  let app: FastifyInstance;
  let photoDirectory: string | null = null;
  let store: BlobStore;
  const aGateway = () => startGateway(db.sql, { settings: SETTINGS, photoDirectory });
  beforeAll(async () => {
    db = await openTestDatabase(backend);
    if (storeKind === 'directory') photoDirectory = await mkdtemp(join(tmpdir(), 'gateway-photos-'));
    store = photoDirectory ? await directoryBlobStore(photoDirectory) : databaseBlobStore;
    app = await aGateway();
  });
  afterAll(async () => {
    await app.close();
    await db.drop();
    if (photoDirectory) await rm(photoDirectory, { recursive: true, force: true });
  });

  /** How many bytes the store holds for an upload in progress or kept: chunk rows, or the upload's file. */
  async function bytesHeldFor(uploadId: string): Promise<number> {
    if (storeKind === 'database') {
      const [row] = await db.sql.query<{ total: number }>(
        'SELECT coalesce(sum(length(bytes)), 0)::int AS total FROM blob_upload_chunks WHERE upload_id = $1',
        [uploadId],
      );
      return row?.total ?? 0;
    }
    return (await store.uploadedBytes(db.sql, uploadId, Number.MAX_SAFE_INTEGER)).length;
  }

  async function anInspector() {
    const person = await aPerson(app, db.sql);
    return { person, inspectionId: await anAssignedInspection(db.sql, [{ person }]) };
  }

  it('resumes from the gateway’s offset: half, reconnect, ask, finish; then the blob downloads intact', async () => {
    const { person, inspectionId } = await anInspector();
    const blob = aBlob(300_000);
    const created = await createUpload(app, person, inspectionId, blob);
    expect(created.statusCode).toBe(201);
    const { uploadId, location } = UploadStateSchema.parse(created.json());
    expect(created.headers['location']).toBe(location);
    expect((await patchChunk(app, person, uploadId, 0, blob.bytes.subarray(0, 150_000))).statusCode).toBe(200);

    // "Reconnect": ask where the upload is, by HEAD and by creating it again.
    const head = await app.inject({ method: 'HEAD', url: location, headers: person.headers });
    expect(head.headers['upload-offset']).toBe('150000');
    expect(head.headers['upload-length']).toBe('300000');
    const again = UploadStateSchema.parse((await createUpload(app, person, inspectionId, blob)).json());
    expect(again).toMatchObject({ uploadId, offset: 150_000, complete: false });

    // A replayed first chunk is refused with the real offset, not stored twice.
    const replay = await patchChunk(app, person, uploadId, 0, blob.bytes.subarray(0, 150_000));
    expect(replay.statusCode).toBe(409);
    expect(replay.headers['upload-offset']).toBe('150000');

    const done = await patchChunk(app, person, uploadId, 150_000, blob.bytes.subarray(150_000));
    expect(UploadStateSchema.parse(done.json())).toMatchObject({ complete: true, offset: 300_000 });
    const download = await app.inject({ method: 'GET', url: `/api/v1/blobs/${blob.sha256}`, headers: person.headers });
    expect(download.statusCode).toBe(200);
    expect(download.headers['content-type']).toBe('image/jpeg');
    expect(createHash('sha256').update(download.rawPayload).digest('hex')).toBe(blob.sha256);
    // Written once: no copy in blobs.bytes; the bytes are where the store keeps them.
    const [kept] = await db.sql.query<{ bytes: Uint8Array | null; upload_id: string | null; in_photo_store: boolean }>(
      'SELECT bytes, upload_id, in_photo_store FROM blobs WHERE sha256 = $1',
      [blob.sha256],
    );
    expect(kept?.bytes).toBeNull();
    if (storeKind === 'database') {
      expect(kept).toMatchObject({ upload_id: uploadId, in_photo_store: false });
      expect(await countRows(db.sql, 'blob_upload_chunks', 'upload_id = $1', [uploadId])).toBe(2);
    } else {
      expect(kept).toMatchObject({ upload_id: null, in_photo_store: true });
      expect(await countRows(db.sql, 'blob_upload_chunks')).toBe(0);
      expect(await readdir(join(photoDirectory ?? '', 'blobs', blob.sha256.slice(0, 2)))).toContain(blob.sha256);
      expect(await readdir(join(photoDirectory ?? '', 'uploads'))).not.toContain(`${uploadId}.part`);
    }
  });

  it('verifies the whole hash when another gateway instance took the earlier chunks', async () => {
    const { person, inspectionId } = await anInspector();
    const other = await aGateway();
    try {
      const blob = aBlob(200_000);
      const { uploadId } = UploadStateSchema.parse((await createUpload(app, person, inspectionId, blob)).json());
      expect((await patchChunk(other, person, uploadId, 0, blob.bytes.subarray(0, 100_000))).statusCode).toBe(200);
      const done = await patchChunk(app, person, uploadId, 100_000, blob.bytes.subarray(100_000));
      expect(UploadStateSchema.parse(done.json())).toMatchObject({ complete: true, offset: 200_000 });

      const forged = aBlob(200_000);
      const wrong = Buffer.from(forged.bytes);
      wrong[150_000] = (wrong[150_000] ?? 0) ^ 0xff;
      const second = UploadStateSchema.parse((await createUpload(app, person, inspectionId, forged)).json());
      expect((await patchChunk(app, person, second.uploadId, 0, wrong.subarray(0, 100_000))).statusCode).toBe(200);
      const refused = await patchChunk(other, person, second.uploadId, 100_000, wrong.subarray(100_000));
      expect(refused.statusCode).toBe(422);
      expect(refused.json()).toMatchObject({ error: 'hash-mismatch' });
      expect(await countRows(db.sql, 'blobs', 'sha256 = $1', [forged.sha256])).toBe(0);
      expect(await bytesHeldFor(second.uploadId)).toBe(0);
    } finally {
      await other.close();
    }
  });

  it('after a gateway restart mid-upload, checks the hash of what the database holds', async () => {
    // The running hash is kept in memory only; a restarted gateway must hash the stored chunks. The
    // first chunk is altered in the database to show that it is those bytes that are checked.
    const { person, inspectionId } = await anInspector();
    const blob = aBlob(120_000);
    const { uploadId } = UploadStateSchema.parse((await createUpload(app, person, inspectionId, blob)).json());
    expect((await patchChunk(app, person, uploadId, 0, blob.bytes.subarray(0, 60_000))).statusCode).toBe(200);
    const tampered = Buffer.from(blob.bytes.subarray(0, 60_000));
    tampered[10] = (tampered[10] ?? 0) ^ 0xff;
    if (storeKind === 'database')
      await db.sql.query('UPDATE blob_upload_chunks SET bytes = $2 WHERE upload_id = $1 AND chunk_offset = 0', [uploadId, tampered]);
    else await writeFile(join(photoDirectory ?? '', 'uploads', `${uploadId}.part`), tampered);
    const restarted = await aGateway();
    try {
      const refused = await patchChunk(restarted, person, uploadId, 60_000, blob.bytes.subarray(60_000));
      expect(refused.statusCode).toBe(422);
      expect(refused.json()).toMatchObject({ error: 'hash-mismatch' });
    } finally {
      await restarted.close();
    }
  });

  it('still serves a blob stored whole in blobs.bytes before bytes were kept as chunks', async () => {
    const { person, inspectionId } = await anInspector();
    const blob = aBlob(3_000);
    await db.sql.query('INSERT INTO blobs (sha256, size, media_type, bytes) VALUES ($1, $2, $3, $4)', [
      blob.sha256,
      blob.bytes.length,
      'image/jpeg',
      blob.bytes,
    ]);
    await db.sql.query('INSERT INTO blob_refs (inspection_id, sha256, added_by) VALUES ($1, $2, $3)', [
      inspectionId,
      blob.sha256,
      person.userId,
    ]);
    const download = await app.inject({ method: 'GET', url: `/api/v1/blobs/${blob.sha256}`, headers: person.headers });
    expect(download.statusCode).toBe(200);
    expect(createHash('sha256').update(download.rawPayload).digest('hex')).toBe(blob.sha256);
  });

  it('refuses bytes that do not match the SHA-256, and discards that upload', async () => {
    const { person, inspectionId } = await anInspector();
    const blob = aBlob(10_000);
    const { uploadId } = UploadStateSchema.parse((await createUpload(app, person, inspectionId, blob)).json());
    const wrong = Buffer.from(blob.bytes);
    wrong[5_000] = (wrong[5_000] ?? 0) ^ 0xff;
    const response = await patchChunk(app, person, uploadId, 0, wrong);
    expect(response.statusCode).toBe(422);
    expect(response.json()).toMatchObject({ error: 'hash-mismatch' });
    expect(await countRows(db.sql, 'blobs', 'sha256 = $1', [blob.sha256])).toBe(0);
    expect((await app.inject({ method: 'GET', url: `/api/v1/blobs/uploads/${uploadId}`, headers: person.headers })).statusCode).toBe(404);
    // Starting again with the right bytes works.
    expect((await uploadWhole(app, person, inspectionId, blob)).complete).toBe(true);
  });

  it('refuses a corrupted chunk by its Upload-Checksum without losing the upload', async () => {
    const { person, inspectionId } = await anInspector();
    const blob = aBlob(20_000);
    const { uploadId } = UploadStateSchema.parse((await createUpload(app, person, inspectionId, blob)).json());
    const chunk = blob.bytes.subarray(0, 10_000);
    const checksum = `sha256 ${createHash('sha256').update(chunk).digest('base64')}`;
    const corrupted = Buffer.from(chunk);
    corrupted[1] = (corrupted[1] ?? 0) ^ 1;
    const bad = await patchChunk(app, person, uploadId, 0, corrupted, { 'upload-checksum': checksum });
    expect(bad.statusCode).toBe(422);
    expect(bad.json()).toMatchObject({ error: 'chunk-checksum-mismatch' });
    expect((await patchChunk(app, person, uploadId, 0, chunk, { 'upload-checksum': checksum })).statusCode).toBe(200);
  });

  it('stores one copy per hash; a second inspection of the same user needs no second upload', async () => {
    const { person, inspectionId } = await anInspector();
    const second = await anAssignedInspection(db.sql, [{ person }]);
    const blob = aBlob(5_000);
    await uploadWhole(app, person, inspectionId, blob);
    const instant = await createUpload(app, person, second, blob);
    expect(instant.statusCode).toBe(200);
    expect(UploadStateSchema.parse(instant.json())).toMatchObject({ complete: true, offset: 5_000 });

    // Someone else who only knows the hash must still send the bytes (knowing a hash is not having the photo).
    const other = await anInspector();
    const theirs = UploadStateSchema.parse((await createUpload(app, other.person, other.inspectionId, blob)).json());
    expect(theirs).toMatchObject({ complete: false, offset: 0 });
    await uploadWhole(app, other.person, other.inspectionId, blob);
    expect(await countRows(db.sql, 'blobs', 'sha256 = $1', [blob.sha256])).toBe(1);
    expect(await countRows(db.sql, 'blob_refs', 'sha256 = $1', [blob.sha256])).toBe(3);
    // The second sender's bytes were a second copy of stored bytes: dropped, and the blob reads whole.
    const uploads = await db.sql.query<{ id: string }>('SELECT id FROM blob_uploads WHERE sha256 = $1', [blob.sha256]);
    let held = 0;
    for (const upload of uploads) held += await bytesHeldFor(upload.id);
    expect(held).toBe(storeKind === 'database' ? 5_000 : 0);
    const stored = await store.read(db.sql, blob.sha256);
    expect(createHash('sha256').update(stored?.bytes ?? new Uint8Array()).digest('hex')).toBe(blob.sha256);
  });

  it('answers 413 for a blob over the limit, a chunk over the limit, and bytes past the declared size', async () => {
    const { person, inspectionId } = await anInspector();
    const big = aBlob(16);
    const tooBig = await createUpload(app, person, inspectionId, big, 1024 * 1024 + 1);
    expect(tooBig.statusCode).toBe(413);
    expect(tooBig.json()).toMatchObject({ error: 'blob-too-large' });

    const blob = aBlob(600_000);
    const { uploadId } = UploadStateSchema.parse((await createUpload(app, person, inspectionId, blob)).json());
    expect((await patchChunk(app, person, uploadId, 0, blob.bytes.subarray(0, 300_000))).statusCode).toBe(413);
    const small = aBlob(100);
    const { uploadId: smallId } = UploadStateSchema.parse((await createUpload(app, person, inspectionId, small)).json());
    expect((await patchChunk(app, person, smallId, 0, Buffer.concat([small.bytes, Buffer.from('x')]))).statusCode).toBe(413);
  });

  it('refuses PATCH without the upload content type or offset', async () => {
    const { person, inspectionId } = await anInspector();
    const blob = aBlob(100);
    const { uploadId } = UploadStateSchema.parse((await createUpload(app, person, inspectionId, blob)).json());
    const asJson = await app.inject({ method: 'PATCH', url: `/api/v1/blobs/uploads/${uploadId}`, headers: { ...person.headers, 'upload-offset': '0' }, payload: { a: 1 } });
    expect(asJson.statusCode).toBe(415);
    const noOffset = await app.inject({
      method: 'PATCH',
      url: `/api/v1/blobs/uploads/${uploadId}`,
      headers: { ...person.headers, 'content-type': 'application/offset+octet-stream' },
      payload: blob.bytes,
    });
    expect(noOffset.statusCode).toBe(400);
  });
});

describe.each(BACKENDS)('the photo directory on %s', (backend) => {
  let db: TestDatabase;
  let photoDirectory: string;
  let app: FastifyInstance;
  const aGateway = () => startGateway(db.sql, { settings: SETTINGS, photoDirectory });
  beforeAll(async () => {
    db = await openTestDatabase(backend);
    photoDirectory = await mkdtemp(join(tmpdir(), 'gateway-photos-'));
    app = await aGateway();
  });
  afterAll(async () => {
    await app.close();
    await db.drop();
    await rm(photoDirectory, { recursive: true, force: true });
  });

  it('overwrites bytes a crash left past the recorded offset (written to disk, never recorded)', async () => {
    const person = await aPerson(app, db.sql);
    const inspectionId = await anAssignedInspection(db.sql, [{ person }]);
    const blob = aBlob(90_000);
    const { uploadId } = UploadStateSchema.parse((await createUpload(app, person, inspectionId, blob)).json());
    expect((await patchChunk(app, person, uploadId, 0, blob.bytes.subarray(0, 30_000))).statusCode).toBe(200);
    // The file holds a chunk the database never recorded: garbage from 30,000 to 70,000.
    const part = join(photoDirectory, 'uploads', `${uploadId}.part`);
    await writeFile(part, Buffer.concat([blob.bytes.subarray(0, 30_000), Buffer.alloc(40_000, 7)]));
    const restarted = await aGateway();
    try {
      const done = await patchChunk(restarted, person, uploadId, 30_000, blob.bytes.subarray(30_000));
      expect(UploadStateSchema.parse(done.json())).toMatchObject({ complete: true, offset: 90_000 });
    } finally {
      await restarted.close();
    }
    const download = await app.inject({ method: 'GET', url: `/api/v1/blobs/${blob.sha256}`, headers: person.headers });
    expect(createHash('sha256').update(download.rawPayload).digest('hex')).toBe(blob.sha256);
  });

  it('serves photos stored in the database before the gateway was given a photo directory', async () => {
    const person = await aPerson(app, db.sql);
    const inspectionId = await anAssignedInspection(db.sql, [{ person }]);
    const blob = aBlob(70_000);
    const before = await startGateway(db.sql, { settings: SETTINGS });
    try {
      await uploadWhole(before, person, inspectionId, blob);
    } finally {
      await before.close();
    }
    const download = await app.inject({ method: 'GET', url: `/api/v1/blobs/${blob.sha256}`, headers: person.headers });
    expect(download.statusCode).toBe(200);
    expect(createHash('sha256').update(download.rawPayload).digest('hex')).toBe(blob.sha256);
  });
});
