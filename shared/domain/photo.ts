/**
 * A photo: the original's SHA-256 (taken at capture, never changed) and metadata. Bytes live in the
 * content-addressed blob store; annotated or redacted versions are new photos linked by `derivedFrom`.
 */
import { z } from 'zod';
import { Id, IsoDateTime, LongText, Sha256Hex, ShortText } from './primitives';

export const PhotoMediaTypeSchema = z.enum(['image/jpeg', 'image/png', 'image/webp']);
export type PhotoMediaType = z.infer<typeof PhotoMediaTypeSchema>;

export const PhotoSchema = z
  .object({
    id: Id,
    inspectionId: Id,
    sha256: Sha256Hex,
    mediaType: PhotoMediaTypeSchema,
    byteSize: z.number().int().min(1),
    width: z.number().int().min(1),
    height: z.number().int().min(1),
    fileName: ShortText,
    source: z.enum(['camera', 'file', 'annotation', 'sample']),
    capturedAt: IsoDateTime,
    caption: LongText,
    siteId: Id.nullable(),
    exif: z
      .object({
        takenAt: ShortText.optional(),
        camera: ShortText.optional(),
        orientation: z.number().int().min(1).max(8).optional(),
        latitude: z.number().min(-90).max(90).optional(),
        longitude: z.number().min(-180).max(180).optional(),
      })
      .strict(),
    thumbnailSha256: Sha256Hex.nullable(),
    displaySha256: Sha256Hex.nullable(),
    derivedFrom: Id.nullable(),
  })
  .strict();
export type Photo = z.infer<typeof PhotoSchema>;
