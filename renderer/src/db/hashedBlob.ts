/**
 * Photo bytes hashed once, where they come in, and trusted by `commit` without hashing them again.
 *
 * `commit` refuses bytes that do not match their recorded SHA-256, so that what is stored under a
 * hash is always those bytes (content addressing, SECURITY.md D7). For a 12 MP photo the Add photos
 * journey had already hashed the very same bytes moments before (SHA-256 at capture, to name the
 * photo and find duplicates), so `commit` hashed 2 MB a second time. A `HashedBlob` carries that
 * first hash instead, and the guarantee holds because nothing outside this module can make one whose
 * hash does not match what will be stored:
 * - the only way to make one is `hashBlob`, which copies the caller's bytes and hashes the copy;
 * - the copy lives in a WeakMap private to this module and is never handed out (`bytesOf` gives a
 *   fresh copy), so no one can change it after it was hashed;
 * - `sha256` and `mediaType` are read-only on a frozen object, and `encodeBlobsForCommit` trusts only
 *   objects in that map (an object with the same shape made elsewhere is a plain input, hashed again).
 * Plain `{ sha256, mediaType, bytes }` inputs are still hashed and refused when they do not match.
 */
import { CommitValidationError } from './commitErrors';
import { sha256Hex } from './digest';
import type { StorageCodec } from './storageCodec';
import type { StoredBlobRow } from './storedRows';

export interface HashedBlob {
  readonly sha256: string;
  readonly mediaType: string;
  readonly byteLength: number;
}

/** Bytes with a hash the caller asserts; `commit` checks it. */
export interface PlainBlobInput {
  sha256: string;
  mediaType: string;
  bytes: Uint8Array;
}

export type BlobInput = HashedBlob | PlainBlobInput;

const hashedBytes = new WeakMap<HashedBlob, Uint8Array>();

/** Copies and hashes `bytes` (SHA-256, WebCrypto): the hash is of exactly what will be stored. */
export async function hashBlob(bytes: Uint8Array, mediaType: string): Promise<HashedBlob> {
  // The copy costs a fraction of a millisecond for 2 MB; it is what makes the hash unforgeable.
  const own = bytes.slice();
  const blob: HashedBlob = Object.freeze({ sha256: await sha256Hex(own), mediaType, byteLength: own.byteLength });
  hashedBytes.set(blob, own);
  return blob;
}

/**
 * The bytes, for work that needs them (making previews): of a HashedBlob, a copy, so that changing
 * it changes nothing that will be stored.
 */
export function bytesOf(blob: BlobInput): Uint8Array {
  const own = hashedBytes.get(blob as HashedBlob);
  if (own) return own.slice();
  if ('bytes' in blob) return blob.bytes;
  throw new Error('These photo bytes were not made by hashBlob.');
}

/**
 * The bytes of each blob encoded for storage (sealed, with the encrypting codec), after making sure
 * each is stored under its own hash: a HashedBlob's was computed by `hashBlob` on these very bytes; a
 * plain input is hashed here and refused if it does not match.
 */
export async function encodeBlobsForCommit(codec: StorageCodec, blobs: readonly BlobInput[]): Promise<StoredBlobRow[]> {
  const checked: PlainBlobInput[] = [];
  for (const blob of blobs) {
    const own = hashedBytes.get(blob as HashedBlob);
    if (own) {
      checked.push({ sha256: blob.sha256, mediaType: blob.mediaType, bytes: own });
      continue;
    }
    if (!('bytes' in blob) || (await sha256Hex(blob.bytes)) !== blob.sha256)
      throw new CommitValidationError('A photo’s bytes do not match their recorded SHA-256.');
    checked.push(blob);
  }
  return codec.encodeBlobs(checked);
}
