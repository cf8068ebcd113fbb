/**
 * Reads stored photo bytes and checks them against the SHA-256 they are filed under, every time they
 * are read (SECURITY.md D7): a blob file deleted or damaged on disk shows up as "missing" or
 * "altered" instead of as a broken or, worse, a different picture.
 */
import { sha256Hex } from '../db/digest';
import { SealedBodyError } from '../security/sealedBody';

export type BlobCheck = { state: 'intact'; bytes: Uint8Array } | { state: 'missing' } | { state: 'altered' };

export interface BlobSource {
  blobBytes(sha256: string): Promise<Uint8Array | undefined>;
}

export async function readVerifiedBlob(source: BlobSource, sha256: string): Promise<BlobCheck> {
  let bytes: Uint8Array | undefined;
  try {
    bytes = await source.blobBytes(sha256);
  } catch (error) {
    // Sealed bytes that fail AES-GCM's check were altered on disk, like bytes that fail the hash.
    if (error instanceof SealedBodyError) return { state: 'altered' };
    // Chromium reports a deleted blob file as NotFoundError or NotReadableError on read.
    return { state: 'missing' };
  }
  if (!bytes) return { state: 'missing' };
  return (await sha256Hex(bytes)) === sha256 ? { state: 'intact', bytes } : { state: 'altered' };
}

export const BLOB_PROBLEM_MESSAGES = {
  missing: 'This photo’s stored bytes cannot be found on this device.',
  altered: 'This photo’s stored bytes no longer match its hash.',
} as const;
