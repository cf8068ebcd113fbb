/**
 * Two inspectors' workbenches and a real gateway (PostgreSQL and PGlite): work recorded offline on
 * laptops set up before anyone signed in reaches the gateway and the colleague; the same field edited
 * on both laptops becomes a conflict on both, with both values kept; one person's resolution syncs and
 * settles it everywhere. Also: sign-out refused while anything is unsent, an ended session asks for
 * sign-in with the outbox intact, Retry-After is honoured, and clock skew is measured.
 */
// Before anything loads Dexie: the workbenches' IndexedDB (Dexie looks for it when it loads).
import 'fake-indexeddb/auto';
import type { FastifyInstance } from 'fastify';
import { v7 as uuidv7 } from 'uuid';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assignUser, createUser } from '../../../../server/src/admin/accounts';
import { publishContextPack } from '../../../../server/src/admin/publishing';
import { cachedContextPack } from '../../../../renderer/src/sync/contextPacks';
import { loadReportInput } from '../../../../renderer/src/features/report/reportRecords';
import { CITATION_LIBRARY } from '../../../../shared/content/citations/citationLibrary';
import { countUnsent } from '../../../../renderer/src/sync/pushOutbox';
import { isClockSkewed, SignOutRefusedError } from '../../../../renderer/src/sync/syncEngine';
import {
  BACKENDS,
  TEST_ARGON2,
  countRows,
  listenOnLoopback,
  openTestDatabase,
  startGateway,
  type TestDatabase,
} from '../support/gatewayHarness';
import { aWorkbench, type Workbench } from '../support/workbenchClient';

let accounts = 0;

describe.each(BACKENDS)('team sync on %s', (backend) => {
  let db: TestDatabase;
  let app: FastifyInstance;
  let url: string;
  let clockOffsetMs = 0;
  beforeAll(async () => {
    db = await openTestDatabase(backend);
    app = await startGateway(db.sql, { now: () => new Date(Date.now() + clockOffsetMs) });
    url = `http://127.0.0.1:${await listenOnLoopback(app)}`;
  });
  afterAll(async () => {
    await app.close();
    await db.drop();
  });

  async function anAccount(role: 'lead-inspector' | 'inspector' = 'inspector') {
    accounts += 1;
    const username = `sync${accounts}.${backend}`;
    const password = `a long enough password ${accounts}`;
    await createUser(db.sql, { username, name: `Inspector ${accounts}`, initials: 'IN', role, password }, TEST_ARGON2);
    return { username, password };
  }

  async function aTeam() {
    const inspectionId = uuidv7();
    const lead = await anAccount('lead-inspector');
    const colleague = await anAccount();
    await assignUser(db.sql, { inspectionId, reference: 'INS-TEAM-0001', username: lead.username, role: 'lead' });
    await assignUser(db.sql, {
      inspectionId,
      reference: 'INS-TEAM-0001',
      username: colleague.username,
      role: 'inspector',
    });
    const a = await aWorkbench('Alex');
    const b = await aWorkbench('Priya');
    await a.engine.signIn(url, lead.username, lead.password);
    await b.engine.signIn(url, colleague.username, colleague.password);
    return { inspectionId, a, b, lead, colleague };
  }

  const synced = async (workbench: Workbench) => {
    const status = await workbench.engine.syncNow();
    expect(status.message).toBeNull();
    expect(status.state).toBe('idle');
    return status;
  };

  it('merges two inspectors’ offline work, shows a conflict on both laptops, and syncs its resolution', async () => {
    const { inspectionId, a, b } = await aTeam();
    const previousFinding = {
      reference: 'GMP-2024-003',
      title: 'Training records incomplete',
      discipline: 'GMP',
      classification: 'major',
      capaStatus: 'open',
    } as const;
    await publishContextPack(db.sql, inspectionId, {
      sites: [],
      products: [],
      previousFindings: [previousFinding],
      notes: '',
    });
    await a.createInspection(inspectionId);
    const findingId = await a.createFinding(inspectionId, 'Gowning was observed.');
    await synced(a);
    expect(await countUnsent(a.store, a.profile.device.id)).toBe(0);
    await synced(b);
    expect((await b.finding(findingId))?.statement).toBe('Gowning was observed.');
    // The context pack is kept for use offline.
    expect((await cachedContextPack(b.store, inspectionId))?.content.previousFindings).toEqual([previousFinding]);
    // ...and the report's follow-up section lists it, with the CAPA status in words.
    expect((await loadReportInput(b.store, inspectionId, CITATION_LIBRARY))?.previousFindings).toEqual([
      { ...previousFinding, capaStatus: 'Open' },
    ]);

    // Both edit the same statement offline, from the same version.
    await a.editFinding(findingId, { statement: 'Two operators entered grade B without gowning qualification.' });
    await b.editFinding(findingId, { statement: 'One operator re-entered grade B in a used gown.' });
    await b.editFinding(findingId, { evidence: 'CCTV log 14:02.' });
    await synced(a);
    await synced(b);
    await synced(a);

    const [onA, onB] = [await a.conflicts(inspectionId), await b.conflicts(inspectionId)];
    expect(onA).toHaveLength(1);
    expect(onB).toEqual(onA);
    expect(onA[0]?.field).toBe('statement');
    expect(onA[0]?.changeIds).toHaveLength(2);
    // Both laptops show the same value meanwhile, and the edit to another field merged cleanly.
    expect(await a.finding(findingId)).toEqual(await b.finding(findingId));
    expect((await a.finding(findingId))?.evidence).toBe('CCTV log 14:02.');

    const conflict = onB[0];
    if (!conflict) throw new Error('no conflict');
    const merged = 'Two operators entered grade B without gowning qualification; one re-entered in a used gown.';
    await b.resolve(conflict, { kind: 'merged', value: merged }, 'Both observations were confirmed with the site.');
    await synced(b);
    await synced(a);
    expect(await a.conflicts(inspectionId)).toEqual([]);
    expect(await b.conflicts(inspectionId)).toEqual([]);
    expect((await a.finding(findingId))?.statement).toBe(merged);
    expect((await b.finding(findingId))?.statement).toBe(merged);

    // Every edit is in both audit trails, the resolution with its reason; the gateway holds each once.
    const trailA = await a.store.changesForRecord('finding', findingId);
    const trailB = await b.store.changesForRecord('finding', findingId);
    expect(trailA.map((change) => change.id)).toEqual(trailB.map((change) => change.id));
    expect(trailA).toHaveLength(5);
    expect(trailA.at(-1)?.reason).toBe('Both observations were confirmed with the site.');
    expect(await countRows(db.sql, 'changes', 'entity_id = $1', [findingId])).toBe(5);
  });

  it('refuses to sign out while changes are unsent, unless a package was exported', async () => {
    const { inspectionId, a } = await aTeam();
    await a.createInspection(inspectionId);
    await expect(a.engine.signOut({ exportedPackage: false })).rejects.toThrow(SignOutRefusedError);
    await expect(a.engine.signOut({ exportedPackage: false })).rejects.toThrow(
      /1 change and 0 photos have not reached the gateway/,
    );
    await synced(a);
    await a.engine.signOut({ exportedPackage: false });
    expect(a.engine.getStatus().state).toBe('signed-out');
  });

  it('asks for sign-in when the session has ended, keeps the outbox, and sends it after signing in again', async () => {
    const { inspectionId, a, lead } = await aTeam();
    await a.createInspection(inspectionId);
    await synced(a);
    await a.createFinding(inspectionId, 'Recorded while the session was ending.');
    await db.sql.query('UPDATE refresh_tokens SET revoked_at = now()');
    clockOffsetMs = 60 * 60 * 1000; // the access token has expired
    try {
      const status = await a.engine.syncNow();
      expect(status.state).toBe('needs-sign-in');
      expect(status.message).toMatch(/Sign in again/);
      expect(await countUnsent(a.store, a.profile.device.id)).toBe(1);
      await a.engine.signIn(url, lead.username, lead.password);
      expect(a.engine.getStatus().state).toBe('idle');
      expect(await countUnsent(a.store, a.profile.device.id)).toBe(0);
    } finally {
      clockOffsetMs = 0;
    }
  });

  it('waits as long as the gateway’s Retry-After asks, and measures clock skew from the gateway’s clock', async () => {
    let answered429 = false;
    const twoDaysMs = 2 * 24 * 60 * 60 * 1000;
    const slowAndSkewed = async (input: string, init: RequestInit) => {
      if (!answered429 && init.method === 'POST' && input.endsWith('/changes')) {
        answered429 = true;
        return new Response(JSON.stringify({ error: 'rate-limited', message: 'Too many requests.' }), {
          status: 429,
          headers: { 'retry-after': '120', 'content-type': 'application/json' },
        });
      }
      const response = await fetch(input, init);
      const headers = new Headers(response.headers);
      headers.set('x-server-time', new Date(Date.now() - twoDaysMs).toISOString());
      return new Response(await response.arrayBuffer(), { status: response.status, headers });
    };
    const account = await anAccount('lead-inspector');
    const inspectionId = uuidv7();
    await assignUser(db.sql, { inspectionId, reference: 'INS-SKEW-0001', username: account.username, role: 'lead' });
    const a = await aWorkbench('Sam', slowAndSkewed, { backoffMs: 1_000 });
    await a.createInspection(inspectionId);
    const before = Date.now();
    const status = await a.engine.signIn(url, account.username, account.password);
    expect(status.state).toBe('waiting');
    expect(Date.parse(status.nextAttemptAt ?? '')).toBeGreaterThanOrEqual(before + 120_000);
    expect(isClockSkewed(status.clockSkewMs)).toBe(true);
    expect(Math.round((status.clockSkewMs ?? 0) / 3_600_000)).toBe(48);
    a.engine.stop();
    expect((await a.engine.syncNow()).state).toBe('idle');
  });
});
