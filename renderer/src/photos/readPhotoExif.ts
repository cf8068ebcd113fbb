/**
 * Reads the metadata worth keeping with a photo from its EXIF block (DOMAIN.md 6.4 item 4): when it
 * was taken, the camera, the orientation and, only when the inspector asks for it, the location. The
 * values are untrusted text from the file, so they are cleaned and capped like a file name. A broken
 * or absent EXIF block is not an error: the photo simply has no metadata.
 */
import exifr from 'exifr';
import type { Photo } from '@shared/domain/photo';
import { cleanText } from './displayName';

export type PhotoExif = Photo['exif'];

const PARSE_OPTIONS = {
  tiff: true,
  ifd0: {},
  exif: true,
  ifd1: false,
  interop: false,
  makerNote: false,
  userComment: false,
  xmp: false,
  icc: false,
  iptc: false,
  jfif: false,
  ihdr: false,
  // Raw values: a date stays the camera's own text instead of being guessed into a time zone.
  reviveValues: false,
  translateValues: false,
};

function text(value: unknown, maxLength: number): string | undefined {
  if (typeof value !== 'string') return undefined;
  return cleanText(value, maxLength) || undefined;
}

function finiteIn(value: unknown, limit: number): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) && Math.abs(value) <= limit ? value : undefined;
}

/** "2026:11:25 10:15:00" with "+01:00" becomes "2026-11-25 10:15:00 +01:00". */
function takenAt(date: unknown, offset: unknown): string | undefined {
  const raw = text(date, 40);
  if (!raw) return undefined;
  const match = /^(\d{4}):(\d{2}):(\d{2})[ T](\d{2}:\d{2}:\d{2})/.exec(raw);
  const readable = match ? `${match[1]}-${match[2]}-${match[3]} ${match[4]}` : raw;
  const zone = text(offset, 10);
  return zone && /^[+-]\d{2}:\d{2}$/.test(zone) ? `${readable} ${zone}` : readable;
}

export async function readPhotoExif(bytes: Uint8Array, keepLocation: boolean): Promise<PhotoExif> {
  let tags: Record<string, unknown> | undefined;
  try {
    tags = (await exifr.parse(bytes, { ...PARSE_OPTIONS, gps: keepLocation })) as Record<string, unknown> | undefined;
  } catch {
    return {};
  }
  if (!tags) return {};
  const exif: PhotoExif = {};
  const taken = takenAt(tags['DateTimeOriginal'] ?? tags['CreateDate'], tags['OffsetTimeOriginal']);
  if (taken) exif.takenAt = taken;
  const camera = [text(tags['Make'], 60), text(tags['Model'], 80)].filter(Boolean).join(' ');
  if (camera) exif.camera = camera;
  const orientation = tags['Orientation'];
  if (typeof orientation === 'number' && Number.isInteger(orientation) && orientation >= 1 && orientation <= 8)
    exif.orientation = orientation;
  if (keepLocation) {
    const latitude = finiteIn(tags['latitude'], 90);
    const longitude = finiteIn(tags['longitude'], 180);
    if (latitude !== undefined && longitude !== undefined) {
      exif.latitude = latitude;
      exif.longitude = longitude;
    }
  }
  return exif;
}
