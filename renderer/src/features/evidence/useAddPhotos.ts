/**
 * Adds photos to the current inspection (and, when given, to one finding), one commit per photo: the
 * record, its original and copies, and the finding's link are written together or not at all.
 * Progress and each file's outcome are kept for the screen.
 */
import { useCallback, useState } from 'react';
import { v7 as uuidv7 } from 'uuid';
import { useCommit, useDataStore } from '../../db/DataContext';
import type { DataStore } from '../../db/DataStore';
import { bytesOf } from '../../db/hashedBlob';
import { addPhotoBatch, type BatchProgress, type PhotoOutcome } from '../../photos/addPhotoBatch';
import { linkPhotosIntent } from '../../photos/photoLinks';
import { workerPhotoRenderer } from '../../photos/photoRenderer';
import { preparePhotoCopies } from '../../photos/photoCopies';
import { makingPreview } from '../../photos/photoPreviews';
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
                findDuplicate: (sha256) => duplicateName(store, inspection.id, sha256),
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
            // The photo is stored and safe; its thumbnail and display copy are made after, off the path.
            finish: ({ photo, blobs }) =>
              makingPreview(photo.id, async () => {
                const original = blobs.find((blob) => blob.sha256 === photo.sha256);
                if (!original) return null;
                const copies = await preparePhotoCopies(bytesOf(original), photo.mediaType, workerPhotoRenderer);
                if (!copies.ok) return `It was kept, but no preview could be made: ${copies.reason}`;
                await commit({
                  intents: [{ op: 'update', entity: 'photo', id: photo.id, fields: copies.fields }],
                  blobs: copies.blobs,
                });
                return null;
              }),
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

/**
 * The name of a photo in the inspection with these exact bytes, found through the photos' hash
 * index: only the few records with that hash are read and opened, not every photo of the inspection.
 */
async function duplicateName(store: DataStore, inspectionId: string, sha256: string): Promise<string | null> {
  const same = await store.list('photo', { sha256 });
  return same.find((photo) => photo.inspectionId === inspectionId)?.fileName ?? null;
}
