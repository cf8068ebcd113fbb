/**
 * SHA-256 of each upload so far, kept in this instance's memory while its chunks arrive, so the last
 * chunk can be checked against the declared hash without reading every byte back from the database.
 * Only a hint: another instance may have taken earlier chunks, or this one may have restarted, and
 * then `digestAfter` answers null and the caller hashes the stored bytes instead. An entry is only
 * replaced after the transaction that stored its chunk has committed (`remember`), so a rolled-back
 * chunk never enters the running hash.
 */
import type { Hash } from 'node:crypto';

interface Running {
  /** Bytes hashed so far: the upload's received_bytes when this entry was remembered. */
  offset: number;
  hash: Hash;
}

/** Uploads in progress at once on one instance; the oldest is forgotten beyond this (it is only a hint). */
const MAX_TRACKED = 512;

export class UploadDigests {
  readonly #running = new Map<string, Running>();

  /**
   * The running hash extended by a chunk that starts at `offset`, or null when this instance did not
   * see the bytes before it. `chunkHash` is the chunk's own hash (computed for its checksum anyway):
   * for a first chunk it is the running hash, so a photo sent in one chunk is hashed once. The entry
   * itself is not changed until `remember`.
   */
  extend(uploadId: string, offset: number, bytes: Uint8Array, chunkHash: Hash): Hash | null {
    if (offset === 0) return chunkHash.copy();
    const running = this.#running.get(uploadId);
    if (!running || running.offset !== offset) return null;
    return running.hash.copy().update(bytes);
  }

  remember(uploadId: string, offset: number, hash: Hash | null): void {
    this.#running.delete(uploadId);
    if (!hash) return;
    this.#running.set(uploadId, { offset, hash });
    if (this.#running.size > MAX_TRACKED) {
      const oldest = this.#running.keys().next();
      if (!oldest.done) this.#running.delete(oldest.value);
    }
  }

  forget(uploadId: string): void {
    this.#running.delete(uploadId);
  }
}

/** The hex digest of a running hash without ending it (it may still be remembered). */
export const hexDigestOf = (hash: Hash): string => hash.copy().digest('hex');
