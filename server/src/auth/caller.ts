/** The signed-in caller of an authenticated route; app.ts's hooks guarantee there is one. */
import type { FastifyRequest } from 'fastify';
import type { AuthContext } from '../context';
import { HttpError } from '../httpErrors';

export function callerOf(request: FastifyRequest): AuthContext {
  if (!request.auth) throw new HttpError(401, 'unauthorized', 'Sign in first: this call needs an access token.');
  return request.auth;
}
