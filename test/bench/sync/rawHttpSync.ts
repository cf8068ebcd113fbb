/**
 * The raw HTTP baseline: the same bytes the engine sends, over the same loopback, to a node:http
 * server with no logic (it keeps what it is sent and gives it back), from the same fetch. Push: the
 * engine's push bodies (the author's changes as JSON, in batches of SYNC_LIMITS.maxPushBatch) and the
 * photos in the engine's upload chunks; pull: the same bodies and whole photos back, one request at a
 * time as the engine makes them. What the engine does on top (sessions, validation, hash checks,
 * resumable-upload bookkeeping, the gateway's database, IndexedDB) is what the ratio prices.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { Change } from '../../../shared/changes/change';
import { SYNC_LIMITS } from '../../../shared/sync/protocol';
import { DEFAULT_CHUNK_BYTES } from '../../../renderer/src/sync/blobTransfers';
import type { PhotoBytes } from './syncDataset';
import { emptyLedger, ledgerFetch, measurePhase, probeServer, type PhaseFigures } from './wire';

export interface RawPayload {
  pushBodies: string[];
  photos: Uint8Array[];
}

export function rawPayload(changes: readonly Change[], photos: readonly PhotoBytes[]): RawPayload {
  const pushBodies: string[] = [];
  for (let start = 0; start < changes.length; start += SYNC_LIMITS.maxPushBatch)
    pushBodies.push(
      JSON.stringify({
        sentAt: new Date().toISOString(),
        changes: changes.slice(start, start + SYNC_LIMITS.maxPushBatch),
      }),
    );
  return { pushBodies, photos: photos.map((photo) => photo.bytes) };
}

function readBody(request: IncomingMessage): Promise<Buffer> {
  return new Promise((done, fail) => {
    const parts: Buffer[] = [];
    request.on('data', (part: Buffer) => parts.push(part));
    request.on('end', () => done(Buffer.concat(parts)));
    request.on('error', fail);
  });
}

/** Keeps change bodies by arrival and photo chunks by photo number; answers with a small JSON like an API would. */
function rawServer() {
  const bodies: Buffer[] = [];
  const photos = new Map<number, Buffer[]>();
  const reply = (response: ServerResponse, status: number, body: Buffer | string, type = 'application/json') => {
    response.writeHead(status, { 'content-type': type, 'content-length': Buffer.byteLength(body) });
    response.end(body);
  };
  return createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://raw');
    const photo = Number(url.pathname.split('/').at(-1));
    void (async () => {
      if (request.method === 'POST' && url.pathname === '/raw/changes') {
        bodies.push(await readBody(request));
        return reply(response, 200, '{"ok":true}');
      }
      if (request.method === 'PATCH' && url.pathname.startsWith('/raw/blobs/uploads/')) {
        const chunks = photos.get(photo) ?? [];
        chunks.push(await readBody(request));
        photos.set(photo, chunks);
        return reply(response, 200, '{"ok":true}');
      }
      if (request.method === 'GET' && url.pathname === '/raw/changes') {
        const body = bodies[Number(url.searchParams.get('page'))];
        return body ? reply(response, 200, body) : reply(response, 404, '{}');
      }
      if (request.method === 'GET' && url.pathname.startsWith('/raw/blobs/')) {
        const chunks = photos.get(photo);
        return chunks ? reply(response, 200, Buffer.concat(chunks), 'image/jpeg') : reply(response, 404, '{}');
      }
      reply(response, 404, '{}');
    })();
  });
}

export async function runRawHttp(payload: RawPayload): Promise<{ push: PhaseFigures; pull: PhaseFigures }> {
  const server = rawServer();
  // As the gateway (Fastify) keeps idle sockets: Node's 5 s default races a client reusing one.
  server.keepAliveTimeout = 72_000;
  const probe = probeServer(server);
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  if (typeof address !== 'object' || !address) throw new Error('The raw server has no port.');
  const base = `http://127.0.0.1:${address.port}/raw`;
  const ledger = emptyLedger();
  const send = ledgerFetch(ledger);
  const ok = async (response: Promise<Response>) => {
    const answer = await response;
    if (!answer.ok) throw new Error(`The raw server answered ${answer.status}.`);
    return answer;
  };
  try {
    const push = await measurePhase(probe, ledger, async () => {
      for (const [i, bytes] of payload.photos.entries())
        for (let offset = 0; offset < bytes.byteLength; offset += DEFAULT_CHUNK_BYTES)
          await ok(
            send(`${base}/blobs/uploads/${i}`, {
              method: 'PATCH',
              headers: { 'content-type': 'application/offset+octet-stream', 'upload-offset': String(offset) },
              body: bytes.subarray(offset, offset + DEFAULT_CHUNK_BYTES) as Uint8Array<ArrayBuffer>,
            }),
          );
      for (const body of payload.pushBodies)
        await ok(send(`${base}/changes`, { method: 'POST', headers: { 'content-type': 'application/json' }, body }));
    });
    const pull = await measurePhase(probe, ledger, async () => {
      for (let page = 0; page < payload.pushBodies.length; page += 1)
        await (await ok(send(`${base}/changes?page=${page}`, { method: 'GET' }))).text();
      for (let i = 0; i < payload.photos.length; i += 1)
        await (await ok(send(`${base}/blobs/${i}`, { method: 'GET' }))).arrayBuffer();
    });
    return { push, pull };
  } finally {
    server.closeAllConnections();
    await new Promise((done) => server.close(done));
  }
}
