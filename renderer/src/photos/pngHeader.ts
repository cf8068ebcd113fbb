/**
 * PNG: the size is in the IHDR chunk, which must come first. The chunk list is walked (by length
 * fields only, without inflating anything) to confirm it reaches IEND, so a cut-off file is refused.
 */
import { checkedSize, cutShort, type HeaderResult } from './headerResult';

const SIGNATURE_LENGTH = 8;

function chunkType(bytes: Uint8Array, offset: number): string {
  return String.fromCharCode(...bytes.subarray(offset, offset + 4));
}

export function readPngHeader(bytes: Uint8Array): HeaderResult {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes.length < SIGNATURE_LENGTH + 8 + 13 + 4) return { ok: false, reason: cutShort('PNG') };
  if (view.getUint32(SIGNATURE_LENGTH) !== 13 || chunkType(bytes, SIGNATURE_LENGTH + 4) !== 'IHDR')
    return { ok: false, reason: 'The PNG file is damaged: it does not start with an image header (IHDR).' };
  const width = view.getUint32(SIGNATURE_LENGTH + 8);
  const height = view.getUint32(SIGNATURE_LENGTH + 12);

  let offset = SIGNATURE_LENGTH;
  let sawImageData = false;
  for (;;) {
    if (offset + 12 > bytes.length) return { ok: false, reason: cutShort('PNG') };
    const length = view.getUint32(offset);
    const type = chunkType(bytes, offset + 4);
    if (type === 'IDAT') sawImageData = true;
    if (type === 'IEND') break;
    offset += 12 + length;
  }
  if (!sawImageData) return { ok: false, reason: 'The PNG file is damaged: it has no image data.' };
  return checkedSize(width, height, 'PNG');
}
