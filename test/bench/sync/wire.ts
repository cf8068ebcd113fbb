/**
 * What the sync benchmark measures around the systems it compares, the same way for each: bytes on
 * the loopback wire (counted on the server's sockets, so headers, chunked framing and base64 all
 * count), time spent in the server's request handlers, and time the client spends waiting on HTTP.
 * The difference between a phase's wall time and its HTTP time is the client's own work (local
 * storage, hashing, validation), which is how the report separates fake-indexeddb from the network.
 */
import type { Server } from 'node:http';
import type { Socket } from 'node:net';
import type { FetchLike } from '../../../renderer/src/sync/gatewayClient';

export interface WireBytes {
  /** Client to server. */
  up: number;
  /** Server to client. */
  down: number;
}

export interface ServerProbe {
  /** Bytes so far on every connection the server has accepted, open or closed. */
  bytes(): WireBytes;
  /** Wall milliseconds during which at least one request was between its arrival and its response's end. */
  handlerMs(): number;
}

/** Attaches byte and handler-time counters to a listening or soon-listening node:http server. */
export function probeServer(server: Server): ServerProbe {
  const open = new Set<Socket>();
  const closed: WireBytes = { up: 0, down: 0 };
  // Wall time with at least one request being handled: PouchDB overlaps its requests, so a plain sum
  // of handler times would exceed the phase itself.
  let handlerMs = 0;
  let handling = 0;
  let handlingSince = 0;
  server.on('connection', (socket: Socket) => {
    open.add(socket);
    socket.on('close', () => {
      closed.up += socket.bytesRead;
      closed.down += socket.bytesWritten;
      open.delete(socket);
    });
  });
  server.on('request', (_request, response) => {
    if (handling === 0) handlingSince = performance.now();
    handling += 1;
    response.on('close', () => {
      handling -= 1;
      if (handling === 0) handlerMs += performance.now() - handlingSince;
    });
  });
  return {
    bytes() {
      let { up, down } = closed;
      for (const socket of open) {
        up += socket.bytesRead;
        down += socket.bytesWritten;
      }
      return { up, down };
    },
    handlerMs: () => handlerMs,
  };
}

export type RequestKind = 'push' | 'pull' | 'upload' | 'download' | 'other';

export interface HttpLedger {
  /** Client-side milliseconds from sending a request to having its whole response body, summed by kind. */
  ms: Record<RequestKind, number>;
  count: Record<RequestKind, number>;
  /**
   * Wall time with at least one request in flight. Equal to the sum of `ms` for a client that sends
   * one request at a time (the engine, raw HTTP); less for PouchDB, which overlaps its requests.
   */
  busyMs: number;
  inFlight: number;
  busySince: number;
}

export const emptyLedger = (): HttpLedger => ({
  ms: { push: 0, pull: 0, upload: 0, download: 0, other: 0 },
  count: { push: 0, pull: 0, upload: 0, download: 0, other: 0 },
  busyMs: 0,
  inFlight: 0,
  busySince: 0,
});

/** The gateway's routes by what they move; raw HTTP and PouchDB are classified by the same rules where they fit. */
function kindOf(method: string, url: string): RequestKind {
  const path = new URL(url).pathname;
  if (path.endsWith('/changes')) return method === 'POST' ? 'push' : 'pull';
  if (path.includes('/blobs/uploads')) return 'upload';
  if (path.includes('/blobs/') && method === 'GET') return 'download';
  return 'other';
}

const NO_BODY = new Set([101, 204, 205, 304]);

/**
 * A fetch that reads the whole response body before handing it on, so the time it records includes
 * the transfer of the body and not only the headers; the copy it makes is the only cost it adds.
 */
export function ledgerFetch(
  ledger: HttpLedger,
  classify: (method: string, url: string) => RequestKind = kindOf,
): FetchLike {
  return async (input, init) => {
    const started = performance.now();
    if (ledger.inFlight === 0) ledger.busySince = started;
    ledger.inFlight += 1;
    try {
      const response = await fetch(input, init);
      const body = NO_BODY.has(response.status) ? null : new Uint8Array(await response.arrayBuffer());
      return new Response(body, {
        status: response.status,
        statusText: response.statusText,
        headers: response.headers,
      });
    } finally {
      const ended = performance.now();
      const kind = classify(init.method ?? 'GET', input);
      ledger.ms[kind] += ended - started;
      ledger.count[kind] += 1;
      ledger.inFlight -= 1;
      if (ledger.inFlight === 0) ledger.busyMs += ended - ledger.busySince;
    }
  };
}

export interface PhaseFigures {
  ms: number;
  wire: WireBytes;
  /** Client-side HTTP time; ms minus its busy time is the client's own (local) work. */
  http: HttpLedger;
  /** Time inside the server's handlers: part of the HTTP time, since client and server share a thread. */
  serverMs: number;
}

/** Times one phase (a push or a pull) of one system, with its bytes, HTTP time and server time. */
export async function measurePhase(
  probe: ServerProbe,
  ledger: HttpLedger,
  body: () => Promise<void>,
): Promise<PhaseFigures> {
  Object.assign(ledger, emptyLedger());
  const bytesBefore = probe.bytes();
  const serverBefore = probe.handlerMs();
  const started = performance.now();
  await body();
  const ms = performance.now() - started;
  const bytesAfter = probe.bytes();
  return {
    ms,
    wire: { up: bytesAfter.up - bytesBefore.up, down: bytesAfter.down - bytesBefore.down },
    http: structuredClone(ledger),
    serverMs: probe.handlerMs() - serverBefore,
  };
}
