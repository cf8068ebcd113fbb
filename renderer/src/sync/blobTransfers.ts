/**
 * Photo (and issued PDF) bytes between this laptop and the gateway. Each blob moves through visible
 * states: stored (on this laptop only) → queued → uploading → verified (the gateway hashed every byte
 * and found the SHA-256 recorded at capture). Uploads are resumable: the gateway's upload location and
 * offset are kept in the transfer row, so a cut connection or a restarted app continues from what the
 * gateway holds (it is asked first) instead of starting again (SECURITY.md E3, fault test 4). Bytes
 * are checked against their hash before they leave (D7) and every chunk carries its own checksum (C5).
 *
 * Downloads fetch blobs named by colleagues' records that this laptop lacks, and keep them only when
 * their SHA-256 matches the name.
 */
import { BlobMediaTypeSchema } from '@shared/sync/blobProtocol';
import type { DataStore } from '../db/DataStore';
import { hexOf, sha256Digest, sha256Hex } from '../db/digest';
import { bytesToBase64 } from '../security/base64';
import type { BlobTransferRow } from '../db/storedRows';
import { sniffMediaType } from '../packages/sniffMediaType';
import type { GatewayClient } from './gatewayClient';
import { GatewayError } from './gatewayErrors';
import { forEachInParallel } from './inParallel';

/**
 * A 12 MP photo (2–6 MB) goes in one or two requests. The gateway flushes each chunk to disk before it
 * confirms the offset, so fewer, larger chunks cost fewer flushes; a cut connection re-sends at most
 * one chunk.
 */
export const DEFAULT_CHUNK_BYTES = 4 * 1024 * 1024;
/**
 * Photos moving at once in each direction. Three keeps the gateway's database busy while this laptop
 * hashes and stores the next photo, without one slow link holding many half-sent photos.
 */
const TRANSFER_LANES = 3;

export interface BlobRef {
  inspectionId: string;
  sha256: string;
}

export interface TransferProgress {
  bytesDone: number;
  bytesTotal: number;
}

const transferId = (direction: BlobTransferRow['direction'], ref: BlobRef) => `${direction}:${ref.inspectionId}:${ref.sha256}`;

/** Queues uploads of blobs this laptop's records name; already-known transfers are left as they are. */
export async function queueUploads(store: DataStore, refs: readonly BlobRef[]): Promise<void> {
  const { db } = store;
  await db.transaction('rw', [db.blobTransfers, db.blobs], async () => {
    for (const ref of refs) {
      const id = transferId('upload', ref);
      if (await db.blobTransfers.get(id)) continue;
      const blob = await db.blobs.get(ref.sha256);
      if (!blob) continue;
      await db.blobTransfers.put(newTransfer('upload', ref, blob.mediaType, blob.size));
    }
  });
}

/** Queues downloads of blobs named by received records that this laptop lacks (call inside a transaction over blobs and blobTransfers). */
export async function queueDownloads(store: DataStore, refs: readonly BlobRef[]): Promise<void> {
  const { db } = store;
  for (const ref of refs) {
    const id = transferId('download', ref);
    if ((await db.blobTransfers.get(id)) || (await db.blobs.get(ref.sha256))) continue;
    await db.blobTransfers.put(newTransfer('download', ref, 'application/octet-stream', 0));
  }
}

function newTransfer(direction: BlobTransferRow['direction'], ref: BlobRef, mediaType: string, size: number): BlobTransferRow {
  return {
    id: transferId(direction, ref),
    direction,
    inspectionId: ref.inspectionId,
    sha256: ref.sha256,
    mediaType,
    size,
    state: 'queued',
    offset: 0,
    location: null,
    error: null,
    updatedAt: new Date().toISOString(),
  };
}

async function unfinished(store: DataStore, direction: BlobTransferRow['direction']): Promise<BlobTransferRow[]> {
  return (await store.db.blobTransfers.where('state').anyOf('queued', 'uploading', 'failed').toArray()).filter(
    (row) => row.direction === direction,
  );
}

async function update(store: DataStore, row: BlobTransferRow, patch: Partial<BlobTransferRow>): Promise<BlobTransferRow> {
  const next = { ...row, ...patch, updatedAt: new Date().toISOString() };
  await store.db.blobTransfers.put(next);
  return next;
}

export async function runUploads(
  store: DataStore,
  client: GatewayClient,
  onProgress: (progress: TransferProgress) => void = () => {},
  chunkBytes = DEFAULT_CHUNK_BYTES,
): Promise<void> {
  const rows = await unfinished(store, 'upload');
  const bytesTotal = rows.reduce((sum, row) => sum + row.size, 0);
  // Bytes the gateway holds of each photo; their sum is the progress, whichever lanes move.
  const held = new Map(rows.map((row) => [row.id, row.offset]));
  const report = () => onProgress({ bytesDone: [...held.values()].reduce((sum, bytes) => sum + bytes, 0), bytesTotal });
  report();
  await forEachInParallel(rows, TRANSFER_LANES, async (row) => {
    try {
      const done = await uploadOne(store, client, row, chunkBytes, (offset) => {
        held.set(row.id, offset);
        report();
      });
      held.set(row.id, done.size);
    } catch (error) {
      if (!(error instanceof GatewayError) || error.kind !== 'refused') throw error;
      // One photo the gateway will not take must not hold back the others; the sync screen shows why.
      await update(store, (await store.db.blobTransfers.get(row.id)) ?? row, { state: 'failed', error: error.message });
    }
  });
  report();
}

async function uploadOne(
  store: DataStore,
  client: GatewayClient,
  initial: BlobTransferRow,
  chunkBytes: number,
  onOffset: (offset: number) => void,
): Promise<BlobTransferRow> {
  let row = await update(store, initial, { state: 'uploading', error: null });
  const bytes = await store.blobBytes(row.sha256);
  const digest = bytes ? await sha256Digest(bytes) : null;
  if (!bytes || !digest || hexOf(digest) !== row.sha256)
    throw new GatewayError('refused', 'The photo’s bytes on this laptop no longer match the hash recorded when it was captured.');
  const mediaType = BlobMediaTypeSchema.safeParse(row.mediaType);
  if (!mediaType.success) throw new GatewayError('refused', `The gateway does not take files of type ${row.mediaType}.`);

  let offset = 0;
  let location = row.location;
  if (location) {
    try {
      const state = await client.uploadState(location);
      if (state.complete) return update(store, row, { state: 'verified', offset: row.size });
      offset = state.offset;
    } catch (error) {
      // The gateway forgot the upload (expired, or another gateway database): start a new one.
      if (!(error instanceof GatewayError) || error.details.status !== 404) throw error;
      location = null;
    }
  }
  if (!location) {
    const state = await client.createUpload({
      sha256: row.sha256,
      size: bytes.byteLength,
      mediaType: mediaType.data,
      inspectionId: row.inspectionId,
    });
    if (state.complete) return update(store, row, { state: 'verified', offset: bytes.byteLength, location: state.location });
    location = state.location;
    offset = state.offset;
  }
  row = await update(store, row, { location, offset });
  onOffset(offset);
  while (offset < bytes.byteLength) {
    const chunk = bytes.subarray(offset, Math.min(bytes.byteLength, offset + chunkBytes));
    // A photo sent in one chunk has the photo's own digest as its checksum: no need to hash it twice.
    const checksum = chunk.byteLength === bytes.byteLength ? digest : await sha256Digest(chunk);
    const answer = await client.appendChunk(location, offset, chunk, bytesToBase64(checksum));
    if ('complete' in answer && answer.complete) return update(store, row, { state: 'verified', offset: bytes.byteLength });
    offset = answer.offset;
    row = await update(store, row, { offset });
    onOffset(offset);
  }
  const final = await client.uploadState(location);
  if (!final.complete) throw new GatewayError('retry-later', 'The gateway has every byte of the photo but has not confirmed it yet.');
  return update(store, row, { state: 'verified', offset: bytes.byteLength });
}

export async function runDownloads(store: DataStore, client: GatewayClient, onProgress: (done: number, total: number) => void = () => {}): Promise<void> {
  const rows = await unfinished(store, 'download');
  let done = 0;
  onProgress(done, rows.length);
  await forEachInParallel(rows, TRANSFER_LANES, async (row) => {
    if (!(await store.hasBlob(row.sha256))) {
      try {
        const bytes = await client.blob(row.sha256);
        if ((await sha256Hex(bytes)) !== row.sha256) {
          await update(store, row, { state: 'failed', error: 'The gateway sent bytes that do not match the photo’s hash; they were not kept.' });
          return;
        }
        // Sealed with WebCrypto (encodeBlobs), not the synchronous codec: megabytes, and no transaction to keep open.
        const [sealed] = await store.codec.encodeBlobs([{ sha256: row.sha256, mediaType: sniffMediaType(bytes), bytes }]);
        if (sealed) await store.db.blobs.put(sealed);
      } catch (error) {
        // Not uploaded yet by its author: it will be there on a later sync.
        if (!(error instanceof GatewayError) || error.details.status !== 404) throw error;
        await update(store, row, { state: 'failed', error: 'Not on the gateway yet: its author’s laptop has not sent it.' });
        return;
      }
    }
    await update(store, row, { state: 'verified', offset: row.size, error: null });
    onProgress((done += 1), rows.length);
  });
}
