/**
 * A bare HTTP client for tests that go over real TCP (through the fault proxy): one connection per
 * request, no retries of its own, so each test decides how to retry the way the app will.
 */
import { request } from 'node:http';

export interface HttpResult {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
  json<T = unknown>(): T;
}

export function httpRequest(
  baseUrl: string,
  method: string,
  path: string,
  headers: Record<string, string>,
  body?: Buffer | string,
): Promise<HttpResult> {
  return new Promise((resolveResult, reject) => {
    const url = new URL(path, baseUrl);
    const payload = body === undefined ? undefined : Buffer.isBuffer(body) ? body : Buffer.from(body);
    const outgoing = request(
      url,
      {
        method,
        agent: false,
        headers: { ...headers, ...(payload ? { 'content-length': String(payload.length) } : {}), connection: 'close' },
        timeout: 30_000,
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('error', reject);
        response.on('aborted', () => reject(new Error('response aborted')));
        response.on('end', () => {
          const all = Buffer.concat(chunks);
          resolveResult({
            status: response.statusCode ?? 0,
            headers: response.headers,
            body: all,
            json: <T>() => JSON.parse(all.toString('utf8')) as T,
          });
        });
      },
    );
    outgoing.on('timeout', () => outgoing.destroy(new Error('timeout')));
    outgoing.on('error', reject);
    outgoing.end(payload);
  });
}

/** Calls `attempt` until it resolves, up to `times`; network errors are what it retries on. */
export async function withRetries<T>(times: number, attempt: () => Promise<T>): Promise<{ result: T; failures: number }> {
  let failures = 0;
  for (;;) {
    try {
      return { result: await attempt(), failures };
    } catch (error) {
      failures += 1;
      if (failures >= times) throw error;
    }
  }
}
