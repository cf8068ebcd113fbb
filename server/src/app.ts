/**
 * buildApp: the gateway as a Fastify instance that is not yet listening (main.ts listens; tests use
 * inject() or listen on a loopback port). Every security decision that applies to all routes is made
 * here, once: body parsing and limits, authentication, rate limits, error shapes, server time.
 *
 * Stateless: everything an instance needs is in the database (users, sessions, the change log, the
 * token-signing key, unfinished uploads), so any number of instances can serve one database and a
 * restart loses nothing. The one exception is rate-limit counters, which are per instance, in memory:
 * behind N instances a client gets up to N times the limit, which is still a limit.
 */
import rateLimit from '@fastify/rate-limit';
import Fastify, { type FastifyInstance } from 'fastify';
import { parseUntrustedJson } from '../../shared/packages/untrustedJson';
import { API_PREFIX, SERVER_TIME_HEADER } from '../../shared/sync/protocol';
import { UPLOAD_CONTENT_TYPE } from '../../shared/sync/blobProtocol';
import { authenticate } from './auth/authenticate';
import { loadSigningSecret } from './auth/signingSecret';
import { DEFAULT_SETTINGS, type GatewaySettings } from './config';
import type { AuthContext, GatewayContext } from './context';
import type { Sql } from './db/database';
import { registerCors } from './cors';
import { HttpError } from './httpErrors';
import { registerAssignmentRoutes } from './routes/assignments';
import { registerBlobRoutes } from './routes/blobs';
import { UploadDigests } from './blobs/uploadDigests';
import { databaseBlobStore } from './blobs/databaseBlobStore';
import { directoryBlobStore } from './blobs/directoryBlobStore';
import { registerChangeRoutes } from './routes/changes';
import { registerHealthRoutes } from './routes/health';
import { registerLibraryRoutes } from './routes/library';
import { registerSessionRoutes } from './routes/sessions';

declare module 'fastify' {
  interface FastifyRequest {
    auth: AuthContext | null;
    authError: HttpError | null;
  }
  interface FastifyContextConfig {
    /** Reachable without an access token (health, OpenAPI, sign-in, refresh, sign-out). */
    public?: boolean;
  }
}

export interface BuildAppOptions {
  sql: Sql;
  settings?: Partial<GatewaySettings>;
  /** GATEWAY_JWT_SECRET; null or absent: the key kept in the database. */
  jwtSecret?: string | null;
  /** The clock for tokens, receipts and expiry; tests move it. */
  now?: () => Date;
  /** GATEWAY_PHOTO_DIR: photo bytes as files there; null or absent: in the database (blobs/blobStore.ts). */
  photoDirectory?: string | null;
  logger?: boolean;
  version?: string;
}

export async function buildApp(options: BuildAppOptions): Promise<FastifyInstance> {
  const settings: GatewaySettings = { ...DEFAULT_SETTINGS, ...options.settings };
  const context: GatewayContext = {
    sql: options.sql,
    signingSecret: await loadSigningSecret(options.sql, options.jwtSecret ?? null),
    settings,
    now: options.now ?? (() => new Date()),
    blobStore: options.photoDirectory ? await directoryBlobStore(options.photoDirectory) : databaseBlobStore,
    uploadDigests: new UploadDigests(),
  };
  const app = Fastify({
    logger: options.logger ?? false,
    bodyLimit: settings.maxJsonBodyBytes,
    trustProxy: settings.trustProxy,
    requestTimeout: 120_000,
    exposeHeadRoutes: false,
    return503OnClosing: true,
  });
  app.decorateRequest('auth', null);
  app.decorateRequest('authError', null);
  registerCors(app, settings.allowedOrigins);

  // JSON through the same reader as imported packages: no __proto__ keys, bounded nesting (E9).
  app.removeContentTypeParser(['application/json', 'text/plain']);
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (_request, body, done) => {
    const parsed = parseUntrustedJson(typeof body === 'string' ? body : body.toString('utf8'));
    if (parsed.ok) done(null, parsed.value);
    else done(new HttpError(400, 'invalid-json', `The request body is not acceptable JSON: ${parsed.detail}.`), undefined);
  });
  app.addContentTypeParser(
    UPLOAD_CONTENT_TYPE,
    { parseAs: 'buffer', bodyLimit: settings.maxUploadChunkBytes },
    (_request, body, done) => done(null, body),
  );

  app.addHook('onSend', async (_request, reply) => {
    reply.header(SERVER_TIME_HEADER, new Date().toISOString());
    if (!reply.hasHeader('cache-control')) reply.header('cache-control', 'no-store');
  });

  // Authentication is attempted first and enforced after the rate limit, so that requests with bad
  // tokens are counted (per IP) too.
  app.addHook('onRequest', async (request) => {
    if (!request.routeOptions.url || request.routeOptions.config.public) return;
    try {
      request.auth = await authenticate(context, request.headers.authorization);
    } catch (error) {
      if (!(error instanceof HttpError)) throw error;
      request.authError = error;
    }
  });
  if (settings.rateLimit) {
    const limits = settings.rateLimit;
    await app.register(rateLimit, {
      global: true,
      hook: 'onRequest',
      max: limits.max,
      timeWindow: limits.timeWindowMs,
      keyGenerator: (request) => (request.auth ? `user:${request.auth.user.id}` : `ip:${request.ip}`),
      errorResponseBuilder: (_request, limit) =>
        new HttpError(429, 'rate-limited', `Too many requests; try again in ${Math.ceil(limit.ttl / 1000)} seconds.`, {
          headers: { 'retry-after': String(Math.max(1, Math.ceil(limit.ttl / 1000))) },
        }),
    });
  }
  app.addHook('preParsing', async (request) => {
    if (request.authError) throw request.authError;
  });

  app.setErrorHandler((error, request, reply) => {
    if (error instanceof HttpError) {
      reply.headers(error.details.headers ?? {});
      return reply.status(error.status).send({
        error: error.code,
        message: error.message,
        ...(error.details.issues ? { issues: error.details.issues } : {}),
      });
    }
    const status = typeof error === 'object' && error !== null && 'statusCode' in error ? Number(error.statusCode) : 500;
    if (status >= 400 && status < 500) return reply.status(status).send(clientErrorBody(status, settings));
    request.log.error(error);
    return reply.status(500).send({
      error: 'internal',
      message: 'The gateway could not complete the request. Try again; if it keeps happening, tell the service desk.',
    });
  });
  app.setNotFoundHandler((request, reply) =>
    reply.status(404).send({ error: 'not-found', message: `There is no ${request.method} ${request.url.split('?')[0] ?? ''}.` }),
  );

  await app.register(
    async (api) => {
      registerHealthRoutes(api, options.version ?? 'dev');
      registerSessionRoutes(api, context, settings);
      registerAssignmentRoutes(api, context);
      registerChangeRoutes(api, context);
      registerBlobRoutes(api, context);
      registerLibraryRoutes(api, context);
    },
    { prefix: API_PREFIX },
  );
  return app;
}

/** Fastify's own 4xx errors (body too large, wrong content type...) in our error shape. */
function clientErrorBody(status: number, settings: GatewaySettings) {
  switch (status) {
    case 413:
      return {
        error: 'body-too-large',
        message: `The request body is larger than the gateway accepts (${settings.maxJsonBodyBytes} bytes of JSON, ${settings.maxUploadChunkBytes} bytes per upload chunk).`,
      };
    case 415:
      return { error: 'unsupported-media-type', message: 'Send JSON (application/json), or upload chunks as application/offset+octet-stream.' };
    default:
      return { error: 'invalid-request', message: 'The request could not be read.' };
  }
}
