/**
 * Object-level authorisation (SECURITY.md E6, OWASP API1 BOLA): user B, signed in and valid, tries
 * every endpoint with user A's inspection ids, upload ids and blob hashes, and gets 403 or 404 with
 * nothing of A's data in the answer.
 */
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UploadStateSchema } from '../../../shared/sync/blobProtocol';
import { publishContextPack } from '../../../server/src/admin/publishing';
import { aBlob, createUpload, patchChunk, uploadWhole } from './support/blobClient';
import {
  BACKENDS,
  DeviceLog,
  aPerson,
  anAssignedInspection,
  countRows,
  openTestDatabase,
  push,
  startGateway,
  type Person,
  type TestDatabase,
} from './support/gatewayHarness';

describe.each(BACKENDS)('object-level authorisation on %s', (backend) => {
  let db: TestDatabase;
  let app: FastifyInstance;
  let a: Person;
  let b: Person;
  let inspectionA: string;
  let uploadA: string;
  const blobA = aBlob(4_000);
  const secret = 'Batch B-2211 released before QP certification';

  beforeAll(async () => {
    db = await openTestDatabase(backend);
    app = await startGateway(db.sql);
    a = await aPerson(app, db.sql);
    b = await aPerson(app, db.sql);
    inspectionA = await anAssignedInspection(db.sql, [{ person: a }]);
    await anAssignedInspection(db.sql, [{ person: b }]);
    const log = new DeviceLog(a);
    const site = log.site(inspectionA);
    await push(app, a, [site, log.next({ inspectionId: inspectionA, entity: 'site', entityId: site.entityId, op: 'update', fields: { notes: secret } })]);
    await uploadWhole(app, a, inspectionA, blobA);
    uploadA = UploadStateSchema.parse((await createUpload(app, a, inspectionA, aBlob(1_000))).json()).uploadId;
    await publishContextPack(db.sql, inspectionA, { sites: [], products: [], previousFindings: [], notes: secret });
  });
  afterAll(async () => {
    await app.close();
    await db.drop();
  });

  it('B cannot pull A’s inspection', async () => {
    const all = await app.inject({ method: 'GET', url: '/api/v1/changes?since=0', headers: b.headers });
    expect(all.statusCode).toBe(200);
    expect(all.body).not.toContain(secret);
    const targeted = await app.inject({ method: 'GET', url: `/api/v1/changes?since=0&inspectionId=${inspectionA}`, headers: b.headers });
    expect(targeted.statusCode).toBe(403);
    expect(targeted.body).not.toContain(secret);
  });

  it('B cannot push to A’s inspection, even well-formed changes on B’s own device', async () => {
    const response = await push(app, b, [new DeviceLog(b).site(inspectionA)]);
    expect(response.statusCode).toBe(403);
    expect(response.json()).toMatchObject({ error: 'not-on-team' });
    expect(await countRows(db.sql, 'changes', 'device_id = $1', [b.deviceId])).toBe(0);
  });

  it('B cannot see A’s inspection in assignments or read its context pack', async () => {
    const assignments = await app.inject({ method: 'GET', url: '/api/v1/assignments', headers: b.headers });
    expect(assignments.body).not.toContain(inspectionA);
    const pack = await app.inject({ method: 'GET', url: `/api/v1/assignments/${inspectionA}/context-pack`, headers: b.headers });
    expect(pack.statusCode).toBe(404);
    expect(pack.body).not.toContain(secret);
    const own = await app.inject({ method: 'GET', url: `/api/v1/assignments/${inspectionA}/context-pack`, headers: a.headers });
    expect(own.json()).toMatchObject({ content: { notes: secret } });
  });

  it('B cannot start an upload into A’s inspection', async () => {
    const response = await createUpload(app, b, inspectionA, aBlob(100));
    expect(response.statusCode).toBe(403);
  });

  it('B cannot read, probe or append to A’s upload', async () => {
    const url = `/api/v1/blobs/uploads/${uploadA}`;
    expect((await app.inject({ method: 'GET', url, headers: b.headers })).statusCode).toBe(404);
    expect((await app.inject({ method: 'HEAD', url, headers: b.headers })).statusCode).toBe(404);
    expect((await patchChunk(app, b, uploadA, 0, Buffer.alloc(10))).statusCode).toBe(404);
    expect((await app.inject({ method: 'GET', url, headers: a.headers })).statusCode).toBe(200);
  });

  it('B cannot download A’s blob, and the answer is the same as for a blob that does not exist', async () => {
    const response = await app.inject({ method: 'GET', url: `/api/v1/blobs/${blobA.sha256}`, headers: b.headers });
    const missing = await app.inject({ method: 'GET', url: `/api/v1/blobs/${'0'.repeat(64)}`, headers: b.headers });
    expect(response.statusCode).toBe(404);
    expect(response.json()).toEqual(missing.json());
    expect((await app.inject({ method: 'GET', url: `/api/v1/blobs/${blobA.sha256}`, headers: a.headers })).statusCode).toBe(200);
  });

  it('A loses access when taken off the team', async () => {
    await db.sql.query('DELETE FROM team_members WHERE inspection_id = $1 AND user_id = $2', [inspectionA, a.userId]);
    try {
      expect((await app.inject({ method: 'GET', url: `/api/v1/blobs/${blobA.sha256}`, headers: a.headers })).statusCode).toBe(404);
      expect((await app.inject({ method: 'GET', url: `/api/v1/blobs/uploads/${uploadA}`, headers: a.headers })).statusCode).toBe(404);
      const pulled = await app.inject({ method: 'GET', url: '/api/v1/changes?since=0', headers: a.headers });
      expect(pulled.body).not.toContain(secret);
    } finally {
      await db.sql.query("INSERT INTO team_members (inspection_id, user_id, role) VALUES ($1, $2, 'inspector')", [inspectionA, a.userId]);
    }
  });
});
