/**
 * Sessions (SECURITY.md E5): sign-in, wrong passwords, refresh token rotation with reuse detection,
 * and the access token checks every protected route makes: missing, expired, wrong audience, wrong
 * issuer, wrong key: 401.
 */
import { SignJWT } from 'jose';
import { v7 as uuidv7 } from 'uuid';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SessionResponseSchema, SERVER_TIME_HEADER } from '../../../shared/sync/protocol';
import { TOKEN_AUDIENCE, TOKEN_ISSUER } from '../../../server/src/auth/accessTokens';
import { loadSigningSecret } from '../../../server/src/auth/signingSecret';
import { BACKENDS, aPerson, openTestDatabase, startGateway, type TestDatabase } from './support/gatewayHarness';

describe.each(BACKENDS)('sessions on %s', (backend) => {
  let db: TestDatabase;
  let app: FastifyInstance;
  let clock = Date.now();
  beforeAll(async () => {
    db = await openTestDatabase(backend);
    app = await startGateway(db.sql, { now: () => new Date(clock) });
  });
  afterAll(async () => {
    await app.close();
    await db.drop();
  });

  const signIn = (payload: Record<string, unknown>) => app.inject({ method: 'POST', url: '/api/v1/sessions', payload });
  const assignments = (authorization?: string) =>
    app.inject({ method: 'GET', url: '/api/v1/assignments', headers: authorization ? { authorization } : {} });

  it('signs in, registers the device, and the token opens protected routes', async () => {
    const person = await aPerson(app, db.sql);
    expect(SessionResponseSchema.parse(person.session).user.username).toBe(person.username);
    const response = await assignments(person.headers.authorization);
    expect(response.statusCode).toBe(200);
    expect(response.headers[SERVER_TIME_HEADER]).toMatch(/^\d{4}-\d\d-\d\dT/);
    expect(response.headers['date']).toBeDefined();
  });

  it('answers a wrong password and an unknown user alike, with 401', async () => {
    const person = await aPerson(app, db.sql);
    const wrong = await signIn({ username: person.username, password: 'not the password', deviceId: person.deviceId, deviceLabel: 'L' });
    const unknown = await signIn({ username: 'nobody.here', password: 'whatever it is', deviceId: uuidv7(), deviceLabel: 'L' });
    expect(wrong.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(401);
    expect(wrong.json()).toEqual(unknown.json());
  });

  it('refuses to register one device to a second user', async () => {
    const first = await aPerson(app, db.sql);
    const second = await aPerson(app, db.sql);
    const response = await signIn({ username: second.username, password: second.password, deviceId: first.deviceId, deviceLabel: 'L' });
    expect(response.statusCode).toBe(403);
    expect(response.json()).toMatchObject({ error: 'device-of-another-user' });
  });

  it('rotates refresh tokens, and a reused one ends the whole session', async () => {
    const person = await aPerson(app, db.sql);
    const refresh = (refreshToken: string) =>
      app.inject({ method: 'POST', url: '/api/v1/sessions/refresh', payload: { refreshToken } });
    const first = await refresh(person.session.refreshToken);
    expect(first.statusCode).toBe(200);
    const rotated = SessionResponseSchema.parse(first.json());
    expect(rotated.refreshToken).not.toBe(person.session.refreshToken);

    const reuse = await refresh(person.session.refreshToken);
    expect(reuse.statusCode).toBe(401);
    expect(reuse.json<{ message: string }>().message).toMatch(/already used/);
    // The theft response revoked the family: the rotated token is dead too.
    expect((await refresh(rotated.refreshToken)).statusCode).toBe(401);
  });

  it('signs out: the refresh token stops working', async () => {
    const person = await aPerson(app, db.sql);
    const out = await app.inject({ method: 'POST', url: '/api/v1/sessions/sign-out', payload: { refreshToken: person.session.refreshToken } });
    expect(out.statusCode).toBe(204);
    const refresh = await app.inject({ method: 'POST', url: '/api/v1/sessions/refresh', payload: { refreshToken: person.session.refreshToken } });
    expect(refresh.statusCode).toBe(401);
  });

  it('gives 401 without a token, with an expired token, and with tokens for another audience, issuer or key', async () => {
    const person = await aPerson(app, db.sql);
    expect((await assignments()).statusCode).toBe(401);
    expect((await assignments('Bearer not.a.token')).statusCode).toBe(401);

    const secret = await loadSigningSecret(db.sql, null);
    const forge = (audience: string, issuer: string, key: Uint8Array = secret) =>
      new SignJWT({ dev: person.deviceId })
        .setProtectedHeader({ alg: 'HS256' })
        .setSubject(person.userId)
        .setAudience(audience)
        .setIssuer(issuer)
        .setIssuedAt()
        .setExpirationTime('10m')
        .sign(key);
    const otherAudience = await assignments(`Bearer ${await forge('https://graph.example/other-api', TOKEN_ISSUER)}`);
    expect(otherAudience.statusCode).toBe(401);
    expect(otherAudience.json<{ message: string }>().message).toMatch(/not for this gateway/);
    expect(otherAudience.headers['www-authenticate']).toMatch(/invalid_token/);
    expect((await assignments(`Bearer ${await forge(TOKEN_AUDIENCE, 'someone-else')}`)).statusCode).toBe(401);
    expect((await assignments(`Bearer ${await forge(TOKEN_AUDIENCE, TOKEN_ISSUER, new Uint8Array(32))}`)).statusCode).toBe(401);
    expect((await assignments(`Bearer ${await forge(TOKEN_AUDIENCE, TOKEN_ISSUER)}`)).statusCode).toBe(200);

    clock += 16 * 60 * 1000;
    try {
      const expired = await assignments(person.headers.authorization);
      expect(expired.statusCode).toBe(401);
      expect(expired.json<{ message: string }>().message).toMatch(/expired/);
    } finally {
      clock -= 16 * 60 * 1000;
    }
  });

  it('stops a disabled account at once, even with a valid token', async () => {
    const person = await aPerson(app, db.sql);
    await db.sql.query('UPDATE users SET disabled_at = now() WHERE id = $1', [person.userId]);
    expect((await assignments(person.headers.authorization)).statusCode).toBe(401);
  });
});
