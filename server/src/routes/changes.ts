/** POST /changes (push) and GET /changes (pull): see sync/pushChanges.ts and sync/pullChanges.ts. */
import type { FastifyInstance } from 'fastify';
import { PullQuerySchema, PushRequestSchema } from '../../../shared/sync/protocol';
import { callerOf } from '../auth/caller';
import type { GatewayContext } from '../context';
import { badRequest } from '../httpErrors';
import { pullChanges } from '../sync/pullChanges';
import { pushChanges } from '../sync/pushChanges';
import { parseRequestPart } from '../validation';

export function registerChangeRoutes(api: FastifyInstance, context: GatewayContext): void {
  api.post('/changes', async (request) => {
    const caller = callerOf(request);
    const body = parseRequestPart(PushRequestSchema, request.body, 'body');
    if (body.changes.length > context.settings.maxPushBatch)
      throw badRequest('batch-too-large', `Push at most ${context.settings.maxPushBatch} changes at a time.`);
    return pushChanges(context, caller, body);
  });
  api.get('/changes', async (request) =>
    pullChanges(context, callerOf(request), parseRequestPart(PullQuerySchema, request.query, 'query')),
  );
}
