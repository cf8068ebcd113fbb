/**
 * The app's sync engine against network faults and a restarting gateway (SECURITY.md E1, E3, E4 and
 * fault tests 4 and 5), on PostgreSQL and PGlite. Unlike faults.test.ts, which retries raw HTTP by
 * hand, here the real SyncEngine talks to a real gateway through the loopback fault proxy and decides
 * for itself what to resend: a push cut at 10%, 50% and 99% of its bytes, a push whose answer is lost
 * (three times), a photo upload cut at 10%, 50% and 99% (it must resume from the gateway's offset,
 * not start again), and a gateway that restarts or goes down between two push batches. Every time,
 * after the engine's next passes, each change is on the gateway exactly once and nothing is unsent.
 */
import { createHash, randomBytes } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { v7 as uuidv7 } from 'uuid';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UPLOAD_OFFSET_HEADER } from '../../../../shared/sync/blobProtocol';
import { SYNC_LIMITS } from '../../../../shared/sync/protocol';
import { assignUser, createUser } from '../../../../server/src/admin/accounts';
import { databaseBlobStore } from '../../../../server/src/blobs/databaseBlobStore';
import type { Sql } from '../../../../server/src/db/database';
import type { FetchLike } from '../../../../renderer/src/sync/gatewayClient';
import { countUnsent } from '../../../../renderer/src/sync/pushOutbox';
import type { SyncEngineOptions } from '../../../../renderer/src/sync/syncEngine';
import { aFinding, aPhotoRecord } from '../../../support/domainFactories';
import { startFaultProxy, type FaultProxy } from '../../../support/faultProxy';
import {
  BACKENDS,
  TEST_ARGON2,
  countRows,
  openRestartableDatabase,
  listenOnLoopback,
  openTestDatabase,
  startGateway,
  type Backend,
  type TestDatabase,
} from '../support/gatewayHarness';
import { aWorkbench, type Workbench } from '../support/workbenchClient';

const FRACTIONS = [0.1, 0.5, 0.99] as const;
const CHUNK_BYTES = 64 * 1024;
const PHOTO_BYTES = 1_000_000;

/** One request as it left the engine, with how many bytes it took on the wire (headers and body). */
interface SentRequest {
  method: string;
  path: string;
  body: string | null;
  bodyBytes: number;
  wireBytes: number;
  failed: boolean;
}

const isPush = (request: Pick<SentRequest, 'method' | 'path'>) =>
  request.method === 'POST' && request.path.endsWith('/changes');
const isChunk = (request: Pick<SentRequest, 'method' | 'path'>) =>
  request.method === 'PATCH' && request.path.includes('/blobs/uploads/');

/**
 * The engine's fetch, metered against the proxy's byte count, with a hook that runs just before each
 * request so a test can arm a fault for exactly that request (earlier requests of the same pass, such
 * as GET /assignments, must not count towards the cut).
 */
class MeteredLink {
  readonly sent: SentRequest[] = [];
  beforeRequest: ((request: SentRequest, earlier: readonly SentRequest[]) => void) | null = null;

  constructor(private readonly proxy: FaultProxy) {}

  readonly fetch: FetchLike = async (input, init) => {
    const body = typeof init.body === 'string' ? init.body : null;
    const bodyBytes =
      body !== null ? Buffer.byteLength(body) : init.body instanceof Uint8Array ? init.body.byteLength : 0;
    const request: SentRequest = {
      method: init.method ?? 'GET',
      path: new URL(input).pathname,
      body,
      bodyBytes,
      wireBytes: 0,
      failed: false,
    };
    this.beforeRequest?.(request, [...this.sent]);
    this.sent.push(request);
    const before = this.proxy.stats.bytesToServer;
    try {
      const response = await fetch(input, init);
      // The gateway answers only after reading the whole body, so by now every byte has been counted.
      request.wireBytes = this.proxy.stats.bytesToServer - before;
      return response;
    } catch (error) {
      request.failed = true;
      throw error;
    }
  };

  /** Header bytes of a request like `kind`, measured from one that went through whole. */
  headerBytes(kind: (request: SentRequest) => boolean): number {
    const whole = this.sent.find((request) => kind(request) && !request.failed && request.wireBytes > 0);
    if (!whole) throw new Error('No whole request of that kind to measure yet.');
    return whole.wireBytes - whole.bodyBytes;
  }
}

function pushedIds(request: SentRequest): string[] {
  const parsed = JSON.parse(request.body ?? '{}') as { changes?: { id: string }[] };
  return (parsed.changes ?? []).map((change) => change.id);
}

/** A photo-sized blob that starts like a JPEG (the bytes need not decode: only their hash matters). */
function aJpegBlob(size: number): { bytes: Uint8Array; sha256: string } {
  const bytes = new Uint8Array(randomBytes(size));
  bytes.set([0xff, 0xd8, 0xff, 0xe0], 0);
  bytes.set([0xff, 0xd9], size - 2);
  return { bytes, sha256: createHash('sha256').update(bytes).digest('hex') };
}

let accounts = 0;

/** A new account on a new inspection, and a workbench that recorded the inspection offline and then signed in. */
async function aSignedInWorkbench(sql: Sql, url: string, fetchImpl: FetchLike, options: SyncEngineOptions = {}) {
  accounts += 1;
  const username = `faults${accounts}.${uuidv7().slice(-8)}`;
  const password = `a long enough password ${accounts}`;
  await createUser(
    sql,
    { username, name: `Inspector ${accounts}`, initials: 'IN', role: 'lead-inspector', password },
    TEST_ARGON2,
  );
  const inspectionId = uuidv7();
  await assignUser(sql, { inspectionId, reference: 'INS-FAULT-0001', username, role: 'lead' });
  const workbench = await aWorkbench('Robin', fetchImpl, options);
  await workbench.createInspection(inspectionId, 'INS-FAULT-0001');
  const status = await workbench.engine.signIn(url, username, password);
  expect(status.message).toBeNull();
  expect(status.state).toBe('idle');
  return { workbench, inspectionId };
}

/** `count` findings recorded offline in one save. */
async function recordFindings(workbench: Workbench, inspectionId: string, count: number): Promise<void> {
  await workbench.commit({
    intents: Array.from({ length: count }, (_, index) => ({
      op: 'create' as const,
      entity: 'finding' as const,
      fields: aFinding(inspectionId, {
        reference: `GMP-FLT-${String(index + 1).padStart(4, '0')}`,
        statement: `Observation ${index + 1}.`,
      }),
    })),
  });
}

/** Every change this laptop recorded is on the gateway exactly once, and none is waiting to be sent. */
async function expectAllOnGatewayOnce(sql: Sql, workbench: Workbench): Promise<void> {
  const deviceId = workbench.profile.device.id;
  expect(await countUnsent(workbench.store, deviceId)).toBe(0);
  const local = (await workbench.store.db.changes.toArray())
    .filter((row) => row.device === deviceId)
    .map((row) => row.id);
  const onGateway = await sql.query<{ id: string }>('SELECT id FROM changes WHERE device_id = $1', [deviceId]);
  expect(onGateway).toHaveLength(local.length);
  expect(new Set(onGateway.map((row) => row.id))).toEqual(new Set(local));
}

describe.each(BACKENDS)('the sync engine through a faulty network on %s', (backend) => {
  let db: TestDatabase;
  let app: FastifyInstance;
  let proxy: FaultProxy;
  beforeAll(async () => {
    db = await openTestDatabase(backend);
    app = await startGateway(db.sql);
    proxy = await startFaultProxy(await listenOnLoopback(app));
  });
  afterAll(async () => {
    await proxy.close();
    await app.close();
    await db.drop();
  });

  it.each(FRACTIONS)('sends every change exactly once when a push is cut at %s of its bytes', async (fraction) => {
    const link = new MeteredLink(proxy);
    const { workbench, inspectionId } = await aSignedInWorkbench(db.sql, proxy.url, link.fetch);
    const deviceId = workbench.profile.device.id;
    // What signing in sent: the profile made offline and the inspection.
    const before = await countRows(db.sql, 'changes', 'device_id = $1', [deviceId]);
    await recordFindings(workbench, inspectionId, 45);
    link.beforeRequest = (request) => {
      if (!isPush(request)) return;
      link.beforeRequest = null;
      // The sign-in pass pushed the profile and inspection through whole: its header size calibrates the cut.
      proxy.cutRequestAfter((link.headerBytes(isPush) + request.bodyBytes) * fraction);
    };

    const cut = await workbench.engine.syncNow();
    expect(proxy.fired).toBe(true);
    expect(cut.state).toBe('offline');
    // A cut request is never half-applied, and the laptop still holds the whole batch as unsent.
    expect(await countRows(db.sql, 'changes', 'device_id = $1', [deviceId])).toBe(before);
    expect(await countUnsent(workbench.store, deviceId)).toBe(45);

    expect((await workbench.engine.syncNow()).state).toBe('idle');
    await expectAllOnGatewayOnce(db.sql, workbench);
    expect(await countRows(db.sql, 'changes', 'device_id = $1', [deviceId])).toBe(before + 45);
  });

  it('sends every change exactly once when the gateway’s answer to a push is lost three times', async () => {
    const link = new MeteredLink(proxy);
    const { workbench, inspectionId } = await aSignedInWorkbench(db.sql, proxy.url, link.fetch);
    const deviceId = workbench.profile.device.id;
    const before = await countRows(db.sql, 'changes', 'device_id = $1', [deviceId]);
    await recordFindings(workbench, inspectionId, 45);
    link.beforeRequest = (request) => {
      if (isPush(request)) proxy.dropNextResponse();
    };

    for (let attempt = 1; attempt <= 3; attempt += 1) {
      expect((await workbench.engine.syncNow()).state).toBe('offline');
      expect(proxy.fired).toBe(true);
      // The gateway took the batch the first time; without its word the laptop keeps it queued (E4).
      expect(await countRows(db.sql, 'changes', 'device_id = $1', [deviceId])).toBe(before + 45);
      expect(await countUnsent(workbench.store, deviceId)).toBe(45);
    }
    link.beforeRequest = null;
    expect((await workbench.engine.syncNow()).state).toBe('idle');
    await expectAllOnGatewayOnce(db.sql, workbench);

    // Every retry sent the very same changes, and the gateway still holds each once.
    const [firstPush, ...retries] = link.sent.filter(isPush).slice(1);
    expect(retries).toHaveLength(3);
    expect(firstPush && pushedIds(firstPush)).toHaveLength(45);
    for (const retry of retries) expect(pushedIds(retry)).toEqual(firstPush && pushedIds(firstPush));
    expect(await countRows(db.sql, 'changes', 'device_id = $1', [deviceId])).toBe(before + 45);
  });

  /** A signed-in workbench (through the metered proxy, small chunks) with one photo recorded and not yet sent. */
  async function aPhotoWaitingToUpload() {
    const link = new MeteredLink(proxy);
    const { workbench, inspectionId } = await aSignedInWorkbench(db.sql, proxy.url, link.fetch, {
      chunkBytes: CHUNK_BYTES,
    });
    const blob = aJpegBlob(PHOTO_BYTES);
    const photo = aPhotoRecord(inspectionId, { sha256: blob.sha256, byteSize: PHOTO_BYTES, mediaType: 'image/jpeg' });
    await workbench.commit({
      intents: [{ op: 'create', entity: 'photo', fields: photo }],
      blobs: [{ sha256: blob.sha256, mediaType: 'image/jpeg', bytes: blob.bytes }],
    });
    return { link, workbench, inspectionId, blob };
  }

  /** The gateway holds every byte of the photo, and they hash to its SHA-256. */
  async function expectStoredWhole(sha256: string) {
    const stored = await databaseBlobStore.read(db.sql, sha256);
    expect(stored?.bytes.length).toBe(PHOTO_BYTES);
    expect(createHash('sha256').update(stored?.bytes ?? new Uint8Array()).digest('hex')).toBe(sha256);
  }

  it.each(FRACTIONS)('resumes a photo upload cut at %s of its bytes from the gateway’s offset', async (fraction) => {
    const { link, workbench, inspectionId, blob } = await aPhotoWaitingToUpload();
    const chunks = Math.ceil(PHOTO_BYTES / CHUNK_BYTES);
    link.beforeRequest = (request, earlier) => {
      const first = earlier.find(isChunk);
      if (!isChunk(request) || !first) return;
      link.beforeRequest = null;
      // Armed at the second chunk, once the first has shown what a chunk's headers cost on the wire.
      const uploadBytes = PHOTO_BYTES + chunks * (first.wireBytes - first.bodyBytes);
      proxy.cutRequestAfter(uploadBytes * fraction - first.wireBytes);
    };

    expect((await workbench.engine.syncNow()).state).toBe('offline');
    expect(proxy.fired).toBe(true);
    const failedAt = link.sent.findIndex((request) => request.failed);
    expect(workbench.requests).toHaveLength(link.sent.length);
    const failed = workbench.requests[failedAt];
    expect(failed?.method).toBe('PATCH');
    const cutOffset = Number(failed?.headers[UPLOAD_OFFSET_HEADER]);
    expect(cutOffset).toBeGreaterThan(0);
    // The cut chunk is the one holding the fraction of the photo (give or take the headers).
    expect(Math.abs(cutOffset - Math.floor((PHOTO_BYTES * fraction) / CHUNK_BYTES) * CHUNK_BYTES)).toBeLessThanOrEqual(
      CHUNK_BYTES,
    );

    const status = await workbench.engine.syncNow();
    expect(status.message).toBeNull();
    expect(status.state).toBe('idle');

    // Resumed, not restarted: no new upload, and the chunks after the cut start where the gateway stopped.
    const after = workbench.requests.slice(failedAt + 1);
    expect(after.filter((request) => request.method === 'POST' && request.url.endsWith('/blobs/uploads'))).toEqual([]);
    const resumed = after.filter((request) => request.method === 'PATCH');
    expect(resumed.map((request) => Number(request.headers[UPLOAD_OFFSET_HEADER]))).toEqual(
      Array.from({ length: chunks - cutOffset / CHUNK_BYTES }, (_, index) => cutOffset + index * CHUNK_BYTES),
    );
    expect(resumed.reduce((sum, request) => sum + request.bytes, 0)).toBe(PHOTO_BYTES - cutOffset);

    // One stored blob, whose bytes hash to the original's SHA-256, from one upload.
    expect(await countRows(db.sql, 'blobs', 'sha256 = $1', [blob.sha256])).toBe(1);
    await expectStoredWhole(blob.sha256);
    expect(await countRows(db.sql, 'blob_uploads', 'sha256 = $1', [blob.sha256])).toBe(1);
    const transfer = await workbench.store.db.blobTransfers.get(`upload:${inspectionId}:${blob.sha256}`);
    expect(transfer?.state).toBe('verified');
    await expectAllOnGatewayOnce(db.sql, workbench);
  });

  it('resumes a photo upload after the app was quit halfway, from the offset the gateway reports', async () => {
    const { link, workbench, inspectionId, blob } = await aPhotoWaitingToUpload();
    // The connection drops half way through the photo; then the app is quit and started again.
    link.beforeRequest = (request, earlier) => {
      if (!isChunk(request) || earlier.filter(isChunk).length < Math.floor(PHOTO_BYTES / CHUNK_BYTES / 2)) return;
      link.beforeRequest = null;
      proxy.cutRequestAfter(request.bodyBytes / 2);
    };
    expect((await workbench.engine.syncNow()).state).toBe('offline');
    const held = await db.sql.query<{ received_bytes: number | string }>(
      'SELECT received_bytes FROM blob_uploads WHERE sha256 = $1',
      [blob.sha256],
    );
    const gatewayOffset = Number(held[0]?.received_bytes);
    expect(gatewayOffset).toBeGreaterThan(0);

    const requestsBeforeRestart = workbench.requests.length;
    await workbench.restartApp();
    expect((await workbench.engine.syncNow()).state).toBe('idle');
    const after = workbench.requests.slice(requestsBeforeRestart);
    // The restarted app asked the gateway where the upload stood and continued from there.
    expect(after.filter((request) => request.method === 'POST' && request.url.endsWith('/blobs/uploads'))).toEqual([]);
    const firstChunk = after.find((request) => request.method === 'PATCH');
    expect(Number(firstChunk?.headers[UPLOAD_OFFSET_HEADER])).toBe(gatewayOffset);
    const transfer = await workbench.store.db.blobTransfers.get(`upload:${inspectionId}:${blob.sha256}`);
    expect(transfer?.state).toBe('verified');
    await expectStoredWhole(blob.sha256);
  });
});

/** A gateway on a database that survives it, listening on one port across restarts. */
async function aRestartableGateway(backend: Backend) {
  const database = await openRestartableDatabase(backend);
  let sql = await database.open();
  let app = await startGateway(sql);
  const port = await listenOnLoopback(app);
  let up = true;
  const stop = async () => {
    up = false;
    await app.close();
    await sql.close();
  };
  const start = async () => {
    sql = await database.open();
    app = await startGateway(sql);
    await app.listen({ port, host: '127.0.0.1' });
    up = true;
  };
  return {
    url: `http://127.0.0.1:${port}`,
    sql: () => sql,
    stop,
    start,
    restart: async () => {
      await stop();
      await start();
    },
    async dispose() {
      if (up) await stop();
      await database.drop();
    },
  };
}

/** Where in a 1,200-change sync (three push batches) the gateway goes away. */
const RESTARTS = [
  { when: 'restarts between two batches', engineSees: 'nothing' },
  { when: 'restarts after storing a batch, before answering', engineSees: 'a lost answer' },
  { when: 'goes down between two batches and comes back later', engineSees: 'a refused connection' },
] as const;

// 1,200 changes recorded, pushed in three batches and pulled back take 15-45 s on PGlite on a busy
// two-core machine: more than the project's default test timeout, which is not meant for these.
const RESTART_TEST_TIMEOUT_MS = 240_000;

describe.each(BACKENDS)('the sync engine and a restarting gateway on %s', (backend) => {
  it.each(RESTARTS)(
    'loses nothing when the gateway $when (the engine sees $engineSees)',
    { timeout: RESTART_TEST_TIMEOUT_MS },
    async ({ when }) => {
      const gateway = await aRestartableGateway(backend);
      try {
        let pushes = 0;
        let restarted = false;
        const restarting: FetchLike = async (input, init) => {
          if (!isPush({ method: init.method ?? 'GET', path: new URL(input).pathname })) return fetch(input, init);
          pushes += 1;
          // The sign-in pass pushes the profile and the inspection; the big sync's batches are pushes 2, 3 and 4.
          if (restarted || pushes < 2) return fetch(input, init);
          if (when === 'restarts between two batches') {
            const response = await fetch(input, init);
            const answer = new Response(await response.arrayBuffer(), {
              status: response.status,
              headers: response.headers,
            });
            restarted = true;
            await gateway.restart();
            return answer;
          }
          if (when === 'restarts after storing a batch, before answering') {
            if (pushes < 3) return fetch(input, init);
            const response = await fetch(input, init);
            await response.arrayBuffer();
            restarted = true;
            await gateway.restart();
            throw new TypeError('fetch failed: the gateway went away before its answer was sent');
          }
          const response = await fetch(input, init);
          const answer = new Response(await response.arrayBuffer(), {
            status: response.status,
            headers: response.headers,
          });
          restarted = true;
          await gateway.stop();
          return answer;
        };
        const { workbench, inspectionId } = await aSignedInWorkbench(gateway.sql(), gateway.url, restarting);
        const deviceId = workbench.profile.device.id;
        const before = await countRows(gateway.sql(), 'changes', 'device_id = $1', [deviceId]);
        await recordFindings(workbench, inspectionId, 1_200);
        expect(await countUnsent(workbench.store, deviceId)).toBe(1_200);

        const first = await workbench.engine.syncNow();
        expect(restarted).toBe(true);
        if (when === 'restarts between two batches') {
          // The session and the device's chain head are in the database: the new instance carries on.
          expect(first.message).toBeNull();
          expect(first.state).toBe('idle');
        } else {
          expect(first.state).toBe('offline');
          // Only the first batch was acknowledged; a batch stored without an answer stays queued (E4).
          expect(await countUnsent(workbench.store, deviceId)).toBe(1_200 - SYNC_LIMITS.maxPushBatch);
          const held = when === 'goes down between two batches and comes back later' ? 1 : 2;
          if (when === 'goes down between two batches and comes back later') await gateway.start();
          expect(await countRows(gateway.sql(), 'changes', 'device_id = $1', [deviceId])).toBe(
            before + held * SYNC_LIMITS.maxPushBatch,
          );
          const second = await workbench.engine.syncNow();
          expect(second.message).toBeNull();
          expect(second.state).toBe('idle');
        }
        await expectAllOnGatewayOnce(gateway.sql(), workbench);
        expect(await countRows(gateway.sql(), 'changes', 'device_id = $1', [deviceId])).toBe(before + 1_200);
        const [head] = await gateway
          .sql()
          .query<{ seq: number }>('SELECT seq FROM device_heads WHERE device_id = $1', [deviceId]);
        expect(head?.seq).toBe(before + 1_200);
      } finally {
        await gateway.dispose();
      }
    },
  );
});
