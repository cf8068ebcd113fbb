/**
 * The PouchDB peer: the usual offline-sync choice, replicating the same documents the engine moves
 * (one document per change, exactly as the author's laptop signed it, and each photo as an attachment
 * of its record's change) from an in-memory PouchDB to a PouchDB server (express-pouchdb on the memory
 * adapter) on the same loopback, then into a colleague's empty in-memory PouchDB. Replication runs
 * with PouchDB's defaults, as an app that adopts it would.
 */
import { randomUUID } from 'node:crypto';
import { createServer } from 'node:http';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import expressPouchdb from 'express-pouchdb';
import PouchDB, { type Doc } from 'pouchdb-core';
import httpAdapter from 'pouchdb-adapter-http';
import memoryAdapter from 'pouchdb-adapter-memory';
import replication from 'pouchdb-replication';
import type { Change } from '../../../shared/changes/change';
import { blobHashesOf } from '../../../shared/domain/blobFields';
import type { PhotoBytes } from './syncDataset';
import {
  emptyLedger,
  ledgerFetch,
  measurePhase,
  probeServer,
  type HttpLedger,
  type PhaseFigures,
  type RequestKind,
} from './wire';

PouchDB.plugin(memoryAdapter).plugin(httpAdapter).plugin(replication);
const MemoryPouch = PouchDB.defaults({ adapter: 'memory' });

/** The author's change log as PouchDB documents, photos attached to the changes that create their records. */
export function pouchDocs(changes: readonly Change[], photos: readonly PhotoBytes[]): Doc[] {
  const bytesOf = new Map(photos.map((photo) => [photo.sha256, photo.bytes]));
  return changes.map((change) => {
    const attached = blobHashesOf(change.entity, change.fields).flatMap((sha256) => {
      const bytes = bytesOf.get(sha256);
      // A Buffer (a view, not a copy): in Node, PouchDB takes any other binary for a Blob and fails to hash it.
      const data = bytes ? Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) : null;
      return data ? [[`${sha256}.jpg`, { content_type: 'image/jpeg', data }] as const] : [];
    });
    return {
      _id: change.id,
      ...change,
      ...(attached.length > 0 ? { _attachments: Object.fromEntries(attached) } : {}),
    };
  });
}

/** CouchDB's replication endpoints by what they move, so the HTTP time splits like the engine's. */
function pouchKind(method: string, url: string): RequestKind {
  const path = new URL(url).pathname;
  if (path.endsWith('/_bulk_docs') || path.endsWith('/_revs_diff')) return 'push';
  if (path.endsWith('/_changes') || path.endsWith('/_bulk_get') || path.endsWith('/_all_docs')) return 'pull';
  // Attachments are fetched one by one: GET /db/docid/attachment (checkpoints live under /_local/).
  return method === 'GET' && path.split('/').length > 3 && !path.includes('/_local/') ? 'download' : 'other';
}

/**
 * The same fetch as the other systems use, plus node-fetch's `buffer()`: PouchDB's HTTP adapter reads
 * attachments with it when running in Node (its own default fetch is node-fetch) and otherwise takes
 * the Blob path, which its Node MD5 code cannot hash.
 */
function pouchFetch(ledger: HttpLedger) {
  const send = ledgerFetch(ledger, pouchKind);
  return async (url: string, init: RequestInit) => {
    const response = await send(url, init);
    return Object.assign(response, { buffer: async () => Buffer.from(await response.arrayBuffer()) });
  };
}

export async function runPouch(docs: readonly Doc[]): Promise<{ push: PhaseFigures; pull: PhaseFigures }> {
  const logs = mkdtempSync(join(tmpdir(), 'bench-pouch-'));
  const server = createServer(
    expressPouchdb(MemoryPouch, { mode: 'minimumForPouchDB', inMemoryConfig: true, logPath: join(logs, 'log.txt') }),
  );
  // Node's 5 s keep-alive timeout races the client reusing an idle socket (ECONNRESET mid-replication on
  // a loaded machine); the gateway (Fastify) keeps sockets 72 s, so give the peer the same.
  server.keepAliveTimeout = 72_000;
  const probe = probeServer(server);
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  if (typeof address !== 'object' || !address) throw new Error('The PouchDB server has no port.');
  const name = `bench-${randomUUID()}`;
  const ledger = emptyLedger();
  const remote = new PouchDB(`http://127.0.0.1:${address.port}/${name}`, { fetch: pouchFetch(ledger) });
  const author = new MemoryPouch(`author-${name}`);
  const colleague = new MemoryPouch(`colleague-${name}`);
  try {
    await author.bulkDocs(docs);
    const push = await measurePhase(probe, ledger, async () => {
      const result = await author.replicate.to(remote);
      if (!result.ok || result.docs_written !== docs.length)
        throw new Error(`PouchDB pushed ${result.docs_written} of ${docs.length} documents.`);
    });
    const pull = await measurePhase(probe, ledger, async () => {
      const result = await colleague.replicate.from(remote);
      if (!result.ok || result.docs_written !== docs.length)
        throw new Error(`PouchDB pulled ${result.docs_written} of ${docs.length} documents.`);
    });
    return { push, pull };
  } finally {
    await Promise.all([author.destroy(), colleague.destroy(), remote.destroy()]);
    server.closeAllConnections();
    await new Promise((done) => server.close(done));
    rmSync(logs, { recursive: true, force: true });
  }
}
