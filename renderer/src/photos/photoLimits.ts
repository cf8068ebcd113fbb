/**
 * The limits every photo must meet before the workbench decodes or stores it (SECURITY.md F1). They
 * are checked from the file size and the image header, so a hostile file is refused before any
 * decoder sees its pixel data.
 */

/** Larger than any camera or phone original we expect, small enough to hash and keep in IndexedDB. */
export const MAX_PHOTO_BYTES = 64 * 1024 * 1024;

/** Decompression-bomb guard: a 50 MP image decodes to about 200 MB of RGBA. */
export const MAX_PHOTO_MEGAPIXELS = 50;
export const MAX_PHOTO_PIXELS = MAX_PHOTO_MEGAPIXELS * 1_000_000;

/** Longest edge of the gallery thumbnail and of the on-screen display copy, in pixels. */
export const THUMBNAIL_EDGE = 320;
export const DISPLAY_EDGE = 1600;

/** JPEG quality of the generated copies; annotated copies keep more detail because they are evidence. */
export const THUMBNAIL_QUALITY = 0.8;
export const DISPLAY_QUALITY = 0.85;
export const ANNOTATED_QUALITY = 0.92;

/** Longest file name kept for display, in characters (the name is never used as a path). */
export const MAX_DISPLAY_NAME_LENGTH = 120;

/** "300 MB", "1.5 MB": sizes in binary megabytes, as file managers show them. */
export function formatMegabytes(bytes: number): string {
  const megabytes = bytes / (1024 * 1024);
  const rounded = megabytes < 10 ? Math.round(megabytes * 10) / 10 : Math.round(megabytes);
  return `${rounded} MB`;
}

/** "2500 MP", "0.3 MP". */
export function formatMegapixels(pixels: number): string {
  const megapixels = pixels / 1_000_000;
  const rounded = megapixels < 10 ? Math.round(megapixels * 10) / 10 : Math.round(megapixels);
  return `${rounded} MP`;
}

/** Refuses a file by its size alone, before any of it is read into memory. */
export function checkPhotoByteSize(byteSize: number): string | null {
  if (byteSize === 0) return 'The file is empty (0 bytes).';
  if (byteSize > MAX_PHOTO_BYTES)
    return `${formatMegabytes(byteSize)} is over the ${formatMegabytes(MAX_PHOTO_BYTES)} limit for one photo.`;
  return null;
}

/** Refuses an image whose header declares more pixels than we are prepared to decode. */
export function checkDeclaredPixels(width: number, height: number): string | null {
  const pixels = width * height;
  if (pixels <= MAX_PHOTO_PIXELS) return null;
  return `It declares ${width} x ${height} pixels (${formatMegapixels(pixels)}); the limit is ${MAX_PHOTO_MEGAPIXELS} MP.`;
}
