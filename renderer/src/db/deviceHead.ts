/**
 * The device's place in its own change log (the head: last sequence number, hash and clock) and the
 * latest clock received from anyone. Both are meta rows that only the write paths touch.
 */
import { formatHlc, parseHlc, receiveHlc } from '@shared/changes/hlc';
import type { WorkbenchDatabase } from './WorkbenchDatabase';

export interface DeviceHead {
  seq: number;
  hash: string;
  hlc: string | null;
}

export const headKey = (deviceId: string) => `head:${deviceId}`;

/**
 * The latest hybrid logical clock this device has seen from anyone (imports, sync). A local change is
 * always stamped after it, so an edit made after receiving a change from a device whose clock runs
 * ahead still wins over that change, as the inspector expects.
 */
export const CLOCK_KEY = 'clock';

export function latestClock(own: string | null, received: string | null) {
  const latest = own && received ? (own > received ? own : received) : (own ?? received);
  return latest ? parseHlc(latest) : null;
}

/** Advances the received clock after foreign changes arrive; call inside the importing transaction. */
export async function observeRemoteClock(
  db: WorkbenchDatabase,
  hlcs: readonly string[],
  deviceId: string,
  nowMs: number,
): Promise<void> {
  if (hlcs.length === 0) return;
  const current = ((await db.meta.get(CLOCK_KEY))?.value as string | undefined) ?? null;
  let clock = current ? parseHlc(current) : null;
  for (const remote of hlcs) clock = receiveHlc(clock, parseHlc(remote), nowMs, deviceId);
  if (clock) await db.meta.put({ key: CLOCK_KEY, value: formatHlc(clock) });
}
