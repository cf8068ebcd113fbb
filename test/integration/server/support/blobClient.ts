/** Blob upload calls as the app's sync engine will make them, for the gateway tests (inject or real HTTP). */
import { createHash, randomBytes } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { UPLOAD_CONTENT_TYPE, UploadStateSchema, type UploadState } from '../../../../shared/sync/blobProtocol';
import type { Person } from './gatewayHarness';

export interface TestBlob {
  bytes: Buffer;
  sha256: string;
}

export function aBlob(size: number): TestBlob {
  const bytes = randomBytes(size);
  return { bytes, sha256: createHash('sha256').update(bytes).digest('hex') };
}

export function createUpload(app: FastifyInstance, person: Person, inspectionId: string, blob: TestBlob, size = blob.bytes.length) {
  return app.inject({
    method: 'POST',
    url: '/api/v1/blobs/uploads',
    headers: person.headers,
    payload: { sha256: blob.sha256, size, mediaType: 'image/jpeg', inspectionId },
  });
}

export function patchChunk(app: FastifyInstance, person: Person, uploadId: string, offset: number, chunk: Buffer, headers: Record<string, string> = {}) {
  return app.inject({
    method: 'PATCH',
    url: `/api/v1/blobs/uploads/${uploadId}`,
    headers: { ...person.headers, 'content-type': UPLOAD_CONTENT_TYPE, 'upload-offset': String(offset), ...headers },
    payload: chunk,
  });
}

/** Uploads a whole blob in chunks; returns the final state. */
export async function uploadWhole(app: FastifyInstance, person: Person, inspectionId: string, blob: TestBlob, chunkSize = 64 * 1024): Promise<UploadState> {
  let state = UploadStateSchema.parse((await createUpload(app, person, inspectionId, blob)).json());
  while (!state.complete) {
    const chunk = blob.bytes.subarray(state.offset, state.offset + chunkSize);
    const response = await patchChunk(app, person, state.uploadId, state.offset, chunk);
    if (response.statusCode !== 200) throw new Error(`PATCH failed: ${response.statusCode} ${response.body}`);
    state = UploadStateSchema.parse(response.json());
  }
  return state;
}
