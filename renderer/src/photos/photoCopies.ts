/**
 * The thumbnail and display copies of a stored photo, made by the photo worker. Kept apart from
 * checking and hashing the original because decoding a 12-megapixel picture takes far longer than
 * storing it: the Add photos journey stores the original first (the photo is safe), then makes the
 * copies and records them as an update of the photo (the copies' hashes and the upright size).
 */
import type { PhotoMediaType } from '@shared/domain/photo';
import type { BlobInput } from '../db/commit';
import { sha256Hex } from '../db/digest';
import type { PhotoRenderer } from './photoRenderer';

export interface PhotoCopyFields {
  thumbnailSha256: string;
  displaySha256: string;
  /** Size of the decoded picture, turned upright by its EXIF orientation. */
  width: number;
  height: number;
}

export type CopiesPrepared = { ok: true; fields: PhotoCopyFields; blobs: BlobInput[] } | { ok: false; reason: string };

export async function preparePhotoCopies(
  bytes: Uint8Array,
  mediaType: PhotoMediaType,
  renderer: Pick<PhotoRenderer, 'makeCopies'>,
): Promise<CopiesPrepared> {
  const rendered = await renderer.makeCopies(bytes, mediaType);
  if (!rendered.ok) return rendered;
  const { copies } = rendered;
  const [thumbnailSha256, displaySha256] = await Promise.all([sha256Hex(copies.thumbnail), sha256Hex(copies.display)]);
  return {
    ok: true,
    fields: { thumbnailSha256, displaySha256, width: copies.width, height: copies.height },
    blobs: [
      { sha256: thumbnailSha256, mediaType: 'image/jpeg', bytes: copies.thumbnail },
      { sha256: displaySha256, mediaType: 'image/jpeg', bytes: copies.display },
    ],
  };
}

/** EXIF orientations 5 to 8 turn the picture a quarter turn, so the upright width is the stored height. */
export function uprightSize(width: number, height: number, orientation: number | undefined) {
  return orientation !== undefined && orientation >= 5 ? { width: height, height: width } : { width, height };
}
