/**
 * Makes an annotated or redacted copy of a photo as a NEW photo (DOMAIN.md 6.4 item 4): rendered from
 * the verified original at its full resolution, with its own SHA-256, `source: 'annotation'` and
 * `derivedFrom` pointing at the photo it was drawn on. The original record and bytes are not touched.
 */
import type { Photo } from '@shared/domain/photo';
import { sha256Hex } from '../db/digest';
import { hashBlob } from '../db/hashedBlob';
import type { Annotation } from './annotations';
import { cleanDisplayName } from './displayName';
import type { PhotoRenderer } from './photoRenderer';
import type { PrepareResult } from './preparePhoto';

export interface AnnotatedPhotoOptions {
  caption: string;
  renderer: Pick<PhotoRenderer, 'renderAnnotated'>;
  newId(): string;
  now(): Date;
}

/** "IMG_0042.jpg" becomes "IMG_0042 (annotated).jpg". */
export function annotatedFileName(fileName: string, redacted: boolean): string {
  const stem = fileName.replace(/\.(jpe?g|png|webp)$/iu, '');
  return cleanDisplayName(`${stem} (${redacted ? 'redacted' : 'annotated'}).jpg`);
}

export async function prepareAnnotatedPhoto(
  original: Photo,
  originalBytes: Uint8Array,
  annotations: readonly Annotation[],
  options: AnnotatedPhotoOptions,
): Promise<PrepareResult> {
  if (annotations.length === 0) return { ok: false, reason: 'Draw at least one annotation before saving a copy.' };
  // Drawn on the true original only: bytes that no longer match their hash are not evidence.
  if ((await sha256Hex(originalBytes)) !== original.sha256)
    return {
      ok: false,
      reason: 'This photo’s stored bytes no longer match its hash, so no copy can be made from them.',
    };
  const rendered = await options.renderer.renderAnnotated(originalBytes, original.mediaType, annotations);
  if (!rendered.ok) return rendered;
  const { copies, full } = rendered;
  const [fullBlob, thumbnail, display] = await Promise.all([
    hashBlob(full, 'image/jpeg'),
    hashBlob(copies.thumbnail, 'image/jpeg'),
    hashBlob(copies.display, 'image/jpeg'),
  ]);
  const [sha256, thumbnailSha256, displaySha256] = [fullBlob.sha256, thumbnail.sha256, display.sha256];
  const photo: Photo = {
    id: options.newId(),
    inspectionId: original.inspectionId,
    sha256,
    mediaType: 'image/jpeg',
    byteSize: full.byteLength,
    width: copies.width,
    height: copies.height,
    fileName: annotatedFileName(
      original.fileName,
      annotations.some((a) => a.kind === 'redaction'),
    ),
    source: 'annotation',
    capturedAt: options.now().toISOString(),
    caption: options.caption,
    siteId: original.siteId,
    // The rendered copy carries no EXIF of its own; the original's stays with the original, one link away.
    exif: {},
    thumbnailSha256,
    displaySha256,
    derivedFrom: original.id,
  };
  return {
    ok: true,
    prepared: {
      photo,
      blobs: [fullBlob, thumbnail, display],
    },
  };
}
