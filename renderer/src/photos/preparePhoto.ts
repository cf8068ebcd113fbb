/**
 * Turns one incoming file (imported or taken with the camera) into a photo record and its blobs,
 * ready for a commit: check the bytes, hash the untouched original (SHA-256 at capture, DOMAIN.md
 * 6.4 item 4), read EXIF, and, when a renderer is given, make and hash the thumbnail and display
 * copies. Without one the record has no copies yet (their hashes are null, its size is the one the
 * header declares): the caller stores the original at once and adds the copies after
 * (photoCopies.ts). Nothing is written here; a refusal at any step comes back as a reason for that
 * file alone.
 */
import type { Photo } from '@shared/domain/photo';
import { hashBlob, type BlobInput } from '../db/hashedBlob';
import { checkPhotoBytes } from './checkPhotoBytes';
import { cleanDisplayName } from './displayName';
import { checkPhotoByteSize } from './photoLimits';
import { preparePhotoCopies, uprightSize } from './photoCopies';
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
  /** Makes the copies in the same step; left out, the photo is prepared without them. */
  renderer?: Pick<PhotoRenderer, 'makeCopies'>;
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

  // Hashed once, here: `commit` takes this hash without hashing the 2 MB again (hashedBlob.ts says why
  // that is safe).
  const original = await hashBlob(bytes, checked.mediaType);
  const { sha256 } = original;
  const duplicate = await options.findDuplicate?.(sha256);
  if (duplicate)
    return { ok: false, reason: `It is the same photo as “${duplicate}”, which is already in this inspection.` };

  const exif = await readPhotoExif(bytes, options.keepLocation);
  const copies = options.renderer ? await preparePhotoCopies(bytes, checked.mediaType, options.renderer) : null;
  if (copies && !copies.ok) return copies;
  const declared = uprightSize(checked.width, checked.height, exif.orientation);

  const photo: Photo = {
    id: options.newId(),
    inspectionId: options.inspectionId,
    sha256,
    mediaType: checked.mediaType,
    byteSize: bytes.byteLength,
    width: copies?.fields.width ?? declared.width,
    height: copies?.fields.height ?? declared.height,
    fileName: cleanDisplayName(input.name),
    source: options.source,
    capturedAt: options.now().toISOString(),
    caption: options.caption ?? '',
    siteId: options.siteId,
    exif,
    thumbnailSha256: copies?.fields.thumbnailSha256 ?? null,
    displaySha256: copies?.fields.displaySha256 ?? null,
    derivedFrom: null,
  };
  return {
    ok: true,
    prepared: {
      photo,
      blobs: [original, ...(copies?.blobs ?? [])],
    },
  };
}
