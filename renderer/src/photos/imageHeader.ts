/**
 * Reads an image's declared width and height from its header, and checks the file is whole, before
 * any decoder runs: the pixel cap must be applied to what the file claims, not to what a decoder has
 * already allocated (SECURITY.md F1). One reader per accepted format.
 */
import type { PhotoMediaType } from '@shared/domain/photo';
import { readJpegHeader } from './jpegHeader';
import { readPngHeader } from './pngHeader';
import { readWebpHeader } from './webpHeader';
import type { HeaderResult } from './headerResult';

export type { HeaderResult };

export function readImageHeader(bytes: Uint8Array, mediaType: PhotoMediaType): HeaderResult {
  switch (mediaType) {
    case 'image/jpeg':
      return readJpegHeader(bytes);
    case 'image/png':
      return readPngHeader(bytes);
    case 'image/webp':
      return readWebpHeader(bytes);
  }
}
