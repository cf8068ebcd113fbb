/**
 * The thumbnail and display copies of a stored photo, made by the photo worker. Kept apart from
 * checking and hashing the original because decoding a 12-megapixel picture takes far longer than
 * storing it: the Add photos journey stores the original first (the photo is safe), then makes the
 * copies and records them as an update of the photo (the copies' hashes and the upright size).
 */
import type { PhotoMediaType } from '@shared/domain/photo';
import { hashBlob, type BlobInput } from '../db/hashedBlob';
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
  const [thumbnail, display] = await Promise.all([
    hashBlob(copies.thumbnail, 'image/jpeg'),
    hashBlob(copies.display, 'image/jpeg'),
  ]);
  return {
    ok: true,
    fields: {
      thumbnailSha256: thumbnail.sha256,
      displaySha256: display.sha256,
      width: copies.width,
      height: copies.height,
    },
    blobs: [thumbnail, display],
  };
}

/** EXIF orientations 5 to 8 turn the picture a quarter turn, so the upright width is the stored height. */
export function uprightSize(width: number, height: number, orientation: number | undefined) {
  return orientation !== undefined && orientation >= 5 ? { width: height, height: width } : { width, height };
}
