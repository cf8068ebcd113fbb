/**
 * POST /sessions (sign in), /sessions/refresh, /sessions/sign-out. Public, with a tighter rate limit
 * per client IP than the rest of the API, against password guessing.
 */
import type { FastifyInstance } from 'fastify';
import { RefreshRequestSchema, SignInRequestSchema, SignOutRequestSchema } from '../../../shared/sync/protocol';
import { refreshSession, signIn, signOut } from '../auth/sessions';
import type { GatewaySettings } from '../config';
import type { GatewayContext } from '../context';
import { parseRequestPart } from '../validation';

export function registerSessionRoutes(api: FastifyInstance, context: GatewayContext, settings: GatewaySettings): void {
  const config = {
    public: true,
    ...(settings.rateLimit
      ? {
          rateLimit: {
            max: settings.rateLimit.signInMax,
            timeWindow: settings.rateLimit.timeWindowMs,
            keyGenerator: (request: { ip: string }) => `sign-in:${request.ip}`,
          },
        }
      : {}),
  };
  api.post('/sessions', { config }, async (request) =>
    signIn(context, parseRequestPart(SignInRequestSchema, request.body, 'body')),
  );
  api.post('/sessions/refresh', { config }, async (request) =>
    refreshSession(context, parseRequestPart(RefreshRequestSchema, request.body, 'body').refreshToken),
  );
  api.post('/sessions/sign-out', { config }, async (request, reply) => {
    await signOut(context, parseRequestPart(SignOutRequestSchema, request.body, 'body').refreshToken);
    return reply.status(204).send();
  });
}
