/**
 * The gate every photo passes before it is decoded: size cap, type from the magic bytes, a whole
 * file, and declared dimensions under the pixel cap. Pure and synchronous, so the hostile corpus is
 * tested in Node without a browser.
 */
import type { PhotoMediaType } from '@shared/domain/photo';
import { readImageHeader } from './imageHeader';
import { checkDeclaredPixels, checkPhotoByteSize } from './photoLimits';
import { sniffImageType } from './sniffImageType';

export type PhotoCheck =
  { ok: true; mediaType: PhotoMediaType; width: number; height: number } | { ok: false; reason: string };

export function checkPhotoBytes(bytes: Uint8Array): PhotoCheck {
  const sizeProblem = checkPhotoByteSize(bytes.byteLength);
  if (sizeProblem) return { ok: false, reason: sizeProblem };
  const sniffed = sniffImageType(bytes);
  if (!sniffed.ok) return sniffed;
  const header = readImageHeader(bytes, sniffed.mediaType);
  if (!header.ok) return header;
  const pixelProblem = checkDeclaredPixels(header.width, header.height);
  if (pixelProblem) return { ok: false, reason: pixelProblem };
  return { ok: true, mediaType: sniffed.mediaType, width: header.width, height: header.height };
}
