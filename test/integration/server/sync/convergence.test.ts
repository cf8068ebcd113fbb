/**
 * A model test of team sync (SECURITY.md E2 and fault test 6), on PostgreSQL and PGlite: three
 * inspectors on one inspection, one finding everyone has, then a random sequence (fast-check) of
 * offline edits to its statement, title and evidence, and syncs in random order, some of them with
 * a fault injected into the engine's fetch: the request never sent, the gateway's answer lost after
 * it acted, or a push sent twice at once. After everyone has synced until nothing moves:
 * - all three laptops hold the same finding and the same audit trail, which is the gateway's;
 * - every edit made anywhere is in every audit trail;
 * - no accepted edit disappeared without a conflict record: each edit is the current value, or
 *   someone edited on top of it, or it (or an edit it built on) is named in a conflict;
 * - every laptop found the same conflicts, the ones its log holds.
 * Then one inspector resolves every open conflict, and after syncing none is open anywhere.
 *
 * Runs are few (each is three laptops and a few dozen real HTTP round trips) and not shrunk: a
 * failure prints fast-check's seed and path; CONVERGENCE_SEED and CONVERGENCE_PATH replay it, and
 * CONVERGENCE_RUNS sets the number of runs.
 */
import { isDeepStrictEqual } from 'node:util';
import type { FastifyInstance } from 'fastify';
import fc from 'fast-check';
import { v7 as uuidv7 } from 'uuid';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Change } from '../../../../shared/changes/change';
import { findConflicts, type FieldConflict } from '../../../../shared/changes/conflicts';
import { assignUser, createUser } from '../../../../server/src/admin/accounts';
import type { FetchLike } from '../../../../renderer/src/sync/gatewayClient';
import { countUnsent } from '../../../../renderer/src/sync/pushOutbox';
import {
  BACKENDS,
  TEST_ARGON2,
  listenOnLoopback,
  openTestDatabase,
  startGateway,
  type TestDatabase,
} from '../support/gatewayHarness';
import { aWorkbench, type Workbench } from '../support/workbenchClient';

const CLIENTS = [0, 1, 2] as const;
const FIELDS = ['statement', 'title', 'evidence'] as const;
/** More runs for a bug hunt: CONVERGENCE_RUNS=500. */
const NUM_RUNS = Number(process.env['CONVERGENCE_RUNS'] ?? 15);
// Fifteen runs of three laptops syncing over real HTTP take 10-60 s on PGlite on a busy two-core machine.
const TEST_TIMEOUT_MS = 600_000;

type Client = (typeof CLIENTS)[number];
type Field = (typeof FIELDS)[number];
type FaultKind = 'none' | 'not-sent' | 'answer-lost' | 'sent-twice';
type Action =
  | { kind: 'edit'; client: Client; field: Field }
  | { kind: 'sync'; client: Client; fault: FaultKind; on: 'push' | 'pull' };

const clientArb = fc.constantFrom(...CLIENTS);
const actionArb: fc.Arbitrary<Action> = fc.oneof(
  {
    weight: 3,
    arbitrary: fc.record({ kind: fc.constant('edit' as const), client: clientArb, field: fc.constantFrom(...FIELDS) }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('sync' as const),
      client: clientArb,
      fault: fc.constantFrom<FaultKind>('none', 'none', 'not-sent', 'answer-lost', 'sent-twice'),
      on: fc.constantFrom('push' as const, 'pull' as const),
    }),
  },
);

/**
 * The engine's fetch with one fault armed for the next request of a kind: not sent at all (a
 * disconnect), sent and acted on but its answer lost, or sent twice at once (a replayed message).
 */
class FaultyLink {
  private armed: { fault: Exclude<FaultKind, 'none'>; on: 'push' | 'pull' } | null = null;
  fired = false;

  arm(fault: FaultKind, on: 'push' | 'pull'): void {
    this.armed = fault === 'none' ? null : { fault, on };
    this.fired = false;
  }

  readonly fetch: FetchLike = async (input, init) => {
    const armed = this.armed;
    const method = init.method ?? 'GET';
    const isChanges = new URL(input).pathname.endsWith('/changes');
    const kind = isChanges && method === 'POST' ? 'push' : isChanges && method === 'GET' ? 'pull' : null;
    if (!armed || kind !== armed.on) return fetch(input, init);
    this.armed = null;
    this.fired = true;
    switch (armed.fault) {
      case 'not-sent':
        throw new TypeError('fetch failed (injected: the network went away before the request left)');
      case 'answer-lost': {
        await (await fetch(input, init)).arrayBuffer();
        throw new TypeError('fetch failed (injected: the answer was lost after the gateway acted)');
      }
      case 'sent-twice': {
        // Both copies in flight together, as a retrying proxy or a double click would send them.
        const [one, two] = await Promise.all([fetch(input, init), fetch(input, init)]);
        const body = await two.arrayBuffer();
        await one.arrayBuffer();
        return new Response(body, { status: two.status, headers: two.headers });
      }
    }
  };
}

interface Laptop {
  workbench: Workbench;
  link: FaultyLink;
}

/** What each laptop and the gateway hold for one record, for comparing. */
async function auditTrail(workbench: Workbench, findingId: string): Promise<Change[]> {
  return workbench.store.changesForRecord('finding', findingId);
}

async function storedConflicts(workbench: Workbench, findingId: string): Promise<FieldConflict[]> {
  const stored = await workbench.store.db.conflicts.toArray();
  return stored.filter((conflict) => conflict.entityId === findingId).sort((a, b) => a.key.localeCompare(b.key));
}

/**
 * Edits that vanished without a trace: neither the current value, nor built on by a later edit of
 * the same field, nor named (itself or an edit it built on) in a conflict of that field.
 */
function editsLostWithoutConflict(
  log: readonly Change[],
  current: Record<string, unknown>,
  conflicts: readonly FieldConflict[],
): string[] {
  const byHlc = new Map(log.map((change) => [change.hlc, change]));
  const builtOn = new Set(
    log.flatMap((change) => Object.entries(change.base).map(([field, hlc]) => `${field}@${hlc}`)),
  );
  const inConflict = new Set(
    conflicts.flatMap((conflict) => conflict.changeIds.map((id) => `${conflict.field}@${id}`)),
  );
  const lost: string[] = [];
  for (const change of log) {
    if (change.op === 'delete') continue;
    for (const [field, value] of Object.entries(change.fields)) {
      if (isDeepStrictEqual(current[field], value) || builtOn.has(`${field}@${change.hlc}`)) continue;
      let ancestor: Change | undefined = change;
      let named = false;
      while (ancestor && !named) {
        named = inConflict.has(`${field}@${ancestor.id}`);
        const base: string | null | undefined = ancestor.base[field];
        ancestor = base ? byHlc.get(base) : undefined;
        if (ancestor && !(field in ancestor.fields)) ancestor = undefined;
      }
      if (!named) lost.push(`${field} = ${JSON.stringify(value)} (change ${change.id} by ${change.actor.name})`);
    }
  }
  return lost;
}

describe.each(BACKENDS)('three inspectors converge on %s', (backend) => {
  let db: TestDatabase;
  let app: FastifyInstance;
  let url: string;
  beforeAll(async () => {
    db = await openTestDatabase(backend);
    app = await startGateway(db.sql);
    url = `http://127.0.0.1:${await listenOnLoopback(app)}`;
  });
  afterAll(async () => {
    await app.close();
    await db.drop();
  });

  let runs = 0;

  /** Three people on a new inspection, each on a laptop set up offline, all signed in. */
  async function aTeamOfThree(): Promise<{ inspectionId: string; laptops: Laptop[] }> {
    runs += 1;
    const inspectionId = uuidv7();
    const laptops: Laptop[] = [];
    for (const client of CLIENTS) {
      const username = `model${runs}.${client}.${uuidv7().slice(-8)}`;
      const password = `a long enough password ${runs}`;
      const role = client === 0 ? 'lead-inspector' : 'inspector';
      await createUser(
        db.sql,
        { username, name: `Inspector ${client + 1}`, initials: 'IN', role, password },
        TEST_ARGON2,
      );
      await assignUser(db.sql, {
        inspectionId,
        reference: 'INS-MODEL-0001',
        username,
        role: client === 0 ? 'lead' : 'inspector',
      });
      const link = new FaultyLink();
      const workbench = await aWorkbench(`Inspector ${client + 1}`, link.fetch);
      expect((await workbench.engine.signIn(url, username, password)).state).toBe('idle');
      laptops.push({ workbench, link });
    }
    return { inspectionId, laptops };
  }

  const synced = async ({ workbench }: Laptop) => {
    const status = await workbench.engine.syncNow();
    expect(status.message).toBeNull();
    expect(status.state).toBe('idle');
  };

  /** Syncs everyone, round after round, until a whole round moves nothing (at most five rounds). */
  async function syncUntilQuiet(laptops: readonly Laptop[], findingId: string): Promise<void> {
    let before = '';
    for (let round = 1; round <= 5; round += 1) {
      for (const laptop of laptops) await synced(laptop);
      const now = JSON.stringify(
        await Promise.all(laptops.map(async ({ workbench }) => (await auditTrail(workbench, findingId)).length)),
      );
      if (now === before) return;
      before = now;
    }
    throw new Error('Sync did not settle in five rounds.');
  }

  /** The invariants, checked on all three laptops and the gateway. */
  async function expectConverged(
    laptops: readonly Laptop[],
    inspectionId: string,
    findingId: string,
    edits: ReadonlyMap<string, { field: Field; value: string }>,
  ) {
    const [first, ...others] = laptops.map(({ workbench }) => workbench);
    if (!first) throw new Error('no laptops');
    for (const workbench of laptops.map((laptop) => laptop.workbench))
      expect(await countUnsent(workbench.store, workbench.profile.device.id)).toBe(0);

    // (i) The same record (its values and its field clocks) and the same audit trail everywhere, the gateway's.
    const record = await first.store.get('finding', findingId);
    const trail = await auditTrail(first, findingId);
    for (const workbench of others) {
      expect(await workbench.store.get('finding', findingId)).toEqual(record);
      expect((await auditTrail(workbench, findingId)).map((change) => change.id)).toEqual(
        trail.map((change) => change.id),
      );
    }
    const onGateway = await db.sql.query<{ id: string }>('SELECT id FROM changes WHERE entity_id = $1', [findingId]);
    expect(new Set(onGateway.map((row) => row.id))).toEqual(new Set(trail.map((change) => change.id)));
    expect(onGateway).toHaveLength(trail.length);

    // (ii) Every edit made on any laptop is in every audit trail, with the value typed.
    for (const workbench of laptops.map((laptop) => laptop.workbench)) {
      const held = new Map((await auditTrail(workbench, findingId)).map((change) => [change.id, change]));
      for (const [id, { field, value }] of edits)
        expect(held.get(id)?.fields[field], `edit ${id} on ${workbench.profile.user.name}`).toBe(value);
    }

    // (iv) Every laptop found the same conflicts, and they are exactly the ones in the log.
    const conflicts = await storedConflicts(first, findingId);
    const expected = findConflicts(trail).sort((a, b) => a.key.localeCompare(b.key));
    expect(conflicts).toEqual(expected);
    for (const workbench of others) expect(await storedConflicts(workbench, findingId)).toEqual(conflicts);
    const open = await first.conflicts(inspectionId);
    for (const workbench of others) expect(await workbench.conflicts(inspectionId)).toEqual(open);

    // (iii) No accepted edit disappeared without a conflict record.
    expect(editsLostWithoutConflict(trail, record ?? {}, conflicts)).toEqual([]);
    return { open };
  }

  it(
    'converge after random offline edits and syncs with lost, unsent and doubled messages; every edit kept or in a conflict',
    { timeout: TEST_TIMEOUT_MS },
    async () => {
      const seed = process.env['CONVERGENCE_SEED'];
      const path = process.env['CONVERGENCE_PATH'];
      await fc.assert(
        fc.asyncProperty(fc.array(actionArb, { minLength: 4, maxLength: 30 }), async (actions) => {
          const { inspectionId, laptops } = await aTeamOfThree();
          try {
            const [lead] = laptops;
            if (!lead) throw new Error('no lead');
            await lead.workbench.createInspection(inspectionId, 'INS-MODEL-0001');
            const findingId = await lead.workbench.createFinding(inspectionId, 'Gowning was observed.');
            for (const laptop of laptops) await synced(laptop);
            for (const { workbench } of laptops)
              expect((await workbench.finding(findingId))?.statement).toBe('Gowning was observed.');

            const edits = new Map<string, { field: Field; value: string }>();
            for (const [step, action] of actions.entries()) {
              const laptop = laptops[action.client];
              if (!laptop) throw new Error('no such laptop');
              if (action.kind === 'edit') {
                const value = `${action.field} from inspector ${action.client + 1}, step ${step + 1}`;
                const [change] = await laptop.workbench.commit({
                  intents: [{ op: 'update', entity: 'finding', id: findingId, fields: { [action.field]: value } }],
                });
                if (!change) throw new Error('the edit recorded no change');
                edits.set(change.id, { field: action.field, value });
                continue;
              }
              laptop.link.arm(action.fault, action.on);
              const status = await laptop.workbench.engine.syncNow();
              const lostOrUnsent = laptop.link.fired && (action.fault === 'not-sent' || action.fault === 'answer-lost');
              // A lost or unsent message is a network failure to the engine; a doubled push is not a failure at all.
              expect(status.state).toBe(lostOrUnsent ? 'offline' : 'idle');
              laptop.link.arm('none', action.on);
            }

            await syncUntilQuiet(laptops, findingId);
            const { open } = await expectConverged(laptops, inspectionId, findingId, edits);

            // One inspector settles every open conflict; the resolutions sync and close them everywhere.
            for (const conflict of open)
              await lead.workbench.resolve(
                conflict,
                { kind: 'merged', value: `Merged ${conflict.field} (${conflict.changeIds.length} versions)` },
                'Agreed at the team wash-up.',
              );
            await syncUntilQuiet(laptops, findingId);
            const after = await expectConverged(laptops, inspectionId, findingId, edits);
            expect(after.open).toEqual([]);
          } finally {
            for (const { workbench } of laptops) workbench.store.db.close();
          }
        }),
        {
          numRuns: NUM_RUNS,
          // Shrinking would replay dozens of multi-second runs; the failing sequence is printed whole instead.
          endOnFailure: true,
          ...(seed ? { seed: Number(seed) } : {}),
          ...(path ? { path } : {}),
        },
      );
    },
  );
});
