/** Live counts for the sync screen: changes waiting to be sent, photos by transfer state, open conflicts. */
import { useLiveQuery } from 'dexie-react-hooks';
import { openConflicts } from '../../conflicts/openConflicts';
import { useData } from '../../db/DataContext';
import type { BlobTransferState } from '../../db/storedRows';
import { countUnsent } from '../../sync/pushOutbox';

export interface SyncCounts {
  unsentChanges: number;
  uploads: Record<BlobTransferState, number>;
  downloads: Record<BlobTransferState, number>;
  conflicts: number;
}

const none = (): Record<BlobTransferState, number> => ({ queued: 0, uploading: 0, verified: 0, failed: 0 });

export function useSyncCounts(): SyncCounts | undefined {
  const { store, profile } = useData();
  return useLiveQuery(async () => {
    const uploads = none();
    const downloads = none();
    for (const row of await store.db.blobTransfers.toArray()) (row.direction === 'upload' ? uploads : downloads)[row.state] += 1;
    return {
      unsentChanges: await countUnsent(store, profile.device.id),
      uploads,
      downloads,
      conflicts: (await openConflicts(store)).length,
    };
  }, [store, profile.device.id]);
}
