import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { base64ToBytes, bytesToBase64 } from '../../../renderer/src/security/base64';

describe('bytes as base64', () => {
  it.each([0, 1, 2, 3, 0x7fff, 0x8000, 0x8001, 3 * 0x8000 + 2, 1_500_000])('matches Node’s encoding for %i bytes and reads back', (size) => {
    const bytes = new Uint8Array(randomBytes(size));
    const text = bytesToBase64(bytes);
    expect(text).toBe(Buffer.from(bytes).toString('base64'));
    expect(Buffer.from(base64ToBytes(text)).equals(Buffer.from(bytes))).toBe(true);
  });

  it('keeps every byte value, including those a Latin-1 or Windows-1252 decoder would change', () => {
    const every = Uint8Array.from({ length: 256 }, (_, value) => value);
    expect(base64ToBytes(bytesToBase64(every))).toEqual(every);
  });
});
