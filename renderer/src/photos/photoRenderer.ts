/**
 * The page's side of the photo worker: sends bytes, waits for the copies. One worker is started when
 * first needed and stopped after a quiet minute, so its decoded images do not hold memory for the
 * rest of the session. A worker that crashes (for example out of memory on a hostile image) fails
 * only the photos it was working on, and the next photo gets a fresh worker.
 */
import type { PhotoMediaType } from '@shared/domain/photo';
import type { Annotation } from './annotations';
import { ANNOTATED_QUALITY, DISPLAY_EDGE, DISPLAY_QUALITY, THUMBNAIL_EDGE, THUMBNAIL_QUALITY } from './photoLimits';
import type { CopySizes, PhotoWorkerRequest, PhotoWorkerResponse } from './photoWorkerProtocol';

export interface PhotoCopies {
  /** Upright size of the decoded picture. */
  width: number;
  height: number;
  thumbnail: Uint8Array;
  display: Uint8Array;
}

export type CopiesResult = { ok: true; copies: PhotoCopies } | { ok: false; reason: string };
export type AnnotatedResult = { ok: true; copies: PhotoCopies; full: Uint8Array } | { ok: false; reason: string };

/** What the pipeline needs from a renderer; tests give it one built on sharp instead of a worker. */
export interface PhotoRenderer {
  makeCopies(bytes: Uint8Array, mediaType: PhotoMediaType): Promise<CopiesResult>;
  renderAnnotated(
    bytes: Uint8Array,
    mediaType: PhotoMediaType,
    annotations: readonly Annotation[],
  ): Promise<AnnotatedResult>;
}

const SIZES: CopySizes = {
  thumbnailEdge: THUMBNAIL_EDGE,
  thumbnailQuality: THUMBNAIL_QUALITY,
  displayEdge: DISPLAY_EDGE,
  displayQuality: DISPLAY_QUALITY,
};
const TIMEOUT_MS = 120_000;
const IDLE_MS = 60_000;

type Pending = { resolve(response: PhotoWorkerResponse): void };

let worker: Worker | null = null;
let nextId = 1;
let idleTimer: ReturnType<typeof setTimeout> | undefined;
const pending = new Map<number, Pending>();

function failAll(reason: string): void {
  for (const [id, entry] of pending) entry.resolve({ id, ok: false, reason });
  pending.clear();
}

function startWorker(): Worker {
  const started = new Worker(new URL('./photoWorker.ts', import.meta.url), { type: 'module', name: 'photos' });
  started.onmessage = (event: MessageEvent<PhotoWorkerResponse>) => {
    const entry = pending.get(event.data.id);
    pending.delete(event.data.id);
    entry?.resolve(event.data);
    scheduleIdleStop();
  };
  started.onerror = (event) => {
    event.preventDefault();
    stopWorker();
    failAll('The photo could not be processed: the image decoder stopped (the picture may be too large or damaged).');
  };
  return started;
}

function stopWorker(): void {
  worker?.terminate();
  worker = null;
}

function scheduleIdleStop(): void {
  clearTimeout(idleTimer);
  idleTimer = setTimeout(() => {
    if (pending.size === 0) stopWorker();
  }, IDLE_MS);
}

type RequestBody =
  | Omit<Extract<PhotoWorkerRequest, { kind: 'copies' }>, 'id'>
  | Omit<Extract<PhotoWorkerRequest, { kind: 'annotate' }>, 'id'>;

function send(body: RequestBody): Promise<PhotoWorkerResponse> {
  worker ??= startWorker();
  clearTimeout(idleTimer);
  const id = nextId++;
  const active = worker;
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      if (!pending.delete(id)) return;
      // A decode that never finishes is treated as hostile: the worker is replaced.
      if (worker === active) stopWorker();
      failAll('The photo took too long to process.');
      resolve({ id, ok: false, reason: 'The photo took too long to process (over two minutes), so it was stopped.' });
    }, TIMEOUT_MS);
    pending.set(id, {
      resolve: (response) => {
        clearTimeout(timer);
        resolve(response);
      },
    });
    active.postMessage({ ...body, id }, [body.bytes]);
  });
}

function copiesFrom(response: Extract<PhotoWorkerResponse, { ok: true }>): PhotoCopies {
  return {
    width: response.width,
    height: response.height,
    thumbnail: new Uint8Array(response.thumbnail),
    display: new Uint8Array(response.display),
  };
}

/** A copy is transferred to the worker; the caller's original bytes stay untouched. */
function bufferOf(bytes: Uint8Array): ArrayBuffer {
  return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
}

export const workerPhotoRenderer: PhotoRenderer = {
  async makeCopies(bytes, mediaType) {
    const response = await send({ kind: 'copies', bytes: bufferOf(bytes), mediaType, sizes: SIZES });
    return response.ok ? { ok: true, copies: copiesFrom(response) } : response;
  },
  async renderAnnotated(bytes, mediaType, annotations) {
    const response = await send({
      kind: 'annotate',
      bytes: bufferOf(bytes),
      mediaType,
      sizes: SIZES,
      annotations,
      quality: ANNOTATED_QUALITY,
    });
    if (!response.ok) return response;
    if (!response.full) return { ok: false, reason: 'The annotated photo could not be rendered.' };
    return { ok: true, copies: copiesFrom(response), full: new Uint8Array(response.full) };
  },
};
