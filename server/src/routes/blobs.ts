/**
 * Blob upload (resumable) and download routes; the rules are in blobs/blobUploads.ts and the protocol
 * in shared/sync/blobProtocol.ts.
 */
import type { FastifyInstance } from 'fastify';
import {
  BlobParamsSchema,
  CreateUploadRequestSchema,
  UPLOAD_CHECKSUM_HEADER,
  UPLOAD_CONTENT_TYPE,
  UPLOAD_LENGTH_HEADER,
  UPLOAD_OFFSET_HEADER,
  UploadChecksumHeaderSchema,
  UploadOffsetHeaderSchema,
  UploadParamsSchema,
} from '../../../shared/sync/blobProtocol';
import { appendChunk, createUpload, getUpload, readBlob } from '../blobs/blobUploads';
import { callerOf } from '../auth/caller';
import type { GatewayContext } from '../context';
import { HttpError } from '../httpErrors';
import { parseRequestPart } from '../validation';

const headerValue = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

export function registerBlobRoutes(api: FastifyInstance, context: GatewayContext): void {
  api.post('/blobs/uploads', async (request, reply) => {
    const { created, state } = await createUpload(
      context,
      callerOf(request),
      parseRequestPart(CreateUploadRequestSchema, request.body, 'body'),
    );
    if (created) reply.status(201).header('location', state.location);
    return reply.header(UPLOAD_OFFSET_HEADER, String(state.offset)).send(state);
  });

  api.get('/blobs/uploads/:uploadId', async (request, reply) => {
    const { uploadId } = parseRequestPart(UploadParamsSchema, request.params, 'params');
    const state = await getUpload(context, callerOf(request), uploadId);
    return reply.header(UPLOAD_OFFSET_HEADER, String(state.offset)).send(state);
  });

  api.head('/blobs/uploads/:uploadId', async (request, reply) => {
    const { uploadId } = parseRequestPart(UploadParamsSchema, request.params, 'params');
    const state = await getUpload(context, callerOf(request), uploadId);
    return reply
      .header(UPLOAD_OFFSET_HEADER, String(state.offset))
      .header(UPLOAD_LENGTH_HEADER, String(state.size))
      .send();
  });

  api.patch('/blobs/uploads/:uploadId', async (request, reply) => {
    const { uploadId } = parseRequestPart(UploadParamsSchema, request.params, 'params');
    const caller = callerOf(request);
    if (!(request.body instanceof Buffer))
      throw new HttpError(415, 'unsupported-media-type', `Send upload chunks as ${UPLOAD_CONTENT_TYPE}.`);
    const offset = parseRequestPart(UploadOffsetHeaderSchema, headerValue(request.headers[UPLOAD_OFFSET_HEADER]), 'headers');
    const checksumHeader = headerValue(request.headers[UPLOAD_CHECKSUM_HEADER]);
    const checksum =
      checksumHeader === undefined ? null : parseRequestPart(UploadChecksumHeaderSchema, checksumHeader, 'headers');
    const state = await appendChunk(context, caller, uploadId, { offset, bytes: request.body, checksum });
    return reply.header(UPLOAD_OFFSET_HEADER, String(state.offset)).send(state);
  });

  api.get('/blobs/:sha256', async (request, reply) => {
    const { sha256 } = parseRequestPart(BlobParamsSchema, request.params, 'params');
    const blob = await readBlob(context, callerOf(request), sha256);
    return reply
      .type(blob.mediaType)
      .header('etag', `"${sha256}"`)
      .header('repr-digest', `sha-256=:${Buffer.from(sha256, 'hex').toString('base64')}:`)
      .header('x-content-type-options', 'nosniff')
      .header('content-disposition', 'attachment')
      .send(Buffer.from(blob.bytes.buffer, blob.bytes.byteOffset, blob.bytes.byteLength));
  });
}
