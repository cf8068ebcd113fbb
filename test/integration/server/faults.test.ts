/**
 * Network faults between the workbench and the gateway (SECURITY.md fault tests 4 and 5, E1, E3):
 * a loopback proxy cuts the connection at 10%, 50% and 99% of a request, or lets the request through
 * and drops the response. After client-style retries every change is stored exactly once, and an
 * upload resumes from the gateway's offset instead of starting again.
 */
import type { FastifyInstance } from 'fastify';
import { v7 as uuidv7 } from 'uuid';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UPLOAD_CONTENT_TYPE, UploadStateSchema, type UploadState } from '../../../shared/sync/blobProtocol';
import { PushResponseSchema } from '../../../shared/sync/protocol';
import { startFaultProxy, type FaultProxy } from '../../support/faultProxy';
import { aBlob } from './support/blobClient';
import {
  BACKENDS,
  DeviceLog,
  aPerson,
  anAssignedInspection,
  countRows,
  listenOnLoopback,
  openTestDatabase,
  pushBody,
  startGateway,
  type Person,
  type TestDatabase,
} from './support/gatewayHarness';
import { httpRequest, withRetries } from './support/httpClient';

const FRACTIONS = [0.1, 0.5, 0.99] as const;

describe.each(BACKENDS)('network faults on %s', (backend) => {
  let db: TestDatabase;
  let app: FastifyInstance;
  let proxy: FaultProxy;
  let person: Person;
  let inspectionId: string;
  beforeAll(async () => {
    db = await openTestDatabase(backend);
    app = await startGateway(db.sql);
    proxy = await startFaultProxy(await listenOnLoopback(app));
    person = await aPerson(app, db.sql);
    inspectionId = await anAssignedInspection(db.sql, [{ person }]);
  });
  afterAll(async () => {
    await proxy.close();
    await app.close();
    await db.drop();
  });

  const jsonHeaders = () => ({ ...person.headers, 'content-type': 'application/json' });

  /** Pushes like the sync engine: on a network error, send the same batch again. */
  async function pushWithRetries(body: string) {
    return withRetries(5, async () => {
      const response = await httpRequest(proxy.url, 'POST', '/api/v1/changes', jsonHeaders(), body);
      if (response.status !== 200) throw new Error(`push answered ${response.status}: ${response.body.toString()}`);
      return PushResponseSchema.parse(response.json());
    });
  }

  it.each(FRACTIONS)('stores every change exactly once when the push is cut at %s of its bytes', async (fraction) => {
    // A fresh device of this person for each run, registered by signing in on it.
    const log = new DeviceLog(person, uuidv7());
    const signIn = { username: person.username, password: person.password, deviceId: log.deviceId, deviceLabel: 'Laptop' };
    expect((await app.inject({ method: 'POST', url: '/api/v1/sessions', payload: signIn })).statusCode).toBe(200);
    const body = JSON.stringify(pushBody(log.sites(inspectionId, 40)));
    proxy.cutRequestAfter(body.length * fraction);
    const { result, failures } = await pushWithRetries(body);
    expect(proxy.fired).toBe(true);
    expect(failures).toBe(1);
    expect(result.accepted.length + result.duplicates.length).toBe(40);
    expect(await countRows(db.sql, 'changes', 'device_id = $1', [log.deviceId])).toBe(40);
  });

  it('stores a push once when its response is lost, and the retry gets the same receipts', async () => {
    const log = new DeviceLog(person);
    const body = JSON.stringify(pushBody(log.sites(inspectionId, 25)));
    proxy.dropNextResponse();
    const { result, failures } = await pushWithRetries(body);
    expect(failures).toBe(1);
    expect(result.accepted).toEqual([]);
    expect(result.duplicates.map((receipt) => receipt.id)).toEqual(log.changes.map((change) => change.id));
    expect(await countRows(db.sql, 'changes', 'device_id = $1', [person.deviceId])).toBe(log.changes.length);
    // Three more lost acknowledgements in a row change nothing either.
    for (let i = 0; i < 3; i += 1) {
      proxy.dropNextResponse();
      await expect(httpRequest(proxy.url, 'POST', '/api/v1/changes', jsonHeaders(), body)).rejects.toThrow();
    }
    expect(await countRows(db.sql, 'changes', 'device_id = $1', [person.deviceId])).toBe(log.changes.length);
  });

  /**
   * Uploads like the sync engine: PATCH chunks from the offset it knows; after a network error, ask
   * the gateway (HEAD) where the upload is and continue from there.
   */
  async function uploadThroughProxy(size: number, chunkSize: number, arm: () => void) {
    const blob = aBlob(size);
    const created = await httpRequest(
      proxy.url,
      'POST',
      '/api/v1/blobs/uploads',
      jsonHeaders(),
      JSON.stringify({ sha256: blob.sha256, size, mediaType: 'image/png', inspectionId }),
    );
    let state: UploadState = UploadStateSchema.parse(created.json());
    let offset = state.offset;
    let bytesSent = 0;
    let reconnects = 0;
    arm();
    while (!state.complete) {
      const chunk = blob.bytes.subarray(offset, offset + chunkSize);
      try {
        bytesSent += chunk.length;
        const response = await httpRequest(
          proxy.url,
          'PATCH',
          state.location,
          { ...person.headers, 'content-type': UPLOAD_CONTENT_TYPE, 'upload-offset': String(offset) },
          chunk,
        );
        if (response.status !== 200) throw new Error(`PATCH answered ${response.status}: ${response.body.toString()}`);
        state = UploadStateSchema.parse(response.json());
        offset = state.offset;
      } catch (error) {
        reconnects += 1;
        if (reconnects > 5) throw error;
        const head = await httpRequest(proxy.url, 'HEAD', state.location, person.headers);
        offset = Number(head.headers['upload-offset']);
        if (offset === size) state = { ...state, offset, complete: true };
      }
    }
    return { blob, bytesSent, reconnects };
  }

  it.each(FRACTIONS)('resumes an upload cut at %s from the gateway’s offset', async (fraction) => {
    const size = 400_000;
    const chunkSize = 50_000;
    const { blob, bytesSent, reconnects } = await uploadThroughProxy(size, chunkSize, () =>
      proxy.cutRequestAfter(size * fraction),
    );
    expect(reconnects).toBe(1);
    // Resumed, not restarted: at most the chunk in flight was sent twice.
    expect(bytesSent).toBeLessThanOrEqual(size + chunkSize);
    expect(await countRows(db.sql, 'blobs', 'sha256 = $1', [blob.sha256])).toBe(1);
    const download = await app.inject({ method: 'GET', url: `/api/v1/blobs/${blob.sha256}`, headers: person.headers });
    expect(Buffer.compare(download.rawPayload, blob.bytes)).toBe(0);
  });

  it('finishes an upload whose last acknowledgement was lost', async () => {
    const size = 100_000;
    const { blob, reconnects } = await uploadThroughProxy(size, size, () => proxy.dropNextResponse());
    expect(reconnects).toBe(1);
    expect(await countRows(db.sql, 'blobs', 'sha256 = $1', [blob.sha256])).toBe(1);
  });
});
