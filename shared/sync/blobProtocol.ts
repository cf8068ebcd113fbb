/**
 * Resumable blob upload (photos, documents), modelled on tus 1.0's core protocol so a dropped
 * connection costs at most the chunk in flight:
 *
 *   POST  /api/v1/blobs/uploads          {sha256, size, mediaType, inspectionId} -> UploadState
 *   HEAD  /api/v1/blobs/uploads/:id      -> Upload-Offset, Upload-Length headers
 *   GET   /api/v1/blobs/uploads/:id      -> UploadState
 *   PATCH /api/v1/blobs/uploads/:id      Upload-Offset: n, application/offset+octet-stream -> UploadState
 *   GET   /api/v1/blobs/:sha256          -> the bytes
 *
 * A PATCH is stored whole or not at all. When the last byte arrives the gateway hashes the whole
 * upload: a match stores the blob under its SHA-256 (one copy per hash however many inspections use
 * it); a mismatch discards the upload (422 hash-mismatch) and the client starts again. An optional
 * `Upload-Checksum: sha256 <base64>` header checks one chunk on arrival (422 chunk-checksum-mismatch,
 * the chunk is not stored), so corruption in transit costs one chunk, not the upload (SECURITY.md C5).
 *
 * Idempotency: POST for a hash the user already has an unfinished upload of (same inspection)
 * returns that upload and its offset; for a blob already referenced by one of the user's inspections
 * it returns a completed upload at once. A blob held only for other inspections must still be
 * uploaded in full: knowing a hash is not proof of having the photo.
 */
import { z } from 'zod';
import { Id, Sha256Hex } from '../domain/primitives';
import { SYNC_LIMITS } from './protocol';

export const UPLOAD_CONTENT_TYPE = 'application/offset+octet-stream';
export const UPLOAD_OFFSET_HEADER = 'upload-offset';
export const UPLOAD_LENGTH_HEADER = 'upload-length';
export const UPLOAD_CHECKSUM_HEADER = 'upload-checksum';

export const BlobMediaTypeSchema = z.enum(['image/jpeg', 'image/png', 'image/webp', 'application/pdf']);
export type BlobMediaType = z.infer<typeof BlobMediaTypeSchema>;

export const CreateUploadRequestSchema = z
  .object({
    sha256: Sha256Hex,
    /** Bytes; the gateway's limit (SYNC_LIMITS.maxBlobBytes unless configured lower) gives 413. */
    size: z.number().int().min(1).max(Number.MAX_SAFE_INTEGER),
    mediaType: BlobMediaTypeSchema,
    /** The inspection the blob belongs to: the user must be on its team. */
    inspectionId: Id,
  })
  .strict();
export type CreateUploadRequest = z.infer<typeof CreateUploadRequestSchema>;

export const UploadStateSchema = z
  .object({
    uploadId: Id,
    sha256: Sha256Hex,
    size: z.number().int().min(1),
    /** Bytes the gateway holds; the next PATCH must start here. */
    offset: z.number().int().min(0),
    complete: z.boolean(),
    /** Path of the upload, for HEAD/GET/PATCH. */
    location: z.string(),
  })
  .strict();
export type UploadState = z.infer<typeof UploadStateSchema>;

export const UploadParamsSchema = z.object({ uploadId: Id }).strict();
export const BlobParamsSchema = z.object({ sha256: Sha256Hex }).strict();

/** `Upload-Offset` as sent by the client: a non-negative decimal integer. */
export const UploadOffsetHeaderSchema = z
  .string()
  .regex(/^\d{1,15}$/, 'must be the byte offset the chunk starts at')
  .transform(Number);

/** `Upload-Checksum: sha256 <base64 digest>` (tus checksum extension, SHA-256 only). */
export const UploadChecksumHeaderSchema = z
  .string()
  .regex(/^sha256 [A-Za-z0-9+/]{43}=$/, 'must be "sha256 " and a base64 SHA-256 digest')
  .transform((value) => value.slice('sha256 '.length));

export const MAX_UPLOAD_CHUNK_BYTES = SYNC_LIMITS.maxUploadChunkBytes;
