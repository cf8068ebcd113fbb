/**
 * What can go wrong talking to the gateway, sorted by what the sync engine does about it:
 * - unreachable: no network or the gateway is down: try again later, quietly, with back-off.
 * - retry-later: the gateway said 429 or 503 (Retry-After honoured) or cut a request: back off.
 * - sign-in: the session has ended (401 after a refresh attempt): ask the person to sign in again;
 *   everything stays queued.
 * - refused: the gateway understood and said no (400, 403, 404, 409, 413, 422): show its message.
 * - invalid-response: the gateway answered something that does not match the protocol: stop and say so.
 */
export type GatewayErrorKind = 'unreachable' | 'retry-later' | 'sign-in' | 'refused' | 'invalid-response';

export class GatewayError extends Error {
  constructor(
    readonly kind: GatewayErrorKind,
    message: string,
    readonly details: { status?: number; code?: string; retryAfterMs?: number } = {},
  ) {
    super(message);
    this.name = 'GatewayError';
  }
}

/** Retry-After as seconds or an HTTP date, in milliseconds from now; null when absent or unreadable. */
export function parseRetryAfter(value: string | null, nowMs: number): number | null {
  if (!value) return null;
  if (/^\d+$/.test(value.trim())) return Number(value.trim()) * 1000;
  const at = Date.parse(value);
  return Number.isNaN(at) ? null : Math.max(0, at - nowMs);
}
