/**
 * Photo ingest as the app does it (read, check, hash, EXIF, derivatives in the worker, duplicate
 * check, one commit of the record and its blobs) against a WebCrypto digest plus a bare IndexedDB
 * write of the same bytes.
 */
import { v7 as uuidv7 } from 'uuid';
import type { DataStore } from '../../../renderer/src/db/DataStore';
import { preparePhoto } from '../../../renderer/src/photos/preparePhoto';
import type { PhotoRenderer } from '../../../renderer/src/photos/photoRenderer';
import { compare, SESSION, type Comparison } from './benchmarks';
import { timeRuns } from './measure';

/** One photo into one inspection, as the Add photos journey does it. */
export async function ingestPhoto(
  store: DataStore,
  inspectionId: string,
  bytes: Uint8Array,
  index: number,
  renderer: PhotoRenderer,
): Promise<void> {
  const result = await preparePhoto(
    { name: `IMG_${index}.jpg`, size: bytes.byteLength, read: async () => bytes },
    {
      inspectionId,
      siteId: null,
      source: 'file',
      keepLocation: false,
      renderer,
      findDuplicate: async (sha256) =>
        (await store.list('photo', { inspectionId })).find((p) => p.sha256 === sha256)?.fileName ?? null,
      newId: uuidv7,
      now: () => new Date(),
    },
  );
  if (!result.ok) throw new Error(result.reason);
  await store.commit(SESSION, {
    intents: [{ op: 'create', entity: 'photo', fields: result.prepared.photo }],
    blobs: result.prepared.blobs,
  });
}

/** The baseline: a WebCrypto digest and one raw IndexedDB put of the bytes as a Blob. */
export async function bareWriter(): Promise<{ write(bytes: Uint8Array): Promise<void>; close(): void }> {
  const name = `bench-bare-${uuidv7()}`;
  const raw = await new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open(name, 1);
    request.onupgradeneeded = () => request.result.createObjectStore('blobs');
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('open failed'));
  });
  return {
    async write(bytes) {
      const digest = await crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>);
      const key = Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
      await new Promise<void>((resolve, reject) => {
        const tx = raw.transaction('blobs', 'readwrite');
        tx.objectStore('blobs').put(new Blob([bytes as Uint8Array<ArrayBuffer>], { type: 'image/jpeg' }), key);
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error ?? new Error('write failed'));
      });
    },
    close() {
      raw.close();
      indexedDB.deleteDatabase(name);
    },
  };
}

export async function measurePhotoIngest(
  store: DataStore,
  inspectionId: string,
  photos: readonly Uint8Array[],
  renderer: PhotoRenderer,
  warmup: number,
): Promise<Comparison> {
  const pick = (run: number) => (run < 0 ? -1 - run : warmup + run);
  const n = photos.length - warmup;
  const subject = await timeRuns(warmup, n, (run) =>
    ingestPhoto(store, inspectionId, photos[pick(run)] ?? new Uint8Array(), pick(run), renderer),
  );
  const bare = await bareWriter();
  const baseline = await timeRuns(warmup, n, (run) => bare.write(photos[pick(run)] ?? new Uint8Array()));
  bare.close();
  return compare(subject, baseline);
}
