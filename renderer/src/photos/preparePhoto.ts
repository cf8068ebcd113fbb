/**
 * Turns one incoming file (imported or taken with the camera) into a photo record and its blobs,
 * ready for a single commit: check the bytes, hash the untouched original (SHA-256 at capture,
 * DOMAIN.md 6.4 item 4), read EXIF, make the thumbnail and display copies, hash those. Nothing is
 * written here; a refusal at any step comes back as a reason for that file alone.
 */
import type { Photo } from '@shared/domain/photo';
import type { BlobInput } from '../db/commit';
import { sha256Hex } from '../db/digest';
import { checkPhotoBytes } from './checkPhotoBytes';
import { cleanDisplayName } from './displayName';
import { checkPhotoByteSize } from './photoLimits';
import type { PhotoRenderer } from './photoRenderer';
import { readPhotoExif } from './readPhotoExif';

/** A file that can be read when its turn comes, so a batch never holds every file in memory at once. */
export type PhotoFileInput =
  | { name: string; size: number; read(): Promise<Uint8Array> }
  /** A file the picker itself could not read. */
  | { name: string; refused: string };

export interface PrepareOptions {
  inspectionId: string;
  siteId: string | null;
  source: 'camera' | 'file';
  /** Keep the GPS position from EXIF in the record (off unless the inspector asks). */
  keepLocation: boolean;
  caption?: string;
  renderer: Pick<PhotoRenderer, 'makeCopies'>;
  /** The name of a photo with these exact bytes already in the inspection, if any. */
  findDuplicate?(sha256: string): Promise<string | null>;
  newId(): string;
  now(): Date;
}

export interface PreparedPhoto {
  photo: Photo;
  blobs: BlobInput[];
}

export type PrepareResult = { ok: true; prepared: PreparedPhoto } | { ok: false; reason: string };

export async function preparePhoto(input: PhotoFileInput, options: PrepareOptions): Promise<PrepareResult> {
  if ('refused' in input) return { ok: false, reason: input.refused };
  // The size is known before reading: a 300 MB file is refused without being loaded.
  const sizeProblem = checkPhotoByteSize(input.size);
  if (sizeProblem) return { ok: false, reason: sizeProblem };
  let bytes: Uint8Array;
  try {
    bytes = await input.read();
  } catch (error) {
    return {
      ok: false,
      reason: `The file could not be read (${error instanceof Error ? error.message : 'unknown error'}).`,
    };
  }
  const checked = checkPhotoBytes(bytes);
  if (!checked.ok) return checked;

  const sha256 = await sha256Hex(bytes);
  const duplicate = await options.findDuplicate?.(sha256);
  if (duplicate)
    return { ok: false, reason: `It is the same photo as “${duplicate}”, which is already in this inspection.` };

  const exif = await readPhotoExif(bytes, options.keepLocation);
  const rendered = await options.renderer.makeCopies(bytes, checked.mediaType);
  if (!rendered.ok) return rendered;
  const { copies } = rendered;
  const [thumbnailSha256, displaySha256] = await Promise.all([sha256Hex(copies.thumbnail), sha256Hex(copies.display)]);

  const photo: Photo = {
    id: options.newId(),
    inspectionId: options.inspectionId,
    sha256,
    mediaType: checked.mediaType,
    byteSize: bytes.byteLength,
    width: copies.width,
    height: copies.height,
    fileName: cleanDisplayName(input.name),
    source: options.source,
    capturedAt: options.now().toISOString(),
    caption: options.caption ?? '',
    siteId: options.siteId,
    exif,
    thumbnailSha256,
    displaySha256,
    derivedFrom: null,
  };
  return {
    ok: true,
    prepared: {
      photo,
      blobs: [
        { sha256, mediaType: checked.mediaType, bytes },
        { sha256: thumbnailSha256, mediaType: 'image/jpeg', bytes: copies.thumbnail },
        { sha256: displaySha256, mediaType: 'image/jpeg', bytes: copies.display },
      ],
    },
  };
}
