/**
 * A workbench set up offline signs its changes with its own profile id. The first sign-in binds that
 * id to the account so those changes can be pushed; nobody else can then claim it, and nobody can
 * claim another account's own id. Also: the workbench's page origins may call the gateway (CORS),
 * other origins get no CORS headers.
 */
import type { FastifyInstance } from 'fastify';
import { v7 as uuidv7 } from 'uuid';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PushResponseSchema, SessionResponseSchema } from '../../../shared/sync/protocol';
import {
  BACKENDS,
  DeviceLog,
  aPerson,
  anAssignedInspection,
  openTestDatabase,
  push,
  startGateway,
  type TestDatabase,
} from './support/gatewayHarness';

describe.each(BACKENDS)('profile identities on %s', (backend) => {
  let db: TestDatabase;
  let app: FastifyInstance;
  beforeAll(async () => {
    db = await openTestDatabase(backend);
    app = await startGateway(db.sql);
  });
  afterAll(async () => {
    await app.close();
    await db.drop();
  });

  const signIn = (payload: Record<string, unknown>) => app.inject({ method: 'POST', url: '/api/v1/sessions', payload });

  it('binds an offline profile to the account, and its changes can then be pushed', async () => {
    const person = await aPerson(app, db.sql);
    const inspectionId = await anAssignedInspection(db.sql, [{ person }]);
    const profileUserId = uuidv7();
    const deviceId = uuidv7();
    const offline = new DeviceLog({ userId: profileUserId, name: 'Jo Smith', deviceId });
    const changes = offline.sites(inspectionId, 2);

    const response = await signIn({ username: person.username, password: person.password, deviceId, deviceLabel: 'L', profileUserId });
    expect(response.statusCode).toBe(200);
    const session = SessionResponseSchema.parse(response.json());
    expect(session.actorIds).toEqual([person.userId, profileUserId]);

    const pushed = await push(app, { ...person, headers: { authorization: `Bearer ${session.accessToken}` } }, changes);
    expect(pushed.statusCode).toBe(200);
    expect(PushResponseSchema.parse(pushed.json()).accepted).toHaveLength(2);
  });

  it('refuses a profile id already bound to someone else, or another account’s own id', async () => {
    const first = await aPerson(app, db.sql);
    const second = await aPerson(app, db.sql);
    const profileUserId = uuidv7();
    expect(
      (await signIn({ username: first.username, password: first.password, deviceId: uuidv7(), deviceLabel: 'L', profileUserId })).statusCode,
    ).toBe(200);
    const taken = await signIn({ username: second.username, password: second.password, deviceId: uuidv7(), deviceLabel: 'L', profileUserId });
    expect(taken.statusCode).toBe(403);
    expect(taken.json()).toMatchObject({ error: 'profile-of-another-user' });
    const impersonation = await signIn({
      username: second.username,
      password: second.password,
      deviceId: uuidv7(),
      deviceLabel: 'L',
      profileUserId: first.userId,
    });
    expect(impersonation.statusCode).toBe(403);
  });

  it('still refuses changes whose actor is another person', async () => {
    const author = await aPerson(app, db.sql);
    const relay = await aPerson(app, db.sql);
    const inspectionId = await anAssignedInspection(db.sql, [{ person: author }, { person: relay }]);
    const foreign = new DeviceLog({ userId: author.userId, name: author.name, deviceId: relay.deviceId });
    const response = await push(app, relay, foreign.sites(inspectionId, 1));
    expect(response.statusCode).toBe(403);
    expect(response.json()).toMatchObject({ error: 'not-your-change' });
  });

  it('answers a preflight from the workbench’s origin and names only allowed origins', async () => {
    const preflight = await app.inject({
      method: 'OPTIONS',
      url: '/api/v1/changes',
      headers: { origin: 'app://bundle', 'access-control-request-method': 'POST' },
    });
    expect(preflight.statusCode).toBe(204);
    expect(preflight.headers['access-control-allow-origin']).toBe('app://bundle');
    expect(String(preflight.headers['access-control-allow-headers'])).toContain('authorization');
    const health = await app.inject({ method: 'GET', url: '/api/v1/health', headers: { origin: 'http://127.0.0.1:5173' } });
    expect(health.headers['access-control-allow-origin']).toBe('http://127.0.0.1:5173');
    expect(String(health.headers['access-control-expose-headers'])).toContain('x-server-time');
    const stranger = await app.inject({ method: 'GET', url: '/api/v1/health', headers: { origin: 'https://evil.example' } });
    expect(stranger.headers['access-control-allow-origin']).toBeUndefined();
  });
});
