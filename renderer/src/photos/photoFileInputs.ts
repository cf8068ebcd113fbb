/**
 * Where photo files come from, as pipeline inputs: a browser File (chosen or dropped; read only when
 * its turn comes) or a file from the desktop shell's picker (already read, or refused by the shell).
 */
import type { PickedFile } from '../platform/Platform';
import type { PhotoFileInput } from './preparePhoto';

export function photoInputFromFile(file: File): PhotoFileInput {
  return { name: file.name, size: file.size, read: async () => new Uint8Array(await file.arrayBuffer()) };
}

export function photoInputFromPicked(picked: PickedFile): PhotoFileInput {
  if (!picked.ok) return { name: picked.name, refused: `The file could not be read: ${picked.reason}.` };
  const { bytes } = picked;
  return { name: picked.name, size: bytes.byteLength, read: async () => bytes };
}

/** The file dialog filter for photos; the bytes are still checked whatever the extension says. */
export const PHOTO_FILE_FILTERS = [{ name: 'Photos (JPEG, PNG, WebP)', extensions: ['jpg', 'jpeg', 'png', 'webp'] }];
export const PHOTO_ACCEPT = 'image/jpeg,image/png,image/webp';
