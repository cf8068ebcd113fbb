/**
 * WebP: a RIFF container whose first chunk is VP8 (lossy), VP8L (lossless) or VP8X (extended, with
 * the canvas size). The RIFF length must fit in the file, or the file has been cut short.
 */
import { checkedSize, cutShort, type HeaderResult } from './headerResult';

function fourCc(bytes: Uint8Array, offset: number): string {
  return String.fromCharCode(...bytes.subarray(offset, offset + 4));
}

function uint24(bytes: Uint8Array, offset: number): number {
  return (bytes[offset] ?? 0) | ((bytes[offset + 1] ?? 0) << 8) | ((bytes[offset + 2] ?? 0) << 16);
}

export function readWebpHeader(bytes: Uint8Array): HeaderResult {
  if (bytes.length < 30) return { ok: false, reason: cutShort('WebP') };
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const riffLength = view.getUint32(4, true);
  if (riffLength + 8 > bytes.length) return { ok: false, reason: cutShort('WebP') };

  switch (fourCc(bytes, 12)) {
    case 'VP8X':
      return checkedSize(uint24(bytes, 24) + 1, uint24(bytes, 27) + 1, 'WebP');
    case 'VP8 ': {
      // The key frame's start code, then 14-bit width and height (the top two bits are scaling).
      if (bytes[23] !== 0x9d || bytes[24] !== 0x01 || bytes[25] !== 0x2a)
        return { ok: false, reason: 'The WebP file is damaged: its image header is not valid.' };
      return checkedSize(view.getUint16(26, true) & 0x3fff, view.getUint16(28, true) & 0x3fff, 'WebP');
    }
    case 'VP8L': {
      if (bytes[20] !== 0x2f) return { ok: false, reason: 'The WebP file is damaged: its image header is not valid.' };
      const bits = view.getUint32(21, true);
      return checkedSize((bits & 0x3fff) + 1, ((bits >>> 14) & 0x3fff) + 1, 'WebP');
    }
    default:
      return { ok: false, reason: 'The WebP file is damaged: it has no image header.' };
  }
}
