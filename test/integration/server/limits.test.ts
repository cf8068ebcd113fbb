/**
 * Limits and hostile input (SECURITY.md E8, E9): rate limits per user and per IP with 429 and
 * Retry-After, 413 for bodies over the limit, 400 with a clear message (never a 500) for whatever
 * arrives as a body or query, and an OpenAPI document that lists every endpoint.
 */
import fc from 'fast-check';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENDPOINTS } from '../../../shared/sync/endpoints';
import { API_PREFIX, ErrorResponseSchema } from '../../../shared/sync/protocol';
import { DeviceLog, BACKENDS, aPerson, anAssignedInspection, openTestDatabase, pushBody, startGateway, type Person, type TestDatabase } from './support/gatewayHarness';

describe.each(BACKENDS)('limits and hostile input on %s', (backend) => {
  let db: TestDatabase;
  let app: FastifyInstance;
  let person: Person;
  let inspectionId: string;
  beforeAll(async () => {
    db = await openTestDatabase(backend);
    app = await startGateway(db.sql, { settings: { maxJsonBodyBytes: 256 * 1024 } });
    person = await aPerson(app, db.sql);
    inspectionId = await anAssignedInspection(db.sql, [{ person }]);
  });
  afterAll(async () => {
    await app.close();
    await db.drop();
  });

  it('limits requests per user and per IP with 429 and Retry-After', async () => {
    const limited = await startGateway(db.sql, { settings: { rateLimit: { max: 5, signInMax: 3, timeWindowMs: 60_000 } } });
    try {
      const other = await aPerson(app, db.sql);
      const call = (headers: Record<string, string>) => limited.inject({ method: 'GET', url: '/api/v1/assignments', headers });
      for (let i = 0; i < 5; i += 1) expect((await call(person.headers)).statusCode).toBe(200);
      const refused = await call(person.headers);
      expect(refused.statusCode).toBe(429);
      expect(Number(refused.headers['retry-after'])).toBeGreaterThanOrEqual(1);
      expect(ErrorResponseSchema.parse(refused.json()).error).toBe('rate-limited');
      // Another user is counted separately.
      expect((await call(other.headers)).statusCode).toBe(200);
      // Requests with bad tokens are counted per IP, before the 401.
      const statuses: number[] = [];
      for (let i = 0; i < 6; i += 1) statuses.push((await call({ authorization: 'Bearer nope' })).statusCode);
      expect(statuses).toEqual([401, 401, 401, 401, 401, 429]);
      // Sign-in has its own, tighter, limit per IP.
      const signIns: number[] = [];
      for (let i = 0; i < 4; i += 1)
        signIns.push(
          (
            await limited.inject({
              method: 'POST',
              url: '/api/v1/sessions',
              payload: { username: person.username, password: 'guess', deviceId: person.deviceId, deviceLabel: 'L' },
            })
          ).statusCode,
        );
      expect(signIns).toEqual([401, 401, 401, 429]);
    } finally {
      await limited.close();
    }
  });

  it('answers 413 for a JSON body over the limit', async () => {
    const log = new DeviceLog(person);
    const site = log.site(inspectionId);
    const huge = { ...site, fields: { ...site.fields, notes: 'x'.repeat(300 * 1024) } };
    const response = await app.inject({ method: 'POST', url: '/api/v1/changes', headers: person.headers, payload: pushBody([huge]) });
    expect(response.statusCode).toBe(413);
    expect(ErrorResponseSchema.parse(response.json()).error).toBe('body-too-large');
  });

  it('refuses __proto__ keys and absurd nesting with 400', async () => {
    const send = (payload: string) =>
      app.inject({ method: 'POST', url: '/api/v1/changes', headers: { ...person.headers, 'content-type': 'application/json' }, payload });
    const proto = await send('{"sentAt":"2026-01-01T00:00:00.000Z","changes":[],"__proto__":{"admin":true}}');
    expect(proto.statusCode).toBe(400);
    expect(proto.json<{ message: string }>().message).toMatch(/__proto__/);
    expect((await send('['.repeat(10_000) + ']'.repeat(10_000))).statusCode).toBe(400);
    expect((await send('{"sentAt": ')).statusCode).toBe(400);
  });

  it('never answers a fuzzed body or query with a 500', async () => {
    const validPush = pushBody([new DeviceLog(person).site(inspectionId)]);
    const targets = [
      { method: 'POST', url: '/api/v1/changes', auth: true },
      { method: 'POST', url: '/api/v1/sessions', auth: false },
      { method: 'POST', url: '/api/v1/sessions/refresh', auth: false },
      { method: 'POST', url: '/api/v1/blobs/uploads', auth: true },
    ] as const;
    const body = fc.oneof(
      fc.anything().map((value) => JSON.stringify(value) ?? 'null'),
      fc.string(),
      // Valid push bodies with one member of the body or of the change replaced by anything.
      fc
        .tuple(fc.constantFrom('sentAt', 'changes', 'id', 'fields', 'seq', 'at', 'hash', 'actor', 'inspectionId'), fc.anything())
        .map(([key, value]) => {
          const mutated =
            key === 'sentAt' || key === 'changes'
              ? { ...validPush, [key]: value }
              : { ...validPush, changes: [{ ...validPush.changes[0], [key]: value }] };
          return JSON.stringify(mutated) ?? 'null';
        }),
    );
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...targets), body, async (target, payload) => {
        const response = await app.inject({
          method: target.method,
          url: target.url,
          headers: { ...(target.auth ? person.headers : {}), 'content-type': 'application/json' },
          payload,
        });
        expect(response.statusCode, `${target.url} ${payload.slice(0, 200)} -> ${response.body}`).toBeLessThan(500);
        if (response.statusCode >= 400) ErrorResponseSchema.parse(response.json());
      }),
      { numRuns: 150 },
    );
    await fc.assert(
      fc.asyncProperty(fc.string(), fc.string(), async (key, value) => {
        const url = `/api/v1/changes?${encodeURIComponent(key)}=${encodeURIComponent(value)}`;
        const response = await app.inject({ method: 'GET', url, headers: person.headers });
        expect(response.statusCode, url).toBeLessThan(500);
      }),
      { numRuns: 50 },
    );
  });

  it('serves an OpenAPI 3.1 document naming every endpoint, each of which exists', async () => {
    const response = await app.inject({ method: 'GET', url: '/api/v1/openapi.json' });
    expect(response.statusCode).toBe(200);
    const document = response.json<{ openapi: string; paths: Record<string, Record<string, { operationId: string }>> }>();
    expect(document.openapi).toBe('3.1.0');
    for (const endpoint of ENDPOINTS) {
      const path = `${API_PREFIX}${endpoint.path}`;
      expect(document.paths[path]?.[endpoint.method.toLowerCase()]?.operationId).toBe(endpoint.operationId);
      expect(app.hasRoute({ method: endpoint.method, url: path.replace(/\{(\w+)\}/g, ':$1') }), `${endpoint.method} ${path}`).toBe(true);
    }
  });

  it('answers unknown paths with 404 in the error shape', async () => {
    const response = await app.inject({ method: 'GET', url: '/api/v1/nothing-here', headers: person.headers });
    expect(response.statusCode).toBe(404);
    ErrorResponseSchema.parse(response.json());
  });
});
