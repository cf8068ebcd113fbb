/**
 * Statelessness: two gateway instances on one database serve one client interchangeably (a token from
 * one works on the other, a push through one is pulled through the other), and a gateway restarted in
 * the middle of a sync loses nothing: sessions, chain heads and half-finished uploads are all in the
 * database.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UploadStateSchema } from '../../../shared/sync/blobProtocol';
import { PullResponseSchema, PushResponseSchema } from '../../../shared/sync/protocol';
import { connectPostgres } from '../../../server/src/db/database';
import { aBlob, createUpload, patchChunk } from './support/blobClient';
import {
  BACKENDS,
  DeviceLog,
  aPerson,
  anAssignedInspection,
  openRestartableDatabase,
  openTestDatabase,
  push,
  startGateway,
  type TestDatabase,
} from './support/gatewayHarness';

describe.each(BACKENDS)('gateway instances on %s', (backend) => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await openTestDatabase(backend);
  });
  afterAll(async () => {
    await db.drop();
  });

  it('serves one client from two instances: push through one, pull and refresh through the other', async () => {
    // PGlite is one connection in one process, so its two instances share it; on PostgreSQL each has its own pool.
    const secondSql = db.url ? connectPostgres(db.url) : db.sql;
    const one = await startGateway(db.sql);
    const two = await startGateway(secondSql);
    try {
      const lead = await aPerson(one, db.sql, 'lead-inspector');
      const colleague = await aPerson(two, db.sql);
      const inspectionId = await anAssignedInspection(db.sql, [{ person: lead, role: 'lead' }, { person: colleague }]);
      const log = new DeviceLog(lead);
      expect(PushResponseSchema.parse((await push(one, lead, log.sites(inspectionId, 3))).json()).accepted).toHaveLength(3);
      expect(PushResponseSchema.parse((await push(two, lead, log.sites(inspectionId, 2))).json()).accepted).toHaveLength(2);
      const pulled = await two.inject({ method: 'GET', url: '/api/v1/changes?since=0', headers: colleague.headers });
      expect(PullResponseSchema.parse(pulled.json()).changes.map((change) => change.id)).toEqual(log.changes.map((change) => change.id));
      const refreshed = await two.inject({ method: 'POST', url: '/api/v1/sessions/refresh', payload: { refreshToken: lead.session.refreshToken } });
      expect(refreshed.statusCode).toBe(200);
      const reused = await one.inject({ method: 'POST', url: '/api/v1/sessions/refresh', payload: { refreshToken: lead.session.refreshToken } });
      expect(reused.statusCode).toBe(401);
    } finally {
      await one.close();
      await two.close();
      if (secondSql !== db.sql) await secondSql.close();
    }
  });

  it('loses nothing when the gateway restarts mid-sequence', async () => {
    const store = await openRestartableDatabase(backend);
    try {
      let sql = await store.open();
      let app = await startGateway(sql);
      const person = await aPerson(app, sql);
      const inspectionId = await anAssignedInspection(sql, [{ person }]);
      const log = new DeviceLog(person);
      await push(app, person, log.sites(inspectionId, 4));
      const blob = aBlob(50_000);
      const { uploadId } = UploadStateSchema.parse((await createUpload(app, person, inspectionId, blob)).json());
      await patchChunk(app, person, uploadId, 0, blob.bytes.subarray(0, 20_000));

      await app.close();
      await sql.close();
      sql = await store.open();
      app = await startGateway(sql);
      try {
        // The same access token still works: the signing key and the session are in the database.
        const next = PushResponseSchema.parse((await push(app, person, log.sites(inspectionId, 3))).json());
        expect(next.accepted).toHaveLength(3);
        expect(next.heads).toEqual([{ device: person.deviceId, seq: 7, hash: log.head }]);
        const state = UploadStateSchema.parse(
          (await app.inject({ method: 'GET', url: `/api/v1/blobs/uploads/${uploadId}`, headers: person.headers })).json(),
        );
        expect(state.offset).toBe(20_000);
        const done = await patchChunk(app, person, uploadId, 20_000, blob.bytes.subarray(20_000));
        expect(UploadStateSchema.parse(done.json()).complete).toBe(true);
        const pulled = PullResponseSchema.parse((await app.inject({ method: 'GET', url: '/api/v1/changes?since=0', headers: person.headers })).json());
        expect(pulled.changes).toHaveLength(7);
      } finally {
        await app.close();
        await sql.close();
      }
    } finally {
      await store.drop();
    }
  });
});
