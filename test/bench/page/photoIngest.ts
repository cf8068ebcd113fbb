/**
 * Photo ingest as the Add photos journey does it, in its two steps: read, check, hash, EXIF,
 * duplicate check and one commit of the record with its original (the photo is stored and safe);
 * then the thumbnail and display copies made in the worker and committed as an update of the photo
 * (derivatives ready). Both moments are timed from the start, against a WebCrypto digest plus a bare
 * IndexedDB write of the same bytes, once with Chromium's default (relaxed) durability and once with
 * strict durability, as the workbench must write (SECURITY.md D1): the second tells the cost of
 * durability apart from the workbench's own work.
 */
import { v7 as uuidv7 } from 'uuid';
import type { DataStore } from '../../../renderer/src/db/DataStore';
import { preparePhoto } from '../../../renderer/src/photos/preparePhoto';
import { preparePhotoCopies } from '../../../renderer/src/photos/photoCopies';
import type { PhotoRenderer } from '../../../renderer/src/photos/photoRenderer';
import { compare, SESSION, type Comparison } from './benchmarks';
import { summarise, type Timing } from './measure';

/** One photo into one inspection; resolves with the time (ms from the start) at which it was stored. */
export async function ingestPhoto(
  store: DataStore,
  inspectionId: string,
  bytes: Uint8Array,
  index: number,
  renderer: PhotoRenderer,
): Promise<{ stored: number; derivatives: number }> {
  const started = performance.now();
  const result = await preparePhoto(
    { name: `IMG_${index}.jpg`, size: bytes.byteLength, read: async () => bytes },
    {
      inspectionId,
      siteId: null,
      source: 'file',
      keepLocation: false,
      findDuplicate: async (sha256) =>
        (await store.list('photo', { sha256 })).find((p) => p.inspectionId === inspectionId)?.fileName ?? null,
      newId: uuidv7,
      now: () => new Date(),
    },
  );
  if (!result.ok) throw new Error(result.reason);
  const { photo, blobs } = result.prepared;
  await store.commit(SESSION, { intents: [{ op: 'create', entity: 'photo', fields: photo }], blobs });
  const stored = performance.now() - started;
  const copies = await preparePhotoCopies(bytes, photo.mediaType, renderer);
  if (!copies.ok) throw new Error(copies.reason);
  await store.commit(SESSION, {
    intents: [{ op: 'update', entity: 'photo', id: photo.id, fields: copies.fields }],
    blobs: copies.blobs,
  });
  return { stored, derivatives: performance.now() - started };
}

/** The baseline: a WebCrypto digest and one raw IndexedDB put of the bytes as a Blob. */
export async function bareWriter(
  durability: IDBTransactionDurability = 'default',
): Promise<{ write(bytes: Uint8Array): Promise<void>; close(): void }> {
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
        const tx = raw.transaction('blobs', 'readwrite', { durability });
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

export interface PhotoIngestFigures {
  /** Until the record and its original are committed: the photo is safe. */
  stored: Comparison;
  /** Until the thumbnail and display copy are committed too: the row as issue 9 defines it. */
  derivatives: Comparison;
  /** The same digest and bare write with strict durability. */
  strictBaseline: Timing;
}

/**
 * Each photo into each inspection in turn (the same bytes twice in one inspection would be refused as
 * a duplicate); the first `warmup` ingests are not counted.
 */
export async function measurePhotoIngest(
  store: DataStore,
  inspectionIds: readonly string[],
  photos: readonly Uint8Array[],
  renderer: PhotoRenderer,
  warmup: number,
): Promise<PhotoIngestFigures> {
  const bare = await bareWriter();
  const strictBare = await bareWriter('strict');
  const stored: number[] = [];
  const derivatives: number[] = [];
  const baseline: number[] = [];
  const strictBaseline: number[] = [];
  const timeWrite = async (writer: typeof bare, bytes: Uint8Array) => {
    const started = performance.now();
    await writer.write(bytes);
    return performance.now() - started;
  };
  // Subject and baselines in turn, photo by photo, so load on the shared machine falls on all three.
  const ingests = inspectionIds.flatMap((inspectionId) => photos.map((bytes) => ({ inspectionId, bytes })));
  for (const [index, { inspectionId, bytes }] of ingests.entries()) {
    const times = await ingestPhoto(store, inspectionId, bytes, index, renderer);
    const relaxed = await timeWrite(bare, bytes);
    const strict = await timeWrite(strictBare, bytes);
    if (index < warmup) continue;
    stored.push(times.stored);
    derivatives.push(times.derivatives);
    baseline.push(relaxed);
    strictBaseline.push(strict);
  }
  bare.close();
  strictBare.close();
  const base = summarise(baseline);
  return {
    stored: compare(summarise(stored), base),
    derivatives: compare(summarise(derivatives), base),
    strictBaseline: summarise(strictBaseline),
  };
}
