/**
 * Where a photo's original stands between this laptop and the agency gateway: stored here only,
 * queued, uploading, verified on the gateway (it hashed every byte), or not sent (the reason is on the
 * Sync screen). Photos received from the team were verified on the way in.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { Tag, type TagColour } from '../../components/govuk/Tag';
import { useDataStore } from '../../db/DataContext';
import type { BlobTransferState } from '../../db/storedRows';

export type PhotoSyncState = 'stored' | BlobTransferState | 'received' | 'fetching';

const TAGS: Record<PhotoSyncState, { text: string; colour: TagColour }> = {
  stored: { text: 'On this laptop only', colour: 'grey' },
  queued: { text: 'Queued to send', colour: 'teal' },
  uploading: { text: 'Uploading', colour: 'blue' },
  verified: { text: 'Verified on the gateway', colour: 'green' },
  failed: { text: 'Not sent yet', colour: 'red' },
  received: { text: 'Received from the team', colour: 'turquoise' },
  fetching: { text: 'Being fetched from the gateway', colour: 'yellow' },
};

/** Each original's state, by SHA-256, for one inspection. */
export function usePhotoSyncStates(inspectionId: string): ReadonlyMap<string, PhotoSyncState> | undefined {
  const store = useDataStore();
  return useLiveQuery(async () => {
    const states = new Map<string, PhotoSyncState>();
    for (const row of await store.db.blobTransfers.where('inspectionId').equals(inspectionId).toArray()) {
      if (row.direction === 'upload') states.set(row.sha256, row.state);
      else if (!states.has(row.sha256)) states.set(row.sha256, row.state === 'verified' ? 'received' : 'fetching');
    }
    return states;
  }, [store, inspectionId]);
}

export function PhotoSyncTag({ state }: { state: PhotoSyncState | undefined }) {
  const tag = TAGS[state ?? 'stored'];
  return <Tag colour={tag.colour}>{tag.text}</Tag>;
}
