/** How photos are named and described on screen: titles, alternative text, where they came from. */
import type { Photo } from '@shared/domain/photo';

export const PHOTO_SOURCE_LABELS: Readonly<Record<Photo['source'], string>> = {
  camera: 'Taken with this computer’s camera',
  file: 'Imported from a file',
  annotation: 'Annotated copy of another photo',
  sample: 'Sample photo',
};

/** The caption's first line if there is one (that is what the inspector called it), else the file name. */
export function photoTitle(photo: Pick<Photo, 'caption' | 'fileName'>): string {
  const firstLine = photo.caption.split('\n', 1)[0]?.trim() ?? '';
  if (!firstLine) return photo.fileName;
  return firstLine.length > 80 ? `${firstLine.slice(0, 79)}…` : firstLine;
}

export function photoAlt(photo: Pick<Photo, 'caption' | 'fileName'>): string {
  return photo.caption.trim() ? photo.caption.trim() : `Photo ${photo.fileName} (no caption yet)`;
}

/** "1600 x 1200 pixels, 2.4 MB, JPEG". */
export function describePhotoFile(photo: Pick<Photo, 'width' | 'height' | 'byteSize' | 'mediaType'>): string {
  const megabytes = photo.byteSize / (1024 * 1024);
  const size = megabytes >= 1 ? `${megabytes.toFixed(1)} MB` : `${Math.max(1, Math.round(photo.byteSize / 1024))} KB`;
  const format = { 'image/jpeg': 'JPEG', 'image/png': 'PNG', 'image/webp': 'WebP' }[photo.mediaType];
  return `${photo.width} x ${photo.height} pixels, ${size}, ${format}`;
}
