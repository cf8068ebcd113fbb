/**
 * Push: this device's unsent changes, in sequence order, in batches the gateway takes. A change is
 * marked sent only on the gateway's word, and the word that counts is the device head it reports: every
 * change up to the head is held there (its hash must be the one held here), every change after it is
 * not. So a lost response, a replayed batch or a gateway restored from an older backup all end with the
 * right changes queued, and nothing is marked sent that the gateway does not hold (SECURITY.md E4).
 */
import type { Change } from '@shared/changes/change';
import { SYNC_LIMITS, type DeviceHead } from '@shared/sync/protocol';
import type { DataStore } from '../db/DataStore';
import type { StoredChangeRow } from '../db/storedRows';
import type { GatewayClient } from './gatewayClient';
import { GatewayError } from './gatewayErrors';

/** This device's changes not yet acknowledged by the gateway, oldest first. */
export async function unsentChanges(store: DataStore, deviceId: string, limit = Infinity): Promise<Change[]> {
  return (await unsentRows(store, deviceId)).slice(0, limit).map((row) => store.codec.decodeChange(row));
}

async function unsentRows(store: DataStore, deviceId: string): Promise<StoredChangeRow[]> {
  return (await pendingRows(store, deviceId)).sort((a, b) => a.seq - b.seq);
}

/**
 * The device's pending rows, read in one request and filtered here. Filtering in a cursor (Dexie's
 * filter().count() or filter().modify()) costs a request per row; fake-indexeddb's cursors are even
 * quadratic, so they made the sync benchmark's 5,000-change push take minutes.
 */
async function pendingRows(store: DataStore, deviceId: string): Promise<StoredChangeRow[]> {
  return (await store.db.changes.where('pending').equals(1).toArray()).filter((row) => row.device === deviceId);
}

export async function countUnsent(store: DataStore, deviceId: string): Promise<number> {
  return (await pendingRows(store, deviceId)).length;
}

export interface PushProgress {
  sent: number;
  total: number;
}

export async function pushOutbox(
  store: DataStore,
  client: GatewayClient,
  deviceId: string,
  onProgress: (progress: PushProgress) => void = () => {},
): Promise<number> {
  let total: number | null = null;
  let sent = 0;
  let stalls = 0;
  for (;;) {
    const unsent = await unsentRows(store, deviceId);
    total ??= unsent.length;
    onProgress({ sent, total: Math.max(total, sent + unsent.length) });
    if (unsent.length === 0) return sent;
    const batch = unsent.slice(0, SYNC_LIMITS.maxPushBatch).map((row) => store.codec.decodeChange(row));
    const response = await client.push({ sentAt: new Date().toISOString(), changes: batch });
    const head = response.heads.find((candidate) => candidate.device === deviceId);
    if (!head)
      throw new GatewayError('invalid-response', 'The gateway did not say which of this laptop’s changes it holds.');
    const acknowledged = await acknowledgeUpTo(store, head);
    sent += Math.max(0, acknowledged.sent - acknowledged.requeued);
    const rejected = response.rejected.find(
      (change) => change.device === deviceId && change.reason !== 'after-rejected',
    );
    // A gap means the gateway holds less than this laptop thought: the head has re-queued the rest.
    if (rejected && rejected.reason !== 'gap')
      throw new GatewayError(
        'refused',
        `The gateway refused change ${rejected.seq} of this laptop: ${rejected.message}`,
      );
    stalls = acknowledged.sent === acknowledged.requeued ? stalls + 1 : 0;
    if (stalls >= 3)
      throw new GatewayError('refused', 'The gateway keeps refusing this laptop’s next change; nothing has been lost.');
  }
}

/**
 * Marks this device's changes up to the gateway's head as sent, and any after it as unsent; says how
 * many of each it changed.
 */
export async function acknowledgeUpTo(store: DataStore, head: DeviceHead): Promise<{ sent: number; requeued: number }> {
  const { db, codec } = store;
  return db.transaction('rw', db.changes, async () => {
    if (head.seq > 0) {
      const atHead = await db.changes.where('[device+seq]').equals([head.device, head.seq]).first();
      if (!atHead || codec.decodeChange(atHead).hash !== head.hash)
        throw new GatewayError(
          'refused',
          `The gateway holds a different change ${head.seq} for this laptop than the one recorded here. Nothing has been changed; export a package and tell the service desk.`,
        );
    }
    // Read in one request each and written back in one, not modified through a filtered cursor (see pendingRows).
    const sent = (await pendingRows(store, head.device)).filter((row) => row.seq <= head.seq);
    const requeued = (
      await db.changes
        .where('[device+seq]')
        .between([head.device, head.seq + 1], [head.device, Number.MAX_SAFE_INTEGER], true, true)
        .toArray()
    ).filter((row) => row.pending === 0);
    await db.changes.bulkPut([
      ...sent.map((row) => ({ ...row, pending: 0 as const })),
      ...requeued.map((row) => ({ ...row, pending: 1 as const })),
    ]);
    return { sent: sent.length, requeued: requeued.length };
  });
}
