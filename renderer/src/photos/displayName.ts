/**
 * The name a photo is shown under. A file name is untrusted text: it is only ever displayed (React
 * renders it as text) and never used as a path. Control characters and bidirectional overrides are
 * removed, so "a\u202Egpj.exe" cannot pose as "aexe.jpg", and the length is capped so a 500-character
 * name cannot break a page or a report.
 */
import { MAX_DISPLAY_NAME_LENGTH } from './photoLimits';

/**
 * C0 and C1 controls, DEL, bidi embeddings, overrides and isolates (U+202A-U+202E, U+2066-U+2069),
 * marks (U+200E, U+200F, U+061C), zero-width characters and the byte-order mark.
 */
// eslint-disable-next-line no-control-regex -- removing control characters is the point.
const INVISIBLE_OR_CONTROL = /[\u0000-\u001f\u007f-\u009f\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/gu;

/** Breaks and tabs separate words, so they become spaces rather than vanishing. */
const LINE_AND_TAB = /[\t\n\v\f\r\u0085\u2028\u2029]/gu;

export const UNNAMED_PHOTO = 'Unnamed photo';

/** Untrusted text made safe to show: invisible and control characters removed, length capped. May be empty. */
export function cleanText(text: string, maxLength: number): string {
  const cleaned = text
    .normalize('NFC')
    .replace(LINE_AND_TAB, ' ')
    .replace(INVISIBLE_OR_CONTROL, '')
    .replace(/\s+/gu, ' ')
    .trim();
  const characters = Array.from(cleaned);
  if (characters.length <= maxLength) return cleaned;
  if (maxLength < 40) return `${characters.slice(0, maxLength - 1).join('')}…`;
  // Keep the end too, where the extension and any counter ("IMG_0042.jpg") usually are.
  const tail = characters.slice(-16).join('');
  return `${characters.slice(0, maxLength - 17).join('')}…${tail}`;
}

export function cleanDisplayName(name: string): string {
  return cleanText(name, MAX_DISPLAY_NAME_LENGTH) || UNNAMED_PHOTO;
}

/** A name for a file the workbench saves: built from the hash, never from the name the file came with. */
export function downloadNameFor(sha256: string, mediaType: string): string {
  const extension = mediaType === 'image/png' ? 'png' : mediaType === 'image/webp' ? 'webp' : 'jpg';
  return `photo-${sha256.slice(0, 16)}.${extension}`;
}
