/**
 * Photos for tests, generated with sharp rather than kept as binary files: good JPEG, PNG and WebP
 * photos (with EXIF where asked), and the hostile set of SECURITY.md fault test 9, crafted byte by
 * byte (a PNG that declares 50,000 x 50,000 pixels with a valid IHDR CRC, a truncated JPEG, script
 * dressed as an image, an empty file, an oversize file, and the awkward file names).
 */
import sharp from 'sharp';

export interface PhotoExifFixture {
  make?: string;
  model?: string;
  takenAt?: string;
  /** Degrees; north and east positive. */
  latitude?: number;
  longitude?: number;
}

function noise(width: number, height: number) {
  return sharp({
    create: { width, height, channels: 3, background: '#4a7f9c', noise: { type: 'gaussian', mean: 120, sigma: 40 } },
  });
}

function dms(value: number): string {
  const abs = Math.abs(value);
  const degrees = Math.floor(abs);
  const minutes = Math.floor((abs - degrees) * 60);
  const seconds = Math.round(((abs - degrees) * 60 - minutes) * 60 * 100);
  return `${degrees}/1 ${minutes}/1 ${seconds}/100`;
}

export async function aJpeg(width = 640, height = 480, exif: PhotoExifFixture = {}): Promise<Uint8Array> {
  let image = noise(width, height).jpeg({ quality: 85 });
  const ifd0: Record<string, string> = {};
  if (exif.make) ifd0['Make'] = exif.make;
  if (exif.model) ifd0['Model'] = exif.model;
  const withExif = Object.keys(ifd0).length > 0 || exif.takenAt || exif.latitude !== undefined;
  if (withExif) {
    image = image.withExif({
      IFD0: ifd0,
      ...(exif.takenAt ? { IFD2: { DateTimeOriginal: exif.takenAt } } : {}),
      ...(exif.latitude !== undefined && exif.longitude !== undefined
        ? {
            IFD3: {
              GPSLatitudeRef: exif.latitude >= 0 ? 'N' : 'S',
              GPSLatitude: dms(exif.latitude),
              GPSLongitudeRef: exif.longitude >= 0 ? 'E' : 'W',
              GPSLongitude: dms(exif.longitude),
            },
          }
        : {}),
    });
  }
  return new Uint8Array(await image.toBuffer());
}

export async function aPng(width = 400, height = 300): Promise<Uint8Array> {
  return new Uint8Array(await noise(width, height).png().toBuffer());
}

export async function aWebp(width = 320, height = 200, options: { lossless?: boolean; alpha?: boolean } = {}) {
  const base = options.alpha ? noise(width, height).ensureAlpha(0.5) : noise(width, height);
  return new Uint8Array(await base.webp({ lossless: options.lossless ?? false }).toBuffer());
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

export function crc32(bytes: Uint8Array): number {
  let crc = 0xffffffff;
  for (const byte of bytes) crc = (CRC_TABLE[(crc ^ byte) & 0xff] ?? 0) ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

/** A real PNG whose IHDR is rewritten to declare another size, with the chunk's CRC recomputed. */
export function withDeclaredPngSize(png: Uint8Array, width: number, height: number): Uint8Array {
  const bytes = new Uint8Array(png);
  const view = new DataView(bytes.buffer);
  view.setUint32(16, width);
  view.setUint32(20, height);
  view.setUint32(29, crc32(bytes.subarray(12, 29)));
  return bytes;
}

/** The decompression bomb: about 1 KB on disk, 2,500 megapixels declared. */
export async function aPngBomb(): Promise<Uint8Array> {
  const small = new Uint8Array(await noise(16, 16).png({ compressionLevel: 9 }).toBuffer());
  return withDeclaredPngSize(small, 50_000, 50_000);
}

export async function aTruncatedJpeg(): Promise<Uint8Array> {
  const whole = await aJpeg(640, 480);
  return whole.slice(0, Math.floor(whole.length / 2));
}

const text = (value: string) => new TextEncoder().encode(value);

export const SVG_WITH_SCRIPT = text(
  '<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10" onload="window.__svgRan=1">' +
    '<script>window.__svgRan = 1; console.error("svg script ran")</script><rect width="10" height="10"/></svg>\n',
);

export const HTML_PAGE = text(
  '<!DOCTYPE html><html><body><img src=x onerror="window.__htmlRan=1"><script>window.__htmlRan=1; console.error("html script ran")</script></body></html>',
);

/** A file just over 300 MB that costs nothing to make: a zero-filled array the OS maps lazily. */
export function anOversizeFile(megabytes = 300): Uint8Array {
  return new Uint8Array(megabytes * 1024 * 1024);
}

export const AWKWARD_NAMES = {
  traversal: '../../x.jpg',
  reservedOnWindows: 'CON.jpg',
  bidiOverride: 'a\u202Egpj.exe',
  long: `${'a'.repeat(496)}.jpg`,
} as const;

export interface FixtureFile {
  name: string;
  mimeType: string;
  bytes: Uint8Array;
}

/** The hostile files of fault test 9 (without the oversize file, which a browser test sends separately). */
export async function hostilePhotoFiles(): Promise<FixtureFile[]> {
  return [
    { name: 'bomb.png', mimeType: 'image/png', bytes: await aPngBomb() },
    { name: 'label.jpg', mimeType: 'image/jpeg', bytes: SVG_WITH_SCRIPT },
    { name: 'page.png', mimeType: 'image/png', bytes: HTML_PAGE },
    { name: 'truncated.jpg', mimeType: 'image/jpeg', bytes: await aTruncatedJpeg() },
    { name: 'empty.jpg', mimeType: 'image/jpeg', bytes: new Uint8Array(0) },
    { name: 'scan.tiff', mimeType: 'image/tiff', bytes: new Uint8Array(await noise(32, 32).tiff().toBuffer()) },
    {
      name: AWKWARD_NAMES.bidiOverride,
      mimeType: 'application/octet-stream',
      bytes: new Uint8Array([0x4d, 0x5a, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00, 0x04, 0x00]),
    },
  ];
}
