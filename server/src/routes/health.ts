/** GET /health and GET /openapi.json: the two calls that need no session at all. */
import type { FastifyInstance } from 'fastify';
import type { z } from 'zod';
import type { HealthResponseSchema } from '../../../shared/sync/protocol';
import { buildOpenApiDocument } from '../openapi';

export function registerHealthRoutes(api: FastifyInstance, version: string): void {
  api.get('/health', { config: { public: true } }, async (): Promise<z.infer<typeof HealthResponseSchema>> => ({
    status: 'ok',
    apiVersion: 1,
    serverTime: new Date().toISOString(),
  }));
  let document: string | undefined;
  api.get('/openapi.json', { config: { public: true } }, async (_request, reply) => {
    document ??= JSON.stringify(buildOpenApiDocument(version));
    return reply.type('application/json').send(document);
  });
}
