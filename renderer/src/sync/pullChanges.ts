/**
 * Pull: the changes of the person's inspections that the gateway received since the stored cursor,
 * page by page. Each page is checked (every change's hash must match its content, so the gateway
 * cannot alter what a colleague recorded) and taken in by receiveChanges together with the new cursor
 * in one transaction: a page is either wholly applied and the cursor moved, or neither.
 *
 * Someone newly added to a team pulls that inspection from the start once, since the main cursor is
 * already past its earlier changes.
 */
import type { Change } from '@shared/changes/change';
import { hashChange } from '@shared/changes/hashChain';
import { blobHashesOf } from '@shared/domain/blobFields';
import type { PulledChange } from '@shared/sync/protocol';
import type { DataStore } from '../db/DataStore';
import { receiveChanges, receiveTables } from '../db/receiveChanges';
import type { GatewayClient } from './gatewayClient';
import { GatewayError } from './gatewayErrors';
import { queueDownloads } from './blobTransfers';

export const CURSOR_KEY = 'sync:cursor';
export const PULLED_INSPECTIONS_KEY = 'sync:pulled-inspections';
const PAGE_SIZE = 500;

export interface PullProgress {
  received: number;
}

export async function pullChanges(
  store: DataStore,
  client: GatewayClient,
  options: { inspectionId?: string; onProgress?: (progress: PullProgress) => void } = {},
): Promise<number> {
  const cursorKey = options.inspectionId ? null : CURSOR_KEY;
  let since = (cursorKey ? await store.getMeta<string>(cursorKey) : undefined) ?? '0';
  let received = 0;
  for (;;) {
    const page = await client.pull({
      since,
      limit: PAGE_SIZE,
      excludeOwnDevice: 'true',
      ...(options.inspectionId ? { inspectionId: options.inspectionId } : {}),
    });
    const changes = page.changes.map(withoutReceipt);
    for (const change of changes) {
      const { hash, ...unsigned } = change;
      if (hashChange(unsigned) !== hash)
        throw new GatewayError('invalid-response', `Change ${change.id} from the gateway does not match its hash; nothing from that page was taken.`);
    }
    await store.db.transaction('rw', [...receiveTables(store), store.db.blobTransfers, store.db.blobs], async () => {
      const result = await receiveChanges(store, changes, true);
      await queueDownloads(store, result.fresh.flatMap(blobsNamedBy));
      if (cursorKey) await store.db.meta.put({ key: cursorKey, value: page.cursor });
    });
    received += changes.length;
    options.onProgress?.({ received });
    since = page.cursor;
    if (!page.hasMore) return received;
  }
}

function withoutReceipt(pulled: PulledChange): Change {
  const { serverSeq: _seq, receivedAt: _at, clockSkewMs: _skew, ...change } = pulled;
  return change;
}

function blobsNamedBy(change: Change) {
  if (!change.inspectionId) return [];
  const inspectionId = change.inspectionId;
  return blobHashesOf(change.entity, change.fields).map((sha256) => ({ inspectionId, sha256 }));
}
