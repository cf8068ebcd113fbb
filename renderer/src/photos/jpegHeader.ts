/**
 * JPEG: the size is in the start-of-frame (SOFn) segment, found by walking the marker segments from
 * the start of the file. The walk stops at the first scan; the compressed data after it must end
 * with an end-of-image marker, or the file has been cut short (a common result of a failed copy).
 */
import { checkedSize, cutShort, type HeaderResult } from './headerResult';

const SOI = 0xd8;
const EOI = 0xd9;
const SOS = 0xda;
const TEM = 0x01;

/** SOF0-SOF15 except DHT (C4), JPG (C8) and DAC (CC), which share the range. */
function isStartOfFrame(marker: number): boolean {
  return marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc;
}

function isStandalone(marker: number): boolean {
  return marker === SOI || marker === TEM || (marker >= 0xd0 && marker <= 0xd7);
}

export function readJpegHeader(bytes: Uint8Array): HeaderResult {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let offset = 2;
  let size: { width: number; height: number } | null = null;
  for (;;) {
    if (offset + 4 > bytes.length) return { ok: false, reason: cutShort('JPEG') };
    if (bytes[offset] !== 0xff)
      return { ok: false, reason: 'The JPEG file is damaged: its header segments are not in order.' };
    // Any number of 0xFF fill bytes may precede a marker.
    while (bytes[offset + 1] === 0xff && offset + 2 < bytes.length) offset += 1;
    const marker = bytes[offset + 1] ?? 0;
    if (isStandalone(marker)) {
      offset += 2;
      continue;
    }
    if (marker === EOI)
      return { ok: false, reason: 'The JPEG file has no image in it (it ends before any picture data).' };
    const length = view.getUint16(offset + 2);
    if (length < 2)
      return { ok: false, reason: 'The JPEG file is damaged: a header segment has an impossible length.' };
    if (isStartOfFrame(marker)) {
      if (offset + 9 > bytes.length) return { ok: false, reason: cutShort('JPEG') };
      size = { height: view.getUint16(offset + 5), width: view.getUint16(offset + 7) };
    }
    if (marker === SOS) {
      if (!size) return { ok: false, reason: 'The JPEG file is damaged: its picture data comes before its size.' };
      if (!hasEndOfImage(bytes, offset + 2 + length)) return { ok: false, reason: cutShort('JPEG') };
      return checkedSize(size.width, size.height, 'JPEG');
    }
    offset += 2 + length;
  }
}

/**
 * Inside compressed data a 0xFF byte is always followed by 0x00 (stuffing), a restart marker or
 * another scan's segments, so an FF D9 pair can only be the end-of-image marker. Data after it
 * (some phones append a trailer) is allowed.
 */
function hasEndOfImage(bytes: Uint8Array, from: number): boolean {
  let index = bytes.indexOf(0xff, from);
  while (index !== -1 && index + 1 < bytes.length) {
    if (bytes[index + 1] === EOI) return true;
    index = bytes.indexOf(0xff, index + 1);
  }
  return false;
}
