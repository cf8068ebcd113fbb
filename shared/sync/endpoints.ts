/**
 * Every endpoint of the sync API v1 as data: method, path, whether it needs a token, and the schema of
 * each part. The gateway builds its OpenAPI document from this list and a test checks that every
 * route the gateway serves is in it (and the reverse), so the document cannot drift from the code.
 * Paths are relative to API_PREFIX and use OpenAPI's {param} syntax.
 */
import { z } from 'zod';
import {
  BlobParamsSchema,
  CreateUploadRequestSchema,
  UPLOAD_CONTENT_TYPE,
  UploadParamsSchema,
  UploadStateSchema,
} from './blobProtocol';
import {
  AssignmentsResponseSchema,
  ContextPackSchema,
  HealthResponseSchema,
  LibraryItemSchema,
  LibraryResponseSchema,
  PullQuerySchema,
  PullResponseSchema,
  PushRequestSchema,
  PushResponseSchema,
  RefreshRequestSchema,
  SessionResponseSchema,
  SignInRequestSchema,
  SignOutRequestSchema,
} from './protocol';
import { Id } from '../domain/primitives';

export type HttpMethod = 'GET' | 'HEAD' | 'POST' | 'PATCH';

export interface EndpointResponse {
  description: string;
  /** JSON body schema; absent for empty or binary bodies. */
  schema?: z.ZodType;
  /** Content type of a non-JSON body. */
  binary?: string;
  headers?: readonly string[];
}

export interface Endpoint {
  operationId: string;
  method: HttpMethod;
  path: string;
  summary: string;
  /** False only for health, the OpenAPI document and the session calls. */
  auth: boolean;
  params?: z.ZodObject;
  query?: z.ZodObject;
  body?: { schema: z.ZodType } | { binary: string; headers: readonly string[] };
  responses: Readonly<Record<number, EndpointResponse>>;
}

const ok = (description: string, schema?: z.ZodType): EndpointResponse => (schema ? { description, schema } : { description });
export const InspectionParamsSchema = z.object({ inspectionId: Id }).strict();
export const LibraryItemParamsSchema = z.object({ itemId: Id }).strict();

export const ENDPOINTS: readonly Endpoint[] = [
  {
    operationId: 'health',
    method: 'GET',
    path: '/health',
    summary: 'Whether the gateway is up, and its clock.',
    auth: false,
    responses: { 200: ok('The gateway is up.', HealthResponseSchema) },
  },
  {
    operationId: 'openapi',
    method: 'GET',
    path: '/openapi.json',
    summary: 'This document.',
    auth: false,
    responses: { 200: ok('The OpenAPI 3.1 document.') },
  },
  {
    operationId: 'signIn',
    method: 'POST',
    path: '/sessions',
    summary: 'Sign in with username and password; registers the device to the user.',
    auth: false,
    body: { schema: SignInRequestSchema },
    responses: {
      200: ok('Signed in.', SessionResponseSchema),
      401: ok('Wrong username or password.'),
      403: ok('The device belongs to another user or has been withdrawn.'),
    },
  },
  {
    operationId: 'refreshSession',
    method: 'POST',
    path: '/sessions/refresh',
    summary: 'Exchange a refresh token (once) for a new access and refresh token.',
    auth: false,
    body: { schema: RefreshRequestSchema },
    responses: { 200: ok('A new pair of tokens.', SessionResponseSchema), 401: ok('The session has ended.') },
  },
  {
    operationId: 'signOut',
    method: 'POST',
    path: '/sessions/sign-out',
    summary: 'End the session a refresh token belongs to.',
    auth: false,
    body: { schema: SignOutRequestSchema },
    responses: { 204: ok('Signed out (also when the session had already ended).') },
  },
  {
    operationId: 'listAssignments',
    method: 'GET',
    path: '/assignments',
    summary: 'The inspections the user is on, with their teams.',
    auth: true,
    responses: { 200: ok('Assignments.', AssignmentsResponseSchema) },
  },
  {
    operationId: 'getContextPack',
    method: 'GET',
    path: '/assignments/{inspectionId}/context-pack',
    summary: 'What the agency knows about an assigned inspection before the visit.',
    auth: true,
    params: InspectionParamsSchema,
    responses: { 200: ok('The context pack.', ContextPackSchema), 404: ok('Not assigned, or no pack published.') },
  },
  {
    operationId: 'pushChanges',
    method: 'POST',
    path: '/changes',
    summary: 'Push changes from device logs (idempotent on change id).',
    auth: true,
    body: { schema: PushRequestSchema },
    responses: {
      200: ok('What was accepted, already held, and rejected.', PushResponseSchema),
      400: ok('The request or a change in it is not valid.'),
      403: ok('An administrator, another person’s change or device, or an inspection the user is not on.'),
      413: ok('The body is too large.'),
    },
  },
  {
    operationId: 'pullChanges',
    method: 'GET',
    path: '/changes',
    summary: 'Changes the user may see, after a cursor.',
    auth: true,
    query: PullQuerySchema,
    responses: { 200: ok('A page of changes.', PullResponseSchema), 403: ok('Not on that inspection’s team.') },
  },
  {
    operationId: 'createUpload',
    method: 'POST',
    path: '/blobs/uploads',
    summary: 'Start (or resume) uploading a blob for an inspection.',
    auth: true,
    body: { schema: CreateUploadRequestSchema },
    responses: {
      200: ok('An existing upload of the same blob, or one already complete.', UploadStateSchema),
      201: { description: 'A new upload.', schema: UploadStateSchema, headers: ['location'] },
      403: ok('Not on the inspection’s team, or an administrator.'),
      413: ok('Larger than the gateway takes.'),
    },
  },
  {
    operationId: 'getUpload',
    method: 'GET',
    path: '/blobs/uploads/{uploadId}',
    summary: 'An upload’s state and offset.',
    auth: true,
    params: UploadParamsSchema,
    responses: { 200: ok('The upload.', UploadStateSchema), 404: ok('No such upload for this user.') },
  },
  {
    operationId: 'headUpload',
    method: 'HEAD',
    path: '/blobs/uploads/{uploadId}',
    summary: 'An upload’s offset, in headers.',
    auth: true,
    params: UploadParamsSchema,
    responses: {
      200: { description: 'The upload.', headers: ['upload-offset', 'upload-length'] },
      404: ok('No such upload for this user.'),
    },
  },
  {
    operationId: 'appendToUpload',
    method: 'PATCH',
    path: '/blobs/uploads/{uploadId}',
    summary: 'Append a chunk at Upload-Offset; the last chunk triggers SHA-256 verification.',
    auth: true,
    params: UploadParamsSchema,
    body: { binary: UPLOAD_CONTENT_TYPE, headers: ['upload-offset', 'upload-checksum'] },
    responses: {
      200: { description: 'The chunk was stored.', schema: UploadStateSchema, headers: ['upload-offset'] },
      409: { description: 'Upload-Offset is not where the upload is.', headers: ['upload-offset'] },
      413: ok('The chunk is too large or goes past the declared size.'),
      415: ok('Not application/offset+octet-stream.'),
      422: ok('Chunk checksum or whole-file SHA-256 mismatch.'),
    },
  },
  {
    operationId: 'getBlob',
    method: 'GET',
    path: '/blobs/{sha256}',
    summary: 'A blob used by one of the user’s inspections.',
    auth: true,
    params: BlobParamsSchema,
    responses: {
      200: { description: 'The bytes.', binary: 'application/octet-stream', headers: ['etag', 'repr-digest'] },
      404: ok('Not in the user’s inspections.'),
    },
  },
  {
    operationId: 'listLibrary',
    method: 'GET',
    path: '/library',
    summary: 'Published checklist templates and citation libraries.',
    auth: true,
    responses: { 200: ok('The library.', LibraryResponseSchema) },
  },
  {
    operationId: 'getLibraryItem',
    method: 'GET',
    path: '/library/{itemId}',
    summary: 'One published library item with its content.',
    auth: true,
    params: LibraryItemParamsSchema,
    responses: { 200: ok('The item.', LibraryItemSchema), 404: ok('No such item.') },
  },
];
