/** The messages between the page and the photo worker: what to decode and render, and what came back. */
import type { PhotoMediaType } from '@shared/domain/photo';
import type { Annotation } from './annotations';

export interface CopySizes {
  thumbnailEdge: number;
  thumbnailQuality: number;
  displayEdge: number;
  displayQuality: number;
}

export type PhotoWorkerRequest =
  | { id: number; kind: 'copies'; bytes: ArrayBuffer; mediaType: PhotoMediaType; sizes: CopySizes }
  | {
      id: number;
      kind: 'annotate';
      bytes: ArrayBuffer;
      mediaType: PhotoMediaType;
      sizes: CopySizes;
      annotations: readonly Annotation[];
      quality: number;
    };

export type PhotoWorkerResponse =
  | {
      id: number;
      ok: true;
      /** Size of the decoded picture, turned upright by its EXIF orientation. */
      width: number;
      height: number;
      thumbnail: ArrayBuffer;
      display: ArrayBuffer;
      /** The full-resolution annotated JPEG, for `annotate` requests. */
      full?: ArrayBuffer;
    }
  | { id: number; ok: false; reason: string };
