/**
 * A loopback TCP proxy that breaks connections on purpose, for fault tests against the gateway
 * (SECURITY.md fault tests 4 and 5): it forwards bytes both ways until told to
 * - cut the connection once N more request bytes have gone through (the server sees an aborted
 *   request; the client sees a reset), or
 * - drop the next response: the request reaches the server and is processed, but the client's
 *   connection is closed as soon as the server starts answering (a lost acknowledgement).
 * Each fault fires once and then disarms. It only ever listens on and connects to 127.0.0.1.
 */
import { createServer, connect, type Server, type Socket } from 'node:net';

type Fault = { kind: 'cut-request'; remaining: number } | { kind: 'drop-response' } | null;

export interface FaultProxy {
  readonly port: number;
  readonly url: string;
  /** Cut the connection after `bytes` more client-to-server bytes (counted across connections). */
  cutRequestAfter(bytes: number): void;
  /** Let the next request through, then close the client's connection instead of answering it. */
  dropNextResponse(): void;
  /** Whether the armed fault has fired. */
  readonly fired: boolean;
  readonly stats: { connections: number; bytesToServer: number };
  close(): Promise<void>;
}

export async function startFaultProxy(targetPort: number): Promise<FaultProxy> {
  let fault: Fault = null;
  let fired = false;
  const stats = { connections: 0, bytesToServer: 0 };
  const sockets = new Set<Socket>();

  const server: Server = createServer((client) => {
    stats.connections += 1;
    const upstream = connect(targetPort, '127.0.0.1');
    sockets.add(client);
    sockets.add(upstream);
    const closeBoth = () => {
      client.destroy();
      upstream.destroy();
    };
    client.on('close', () => {
      sockets.delete(client);
      upstream.end();
    });
    upstream.on('close', () => {
      sockets.delete(upstream);
      client.end();
    });
    client.on('error', closeBoth);
    upstream.on('error', closeBoth);

    client.on('data', (chunk: Buffer) => {
      if (fault?.kind === 'cut-request') {
        if (chunk.length >= fault.remaining) {
          const partial = chunk.subarray(0, fault.remaining);
          stats.bytesToServer += partial.length;
          fault = null;
          fired = true;
          upstream.write(partial, () => closeBoth());
          return;
        }
        fault.remaining -= chunk.length;
      }
      stats.bytesToServer += chunk.length;
      upstream.write(chunk);
    });
    upstream.on('data', (chunk: Buffer) => {
      if (fault?.kind === 'drop-response') {
        fault = null;
        fired = true;
        closeBoth();
        return;
      }
      client.write(chunk);
    });
  });

  await new Promise<void>((resolveListen) => server.listen(0, '127.0.0.1', resolveListen));
  const address = server.address();
  if (typeof address !== 'object' || !address) throw new Error('The fault proxy has no port.');

  return {
    port: address.port,
    url: `http://127.0.0.1:${address.port}`,
    cutRequestAfter(bytes: number) {
      fault = { kind: 'cut-request', remaining: Math.max(1, Math.floor(bytes)) };
      fired = false;
    },
    dropNextResponse() {
      fault = { kind: 'drop-response' };
      fired = false;
    },
    get fired() {
      return fired;
    },
    stats,
    close: () =>
      new Promise<void>((resolveClose) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolveClose());
      }),
  };
}
