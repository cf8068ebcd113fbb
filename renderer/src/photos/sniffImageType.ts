/**
 * Decides what a file is from its first bytes, never from its name or the type the system claims
 * (a drop or a picker passes both through unchecked). Only JPEG, PNG and WebP are accepted; anything
 * else is refused with a reason that says what it looks like, so the inspector knows what to do.
 * SVG is refused outright: it is a document that can carry script (SECURITY.md F2).
 */
import type { PhotoMediaType } from '@shared/domain/photo';

export type SniffResult = { ok: true; mediaType: PhotoMediaType } | { ok: false; reason: string };

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

function startsWith(bytes: Uint8Array, signature: readonly number[], offset = 0): boolean {
  if (bytes.length < offset + signature.length) return false;
  return signature.every((value, index) => bytes[offset + index] === value);
}

function ascii(bytes: Uint8Array, start: number, end: number): string {
  return String.fromCharCode(...bytes.subarray(start, Math.min(end, bytes.length)));
}

/** ISO base media file brands (the `ftyp` box) used by HEIC, HEIF and AVIF photos. */
const HEIF_BRANDS = new Set(['heic', 'heix', 'hevc', 'hevx', 'heim', 'heis', 'mif1', 'msf1', 'avif', 'avis']);

export function sniffImageType(bytes: Uint8Array): SniffResult {
  if (bytes.length === 0) return { ok: false, reason: 'The file is empty (0 bytes).' };
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return { ok: true, mediaType: 'image/jpeg' };
  if (startsWith(bytes, PNG_SIGNATURE)) return { ok: true, mediaType: 'image/png' };
  if (ascii(bytes, 0, 4) === 'RIFF' && ascii(bytes, 8, 12) === 'WEBP') return { ok: true, mediaType: 'image/webp' };
  return { ok: false, reason: describeRefusedContent(bytes) };
}

/** Names what a refused file looks like. */
function describeRefusedContent(bytes: Uint8Array): string {
  if (ascii(bytes, 4, 8) === 'ftyp') {
    const brand = ascii(bytes, 8, 12).toLowerCase();
    if (HEIF_BRANDS.has(brand))
      return 'It looks like a HEIC/HEIF photo, which the workbench cannot open. Export it from the phone or camera as JPEG and import that.';
    return 'It looks like a video or other media file, not a photo.';
  }
  if (startsWith(bytes, [0x49, 0x49, 0x2a, 0x00]) || startsWith(bytes, [0x4d, 0x4d, 0x00, 0x2a]))
    return 'It looks like a TIFF image (or a camera raw file), which is not accepted. Save it as JPEG or PNG and import that.';
  if (ascii(bytes, 0, 6) === 'GIF87a' || ascii(bytes, 0, 6) === 'GIF89a')
    return 'It looks like a GIF image, which is not accepted. Save it as PNG or JPEG and import that.';
  if (ascii(bytes, 0, 2) === 'BM') return 'It looks like a BMP image, which is not accepted. Save it as PNG or JPEG.';
  if (ascii(bytes, 0, 5) === '%PDF-') return 'It looks like a PDF document, not a photo. Add it as a document instead.';
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]))
    return 'It looks like a zip archive or Office document, not a photo.';
  const text = leadingText(bytes);
  if (text !== null) {
    if (text.includes('<svg'))
      return 'It looks like an SVG drawing (text that can contain scripts), not a photo, so it is not accepted.';
    if (/^<!doctype html|^<html|^<head|^<body|^<script|^<meta|^<iframe|^<div/.test(text))
      return 'It looks like a web page (HTML text), not a photo, so it is not accepted.';
    if (text.startsWith('<?xml') || text.startsWith('<')) return 'It looks like an XML document (text), not a photo.';
    return 'It looks like a text file, not a photo.';
  }
  return 'It is not a JPEG, PNG or WebP image (its content is not recognised).';
}

/**
 * The first kilobyte lower-cased, without a byte-order mark or leading white space, if it reads as
 * text; null for binary content. SVG and HTML are both "text starting with <".
 */
function leadingText(bytes: Uint8Array): string | null {
  let start = 0;
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) start = 3;
  const sample = bytes.subarray(start, start + 1024);
  for (const byte of sample) {
    const printable = byte === 0x09 || byte === 0x0a || byte === 0x0d || (byte >= 0x20 && byte !== 0x7f);
    if (!printable) return null;
  }
  return new TextDecoder('utf-8', { fatal: false }).decode(sample).trimStart().toLowerCase();
}
