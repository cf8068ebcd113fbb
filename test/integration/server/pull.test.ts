/**
 * Pull: cursor paging in the gateway's order of receipt, only the caller's inspections (SECURITY.md
 * E6), changes exactly as signed (their chains re-verify), and catching up an inspection one has
 * just been added to.
 */
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyDeviceChain } from '../../../shared/changes/hashChain';
import { PullResponseSchema, type PullResponse } from '../../../shared/sync/protocol';
import { assignUser } from '../../../server/src/admin/accounts';
import {
  BACKENDS,
  DeviceLog,
  aPerson,
  anAssignedInspection,
  openTestDatabase,
  push,
  startGateway,
  type Person,
  type TestDatabase,
} from './support/gatewayHarness';

describe.each(BACKENDS)('pull on %s', (backend) => {
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

  const pull = async (person: Person, query: string): Promise<PullResponse> => {
    const response = await app.inject({ method: 'GET', url: `/api/v1/changes?${query}`, headers: person.headers });
    expect(response.statusCode, response.body).toBe(200);
    return PullResponseSchema.parse(response.json());
  };

  async function pullAll(person: Person, limit: number, since = '0', extra = ''): Promise<{ pages: number; changes: PullResponse['changes']; cursor: string }> {
    const changes: PullResponse['changes'] = [];
    let cursor = since;
    let pages = 0;
    for (;;) {
      const page = await pull(person, `since=${cursor}&limit=${limit}${extra}`);
      pages += 1;
      changes.push(...page.changes);
      cursor = page.cursor;
      if (!page.hasMore) return { pages, changes, cursor };
      if (pages > 100) throw new Error('too many pages');
    }
  }

  it('pages through a team’s changes in order, and the cursor picks up only what is new', async () => {
    const lead = await aPerson(app, db.sql, 'lead-inspector');
    const colleague = await aPerson(app, db.sql);
    const inspectionId = await anAssignedInspection(db.sql, [{ person: lead, role: 'lead' }, { person: colleague }]);
    const leadLog = new DeviceLog(lead);
    const colleagueLog = new DeviceLog(colleague);
    await push(app, lead, leadLog.sites(inspectionId, 7));
    await push(app, colleague, colleagueLog.sites(inspectionId, 5));

    const all = await pullAll(colleague, 5);
    expect(all.pages).toBe(3);
    expect(all.changes).toHaveLength(12);
    const seqs = all.changes.map((change) => change.serverSeq);
    expect(seqs).toEqual([...seqs].sort((a, b) => a - b));
    // Exactly as signed: each device's chain verifies from genesis after stripping the receipt fields.
    const asSigned = all.changes.map(({ serverSeq: _s, receivedAt: _r, clockSkewMs: _c, ...change }) => change);
    expect(verifyDeviceChain(lead.deviceId, asSigned.filter((change) => change.device === lead.deviceId)).ok).toBe(true);
    expect(verifyDeviceChain(colleague.deviceId, asSigned.filter((change) => change.device === colleague.deviceId)).ok).toBe(true);

    await push(app, lead, leadLog.sites(inspectionId, 2));
    const next = await pullAll(colleague, 50, all.cursor);
    expect(next.changes.map((change) => change.id)).toEqual(leadLog.changes.slice(7).map((change) => change.id));
    expect((await pull(colleague, `since=${next.cursor}`)).changes).toEqual([]);
  });

  it('shows only the inspections the caller is on', async () => {
    const mine = await aPerson(app, db.sql);
    const theirs = await aPerson(app, db.sql);
    const myInspection = await anAssignedInspection(db.sql, [{ person: mine }]);
    const theirInspection = await anAssignedInspection(db.sql, [{ person: theirs }]);
    await push(app, mine, new DeviceLog(mine).sites(myInspection, 2));
    await push(app, theirs, new DeviceLog(theirs).sites(theirInspection, 3));
    const seen = await pullAll(mine, 100);
    expect(new Set(seen.changes.map((change) => change.inspectionId))).toEqual(new Set([myInspection]));
    const filtered = await app.inject({
      method: 'GET',
      url: `/api/v1/changes?since=0&inspectionId=${theirInspection}`,
      headers: mine.headers,
    });
    expect(filtered.statusCode).toBe(403);
  });

  it('lets a newly added member catch up on an inspection from the start', async () => {
    const lead = await aPerson(app, db.sql, 'lead-inspector');
    const late = await aPerson(app, db.sql);
    const inspectionId = await anAssignedInspection(db.sql, [{ person: lead, role: 'lead' }]);
    await push(app, lead, new DeviceLog(lead).sites(inspectionId, 4));
    const before = await pullAll(late, 100);
    expect(before.changes).toEqual([]);
    await assignUser(db.sql, { inspectionId, reference: 'INS-TEST-0001', username: late.username, role: 'expert' });
    const caughtUp = await pullAll(late, 100, '0', `&inspectionId=${inspectionId}`);
    expect(caughtUp.changes).toHaveLength(4);
  });

  it('leaves out the caller’s own device’s changes when asked, for the main feed and an inspection', async () => {
    const lead = await aPerson(app, db.sql, 'lead-inspector');
    const colleague = await aPerson(app, db.sql);
    const inspectionId = await anAssignedInspection(db.sql, [{ person: lead, role: 'lead' }, { person: colleague }]);
    const leadLog = new DeviceLog(lead);
    await push(app, lead, leadLog.sites(inspectionId, 3));
    await push(app, colleague, new DeviceLog(colleague).sites(inspectionId, 2));
    for (const extra of ['&excludeOwnDevice=true', `&excludeOwnDevice=true&inspectionId=${inspectionId}`]) {
      const others = await pullAll(lead, 100, '0', extra);
      expect(others.changes.map((change) => change.device)).toEqual([colleague.deviceId, colleague.deviceId]);
    }
    expect((await pullAll(lead, 100, '0', `&inspectionId=${inspectionId}`)).changes).toHaveLength(5);
  });

  it('refuses a malformed cursor or limit with 400', async () => {
    const person = await aPerson(app, db.sql);
    for (const query of ['since=abc', 'limit=0', 'limit=100000', 'since=-1', 'surprise=1']) {
      const response = await app.inject({ method: 'GET', url: `/api/v1/changes?${query}`, headers: person.headers });
      expect(response.statusCode, query).toBe(400);
    }
  });
});
