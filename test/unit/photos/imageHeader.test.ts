import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { checkPhotoBytes } from '../../../renderer/src/photos/checkPhotoBytes';
import { readImageHeader } from '../../../renderer/src/photos/imageHeader';
import { aJpeg, aPng, aPngBomb, aTruncatedJpeg, aWebp, crc32 } from '../../support/photoFixtures';

describe('reading dimensions from image headers, before decoding', { timeout: 30_000 }, () => {
  it('reads baseline and progressive JPEG start-of-frame segments', async () => {
    expect(readImageHeader(await aJpeg(641, 479), 'image/jpeg')).toEqual({ ok: true, width: 641, height: 479 });
    const progressive = await sharp({ create: { width: 300, height: 120, channels: 3, background: '#123456' } })
      .jpeg({ progressive: true })
      .toBuffer();
    expect(readImageHeader(new Uint8Array(progressive), 'image/jpeg')).toEqual({ ok: true, width: 300, height: 120 });
  });

  it('reads JPEGs with EXIF blocks (and their embedded thumbnails) ahead of the frame', async () => {
    const withExif = await aJpeg(800, 600, { make: 'Acme', model: 'Field 7', takenAt: '2026:11:25 10:15:00' });
    expect(readImageHeader(withExif, 'image/jpeg')).toEqual({ ok: true, width: 800, height: 600 });
  });

  it('reads the PNG IHDR', async () => {
    expect(readImageHeader(await aPng(123, 45), 'image/png')).toEqual({ ok: true, width: 123, height: 45 });
  });

  it('reads WebP lossy (VP8), lossless (VP8L) and extended (VP8X) headers', async () => {
    expect(readImageHeader(await aWebp(321, 201), 'image/webp')).toEqual({ ok: true, width: 321, height: 201 });
    expect(readImageHeader(await aWebp(99, 77, { lossless: true }), 'image/webp')).toEqual({
      ok: true,
      width: 99,
      height: 77,
    });
    const extended = await aWebp(150, 90, { alpha: true });
    expect(String.fromCharCode(...extended.subarray(12, 16))).toBe('VP8X');
    expect(readImageHeader(extended, 'image/webp')).toEqual({ ok: true, width: 150, height: 90 });
  });

  it('refuses a 1 KB PNG that declares 50000 x 50000 pixels, before any decoder sees it', async () => {
    const bomb = await aPngBomb();
    expect(bomb.byteLength).toBeLessThan(2048);
    // The crafted IHDR carries a correct CRC, so only the size gives it away.
    const view = new DataView(bomb.buffer);
    expect(view.getUint32(29)).toBe(crc32(bomb.subarray(12, 29)));
    expect(readImageHeader(bomb, 'image/png')).toEqual({ ok: true, width: 50_000, height: 50_000 });
    expect(checkPhotoBytes(bomb)).toEqual({
      ok: false,
      reason: 'It declares 50000 x 50000 pixels (2500 MP); the limit is 50 MP.',
    });
  });

  it('accepts exactly 50 MP and refuses just over it', async () => {
    const png = await aPng(16, 16);
    const { withDeclaredPngSize } = await import('../../support/photoFixtures');
    expect(checkPhotoBytes(withDeclaredPngSize(png, 10_000, 5_000)).ok).toBe(true);
    expect(checkPhotoBytes(withDeclaredPngSize(png, 10_000, 5_001))).toMatchObject({
      ok: false,
      reason: /limit is 50 MP/,
    });
  });

  it('refuses truncated JPEG, PNG and WebP files as cut short', async () => {
    expect(checkPhotoBytes(await aTruncatedJpeg())).toMatchObject({ ok: false, reason: /JPEG file is cut short/ });
    const png = await aPng(200, 200);
    expect(checkPhotoBytes(png.slice(0, png.length - 40))).toMatchObject({
      ok: false,
      reason: /PNG file is cut short/,
    });
    expect(checkPhotoBytes(png.slice(0, 20))).toMatchObject({ ok: false, reason: /PNG file is cut short/ });
    const webp = await aWebp(200, 200);
    expect(checkPhotoBytes(webp.slice(0, webp.length - 10))).toMatchObject({
      ok: false,
      reason: /WebP file is cut short/,
    });
    const jpeg = await aJpeg(64, 64);
    expect(checkPhotoBytes(jpeg.slice(0, 10))).toMatchObject({ ok: false, reason: /JPEG file is cut short/ });
  });

  it('accepts a JPEG with a trailer after its end-of-image marker', async () => {
    const jpeg = await aJpeg(64, 64);
    const trailer = new Uint8Array([...jpeg, ...new TextEncoder().encode('MPF trailer data')]);
    expect(checkPhotoBytes(trailer)).toMatchObject({ ok: true, width: 64, height: 64 });
  });

  it('refuses a JPEG whose frame declares zero height', async () => {
    const jpeg = new Uint8Array(await aJpeg(64, 64));
    const sof = jpeg.findIndex((byte, index) => byte === 0xff && jpeg[index + 1] === 0xc0);
    jpeg[sof + 5] = 0;
    jpeg[sof + 6] = 0;
    expect(checkPhotoBytes(jpeg)).toMatchObject({ ok: false, reason: /declares an empty image \(64 x 0 pixels\)/ });
  });

  it('refuses an oversize file by its size, with the size and the limit', () => {
    expect(checkPhotoBytes(new Uint8Array(300 * 1024 * 1024))).toEqual({
      ok: false,
      reason: '300 MB is over the 64 MB limit for one photo.',
    });
  });
});
