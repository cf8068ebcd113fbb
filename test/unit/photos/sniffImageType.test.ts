import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { sniffImageType } from '../../../renderer/src/photos/sniffImageType';
import { aJpeg, aPng, aWebp, HTML_PAGE, SVG_WITH_SCRIPT } from '../../support/photoFixtures';

const reasonFor = (bytes: Uint8Array) => {
  const result = sniffImageType(bytes);
  return result.ok ? `accepted as ${result.mediaType}` : result.reason;
};
const text = (value: string) => new TextEncoder().encode(value);

describe('sniffImageType', () => {
  it('accepts JPEG, PNG and WebP by their magic bytes', async () => {
    expect(sniffImageType(await aJpeg(32, 32))).toEqual({ ok: true, mediaType: 'image/jpeg' });
    expect(sniffImageType(await aPng(32, 32))).toEqual({ ok: true, mediaType: 'image/png' });
    expect(sniffImageType(await aWebp(32, 32))).toEqual({ ok: true, mediaType: 'image/webp' });
  });

  it('refuses an SVG with a script, whatever it is called', () => {
    expect(reasonFor(SVG_WITH_SCRIPT)).toMatch(/SVG drawing/);
    expect(reasonFor(text('\ufeff  <svg xmlns="http://www.w3.org/2000/svg"></svg>'))).toMatch(/SVG drawing/);
  });

  it('refuses HTML, XML and plain text, naming what they look like', () => {
    expect(reasonFor(HTML_PAGE)).toMatch(/web page \(HTML/);
    expect(reasonFor(text('<html><script>alert(1)</script>'))).toMatch(/web page/);
    expect(reasonFor(text('<?xml version="1.0"?><note/>'))).toMatch(/XML document/);
    expect(reasonFor(text('just some notes'))).toMatch(/text file/);
  });

  it('refuses HEIC and TIFF with what to do instead', async () => {
    const heic = new Uint8Array([0, 0, 0, 0x18, ...text('ftypheic'), 0, 0, 0, 0]);
    expect(reasonFor(heic)).toMatch(/HEIC\/HEIF photo.*Export it .* as JPEG/);
    const tiff = new Uint8Array(
      await sharp({ create: { width: 8, height: 8, channels: 3, background: '#000' } })
        .tiff()
        .toBuffer(),
    );
    expect(reasonFor(tiff)).toMatch(/TIFF image/);
    const gif = new Uint8Array(
      await sharp({ create: { width: 8, height: 8, channels: 3, background: '#000' } })
        .gif()
        .toBuffer(),
    );
    expect(reasonFor(gif)).toMatch(/GIF image/);
  });

  it('refuses an empty file and unknown binary content', () => {
    expect(reasonFor(new Uint8Array(0))).toBe('The file is empty (0 bytes).');
    expect(reasonFor(new Uint8Array([0x4d, 0x5a, 0x90, 0x00, 0x03, 0x00]))).toMatch(/not a JPEG, PNG or WebP image/);
  });
});
