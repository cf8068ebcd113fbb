/**
 * Cross-origin access for the workbench itself: the desktop app's `app://bundle` page and the
 * browser build are other origins than the gateway's, so the browser asks first (a preflight) and
 * only lets the app read a response that names its origin. Only the configured origins are named;
 * anything else gets no CORS headers and the browser keeps the response from the page. Tokens travel
 * in the Authorization header, never in cookies, so no credentials mode is needed.
 */
import type { FastifyInstance } from 'fastify';
import { SERVER_TIME_HEADER } from '../../shared/sync/protocol';
import { UPLOAD_CHECKSUM_HEADER, UPLOAD_LENGTH_HEADER, UPLOAD_OFFSET_HEADER } from '../../shared/sync/blobProtocol';

const ALLOWED_METHODS = 'GET, HEAD, POST, PATCH';
const ALLOWED_HEADERS = ['authorization', 'content-type', UPLOAD_OFFSET_HEADER, UPLOAD_CHECKSUM_HEADER].join(', ');
const EXPOSED_HEADERS = [SERVER_TIME_HEADER, UPLOAD_OFFSET_HEADER, UPLOAD_LENGTH_HEADER, 'retry-after', 'location', 'etag', 'repr-digest'].join(', ');

export function registerCors(app: FastifyInstance, allowedOrigins: readonly string[]): void {
  const allowed = new Set(allowedOrigins);
  app.addHook('onRequest', async (request, reply) => {
    const origin = request.headers.origin;
    if (!origin || !allowed.has(origin)) return;
    reply.header('access-control-allow-origin', origin);
    reply.header('vary', 'Origin');
    reply.header('access-control-expose-headers', EXPOSED_HEADERS);
    if (request.method !== 'OPTIONS') return;
    reply.header('access-control-allow-methods', ALLOWED_METHODS);
    reply.header('access-control-allow-headers', ALLOWED_HEADERS);
    reply.header('access-control-max-age', '600');
    return reply.status(204).send();
  });
}
