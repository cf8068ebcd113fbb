/**
 * Hybrid logical clock (Kulkarni et al.; as in Actual Budget's CRDT): wall-clock milliseconds plus a
 * counter plus the device id. Timestamps sort as strings, always move forward on a device even when
 * its clock steps back, and order events across devices consistently enough to merge.
 */
const WALL_DIGITS = 15;
const COUNTER_DIGITS = 5;
const MAX_COUNTER = 36 ** COUNTER_DIGITS - 1;

export interface Hlc {
  wallMs: number;
  counter: number;
  node: string;
}

export function formatHlc(clock: Hlc): string {
  return `${String(clock.wallMs).padStart(WALL_DIGITS, '0')}:${clock.counter.toString(36).padStart(COUNTER_DIGITS, '0')}:${clock.node}`;
}

export function parseHlc(text: string): Hlc {
  const match = /^(\d{15}):([0-9a-z]{5}):(.+)$/.exec(text);
  if (!match) throw new Error(`not a hybrid logical clock timestamp: ${text}`);
  return { wallMs: Number(match[1]), counter: parseInt(match[2] ?? '0', 36), node: match[3] ?? '' };
}

/** The next local timestamp after `last`, for an event at wall time `nowMs`. */
export function tickHlc(last: Hlc | null, nowMs: number, node: string): Hlc {
  if (!last || nowMs > last.wallMs) return { wallMs: nowMs, counter: 0, node };
  if (last.counter >= MAX_COUNTER) return { wallMs: last.wallMs + 1, counter: 0, node };
  return { wallMs: last.wallMs, counter: last.counter + 1, node };
}

/** The local clock after receiving a remote timestamp, so later local events sort after it. */
export function receiveHlc(local: Hlc | null, remote: Hlc, nowMs: number, node: string): Hlc {
  const wallMs = Math.max(local?.wallMs ?? 0, remote.wallMs, nowMs);
  let counter = 0;
  if (local && wallMs === local.wallMs && wallMs === remote.wallMs)
    counter = Math.max(local.counter, remote.counter) + 1;
  else if (local && wallMs === local.wallMs) counter = local.counter + 1;
  else if (wallMs === remote.wallMs) counter = remote.counter + 1;
  if (counter > MAX_COUNTER) return { wallMs: wallMs + 1, counter: 0, node };
  return { wallMs, counter, node };
}

export function compareHlc(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
