/**
 * What `gateway seed-demo` sets up, read back through the API the way the app will before a visit:
 * assignments with the team and the context pack, and the published library (the shipped checklist
 * templates and citation library) whose content matches its hash.
 */
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sha256OfCanonicalJson } from '../../../shared/content/contentHash';
import { AssignmentsResponseSchema, ContextPackSchema, LibraryItemSchema, LibraryResponseSchema, type SessionResponse } from '../../../shared/sync/protocol';
import { DEMO_INSPECTION, seedDemo, type SeededUser } from '../../../server/src/admin/seedDemo';
import { BACKENDS, TEST_ARGON2, openTestDatabase, startGateway, type TestDatabase } from './support/gatewayHarness';

describe.each(BACKENDS)('demo team, assignments and library on %s', (backend) => {
  let db: TestDatabase;
  let app: FastifyInstance;
  let users: SeededUser[];
  beforeAll(async () => {
    db = await openTestDatabase(backend);
    app = await startGateway(db.sql);
    users = await seedDemo(db.sql, TEST_ARGON2);
  });
  afterAll(async () => {
    await app.close();
    await db.drop();
  });

  async function signInAs(username: string): Promise<{ authorization: string }> {
    const user = users.find((candidate) => candidate.username === username);
    const response = await app.inject({
      method: 'POST',
      url: '/api/v1/sessions',
      payload: { username, password: user?.password, deviceId: crypto.randomUUID(), deviceLabel: 'Demo laptop' },
    });
    expect(response.statusCode, response.body).toBe(200);
    return { authorization: `Bearer ${response.json<SessionResponse>().accessToken}` };
  }

  it('seeds four people once; running it again changes no password', async () => {
    expect(users.map((user) => [user.username, user.role])).toEqual([
      ['gmp.lead', 'lead-inspector'],
      ['pv.inspector', 'inspector'],
      ['reviewer', 'reviewer'],
      ['admin', 'admin'],
    ]);
    expect(users.every((user) => (user.password ?? '').length >= 12)).toBe(true);
    const again = await seedDemo(db.sql, TEST_ARGON2);
    expect(again.every((user) => user.password === null)).toBe(true);
  });

  it('gives the lead the demo inspection with its team and context pack', async () => {
    const headers = await signInAs('gmp.lead');
    const { assignments } = AssignmentsResponseSchema.parse(
      (await app.inject({ method: 'GET', url: '/api/v1/assignments', headers })).json(),
    );
    expect(assignments).toHaveLength(1);
    const [demo] = assignments;
    expect(demo).toMatchObject({ inspectionId: DEMO_INSPECTION.id, reference: DEMO_INSPECTION.reference, role: 'lead' });
    expect(demo?.team.map((member) => [member.username, member.role])).toEqual([
      ['gmp.lead', 'lead'],
      ['pv.inspector', 'inspector'],
    ]);
    const pack = ContextPackSchema.parse(
      (await app.inject({ method: 'GET', url: `/api/v1/assignments/${DEMO_INSPECTION.id}/context-pack`, headers })).json(),
    );
    expect(pack.contentHash).toBe(sha256OfCanonicalJson(pack.content));
    expect(pack.contentHash).toBe(demo?.contextPack?.contentHash);
    expect(pack.content.sites.map((site) => site.kind)).toEqual(['control-site', 'poc-site']);
  });

  it('serves the published library to any signed-in user, each item matching its hash', async () => {
    const headers = await signInAs('reviewer');
    const { items } = LibraryResponseSchema.parse((await app.inject({ method: 'GET', url: '/api/v1/library', headers })).json());
    expect(items.filter((item) => item.kind === 'checklistTemplate').length).toBeGreaterThanOrEqual(4);
    expect(items.filter((item) => item.kind === 'citationLibrary')).toHaveLength(1);
    for (const summary of items) {
      const item = LibraryItemSchema.parse(
        (await app.inject({ method: 'GET', url: `/api/v1/library/${summary.id}`, headers })).json(),
      );
      expect(sha256OfCanonicalJson(item.content)).toBe(summary.contentHash);
    }
    const reviewerAssignments = await app.inject({ method: 'GET', url: '/api/v1/assignments', headers });
    expect(reviewerAssignments.json()).toEqual({ assignments: [] });
  });
});
