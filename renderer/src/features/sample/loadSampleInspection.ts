/**
 * Loads the sample inspection: its records in one commit, then each generated photo through the same
 * pipeline as a real one (hash of the original, derivatives off the main thread, one commit per photo
 * with its link to the finding). Used by the home screen so a first run is never empty.
 */
import { v7 as uuidv7 } from 'uuid';
import type { User } from '@shared/domain/profile';
import type { CommitRequest } from '../../db/commit';
import { linkPhotosIntent } from '../../photos/photoLinks';
import { workerPhotoRenderer } from '../../photos/photoRenderer';
import { preparePhoto } from '../../photos/preparePhoto';
import { drawSampleScene } from './drawSampleScene';
import { sampleInspectionRecords } from './sampleInspectionRecords';

export interface SampleProgress {
  done: number;
  total: number;
}

export async function loadSampleInspection(
  user: User,
  commit: (request: CommitRequest) => Promise<unknown>,
  onProgress: (progress: SampleProgress) => void,
): Promise<string> {
  const sample = sampleInspectionRecords(user, new Date());
  const total = 1 + sample.photos.length;
  onProgress({ done: 0, total });
  await commit({ intents: sample.intents });
  onProgress({ done: 1, total });
  const findingPhotos = new Map<string, string[]>();
  for (const [index, spec] of sample.photos.entries()) {
    const bytes = await drawSampleScene(spec.scene);
    const prepared = await preparePhoto(
      { name: `sample-${spec.scene}.jpg`, size: bytes.byteLength, read: () => Promise.resolve(bytes) },
      {
        inspectionId: sample.inspection.id,
        siteId: spec.siteId,
        source: 'file',
        keepLocation: false,
        caption: spec.caption,
        renderer: workerPhotoRenderer,
        newId: uuidv7,
        now: () => new Date(),
      },
    );
    if (!prepared.ok) throw new Error(`The sample photo could not be made: ${prepared.reason}`);
    const photo = { ...prepared.prepared.photo, source: 'sample' as const };
    const linked = spec.findingId ? [...(findingPhotos.get(spec.findingId) ?? []), photo.id] : [];
    const link = spec.findingId
      ? linkPhotosIntent({ id: spec.findingId, photoIds: findingPhotos.get(spec.findingId) ?? [] }, [photo.id])
      : null;
    await commit({
      intents: [{ op: 'create', entity: 'photo', fields: photo }, ...(link ? [link] : [])],
      blobs: prepared.prepared.blobs,
    });
    if (spec.findingId) findingPhotos.set(spec.findingId, linked);
    onProgress({ done: 2 + index, total });
  }
  return sample.inspection.id;
}
