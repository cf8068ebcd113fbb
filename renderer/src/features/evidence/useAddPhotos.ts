/**
 * Adds photos to the current inspection (and, when given, to one finding), one commit per photo: the
 * record, its original and copies, and the finding's link are written together or not at all.
 * Progress and each file's outcome are kept for the screen.
 */
import { useCallback, useState } from 'react';
import { v7 as uuidv7 } from 'uuid';
import { useCommit, useDataStore } from '../../db/DataContext';
import { addPhotoBatch, type BatchProgress, type PhotoOutcome } from '../../photos/addPhotoBatch';
import { linkPhotosIntent } from '../../photos/photoLinks';
import { workerPhotoRenderer } from '../../photos/photoRenderer';
import { preparePhoto, type PhotoFileInput } from '../../photos/preparePhoto';
import { storageWarningFor } from '../../photos/storageRoom';
import { useInspection } from '../workspace/InspectionContext';

export interface AddPhotosTarget {
  siteId: string | null;
  keepLocation: boolean;
  findingId?: string | undefined;
  /** Needed when the finding can only change with a reason (after the closing meeting). */
  reason?: string | undefined;
}

export interface AddPhotos {
  progress: BatchProgress | null;
  storageWarning: string | null;
  busy: boolean;
  addPhotos: (
    inputs: readonly PhotoFileInput[],
    source: 'camera' | 'file',
    target: AddPhotosTarget,
  ) => Promise<PhotoOutcome[]>;
}

export function useAddPhotos(): AddPhotos {
  const store = useDataStore();
  const commit = useCommit();
  const inspection = useInspection();
  const [progress, setProgress] = useState<BatchProgress | null>(null);
  const [storageWarning, setStorageWarning] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const addPhotos = useCallback(
    async (inputs: readonly PhotoFileInput[], source: 'camera' | 'file', target: AddPhotosTarget) => {
      setBusy(true);
      setProgress({ total: inputs.length, outcomes: [], current: null });
      const totalBytes = inputs.reduce((sum, input) => sum + ('size' in input ? input.size : 0), 0);
      setStorageWarning(await storageWarningFor(totalBytes));
      try {
        return await addPhotoBatch(
          inputs,
          {
            prepare: (input) =>
              preparePhoto(input, {
                inspectionId: inspection.id,
                siteId: target.siteId,
                source,
                keepLocation: target.keepLocation,
                renderer: workerPhotoRenderer,
                findDuplicate: async (sha256) =>
                  (await store.list('photo', { inspectionId: inspection.id })).find((p) => p.sha256 === sha256)
                    ?.fileName ?? null,
                newId: uuidv7,
                now: () => new Date(),
              }),
            save: async ({ photo, blobs }) => {
              // Read the finding just before each commit, so every photo of a batch is added to its list.
              const finding = target.findingId ? await store.get('finding', target.findingId) : undefined;
              const link = finding && !finding._meta.deleted ? linkPhotosIntent(finding, [photo.id]) : null;
              await commit({
                intents: [{ op: 'create', entity: 'photo', fields: photo }, ...(link ? [link] : [])],
                blobs,
                ...(target.reason ? { reason: target.reason } : {}),
              });
            },
          },
          setProgress,
        );
      } finally {
        setBusy(false);
      }
    },
    [store, commit, inspection.id],
  );
  return { progress, storageWarning, busy, addPhotos };
}
