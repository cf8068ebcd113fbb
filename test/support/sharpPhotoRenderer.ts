/**
 * A PhotoRenderer for Node tests, built on sharp instead of the browser worker (Node has no
 * createImageBitmap). It turns images upright by EXIF like the worker, and draws redaction boxes as
 * black rectangles; other annotations are ignored, since the tests check records and hashes, not ink.
 */
import sharp from 'sharp';
import type { Annotation } from '../../renderer/src/photos/annotations';
import { rectBetween } from '../../renderer/src/photos/annotations';
import type { PhotoCopies, PhotoRenderer } from '../../renderer/src/photos/photoRenderer';

async function copiesOf(bytes: Uint8Array): Promise<PhotoCopies> {
  const { width, height } = (await sharp(bytes, { failOn: 'error' }).metadata()).autoOrient;
  const scaled = (edge: number) =>
    sharp(bytes, { failOn: 'error' })
      .rotate()
      .resize(edge, edge, { fit: 'inside', withoutEnlargement: true })
      .jpeg({ quality: 80 })
      .toBuffer();
  return { width, height, display: new Uint8Array(await scaled(1600)), thumbnail: new Uint8Array(await scaled(320)) };
}

export const sharpPhotoRenderer: PhotoRenderer = {
  async makeCopies(bytes) {
    try {
      return { ok: true, copies: await copiesOf(bytes) };
    } catch (error) {
      return { ok: false, reason: `The picture data could not be decoded (${(error as Error).message}).` };
    }
  },
  async renderAnnotated(bytes, _mediaType, annotations: readonly Annotation[]) {
    const { width, height } = (await sharp(bytes).metadata()).autoOrient;
    const boxes = annotations.flatMap((annotation) => {
      if (annotation.kind !== 'redaction') return [];
      const rect = rectBetween(annotation.from, annotation.to);
      const box = {
        width: Math.max(1, Math.ceil(rect.width * width)),
        height: Math.max(1, Math.ceil(rect.height * height)),
      };
      return [
        {
          input: { create: { ...box, channels: 3 as const, background: '#000000' } },
          left: Math.floor(rect.x * width),
          top: Math.floor(rect.y * height),
        },
      ];
    });
    const full = new Uint8Array(await sharp(bytes).rotate().composite(boxes).jpeg({ quality: 92 }).toBuffer());
    return { ok: true, full, copies: await copiesOf(full) };
  },
};
