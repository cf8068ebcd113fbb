/**
 * Properties of the change log (SECURITY.md C1): for any sequence of edits, replaying the log through
 * the shared reducer reproduces the stored state and the hash chain verifies; altering any stored
 * change is detected.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { v7 as uuidv7 } from 'uuid';
import type { Change } from '../../../shared/changes/change';
import { verifyChains } from '../../../shared/changes/hashChain';
import { replayChanges } from '../../../shared/changes/reducer';
import { commit, type RecordIntent } from '../../../renderer/src/db/commit';
import { STATE_TABLES } from '../../../renderer/src/db/schema';
import { plainCodec } from '../../../renderer/src/db/storageCodec';
import type { WorkbenchDatabase } from '../../../renderer/src/db/WorkbenchDatabase';
import { aFinding, anInspection, aSite } from '../../support/domainFactories';
import { openTestDatabase, testSession } from '../../support/testDatabase';

type Step =
  | { kind: 'create-finding'; title: string; classification: 'critical' | 'major' | 'other' }
  | { kind: 'edit-finding'; pick: number; statement: string }
  | { kind: 'grade-finding'; pick: number; classification: 'critical' | 'major' | 'other' }
  | { kind: 'delete-finding'; pick: number; reason: string }
  | { kind: 'create-site'; name: string }
  | { kind: 'edit-site'; pick: number; location: string };

const text = fc.string({ minLength: 1, maxLength: 40 }).filter((s) => s.trim().length > 0);
const grade = fc.constantFrom('critical' as const, 'major' as const, 'other' as const);
const step: fc.Arbitrary<Step> = fc.oneof(
  fc.record({ kind: fc.constant('create-finding' as const), title: text, classification: grade }),
  fc.record({ kind: fc.constant('edit-finding' as const), pick: fc.nat(), statement: fc.string({ maxLength: 200 }) }),
  fc.record({ kind: fc.constant('grade-finding' as const), pick: fc.nat(), classification: grade }),
  fc.record({ kind: fc.constant('delete-finding' as const), pick: fc.nat(), reason: text }),
  fc.record({ kind: fc.constant('create-site' as const), name: text }),
  fc.record({ kind: fc.constant('edit-site' as const), pick: fc.nat(), location: fc.string({ maxLength: 80 }) }),
);

async function run(db: WorkbenchDatabase, steps: Step[]): Promise<void> {
  const session = testSession();
  const inspection = anInspection();
  await commit(db, plainCodec, session, { intents: [{ op: 'create', entity: 'inspection', fields: inspection }] });
  const findings: string[] = [];
  const deleted = new Set<string>();
  const sites: string[] = [];
  let counter = 0;
  for (const s of steps) {
    const live = findings.filter((id) => !deleted.has(id));
    let intent: RecordIntent | undefined;
    let reason: string | undefined;
    if (s.kind === 'create-finding') {
      const finding = aFinding(inspection.id, {
        id: uuidv7(),
        title: s.title,
        classification: s.classification,
        reference: `GMP-JS-${String(++counter).padStart(3, '0')}`,
      });
      findings.push(finding.id);
      intent = { op: 'create', entity: 'finding', fields: finding };
    } else if (s.kind === 'create-site') {
      const site = aSite(inspection.id, { name: s.name });
      sites.push(site.id);
      intent = { op: 'create', entity: 'site', fields: site };
    } else if (s.kind === 'edit-site' && sites.length > 0) {
      intent = { op: 'update', entity: 'site', id: sites[s.pick % sites.length]!, fields: { location: s.location } };
    } else if (live.length > 0) {
      const id = live[s.pick % live.length]!;
      if (s.kind === 'edit-finding')
        intent = { op: 'update', entity: 'finding', id, fields: { statement: s.statement } };
      if (s.kind === 'grade-finding')
        intent = { op: 'update', entity: 'finding', id, fields: { classification: s.classification } };
      if (s.kind === 'delete-finding') {
        intent = { op: 'delete', entity: 'finding', id };
        reason = s.reason;
        deleted.add(id);
      }
    }
    if (intent) await commit(db, plainCodec, session, { intents: [intent], ...(reason ? { reason } : {}) });
  }
}

async function storedChanges(db: WorkbenchDatabase): Promise<Change[]> {
  return (await db.changes.toArray()).map((row) => plainCodec.decodeChange(row));
}

async function storedState(db: WorkbenchDatabase): Promise<Map<string, unknown>> {
  const state = new Map<string, unknown>();
  for (const [entity, table] of Object.entries(STATE_TABLES)) {
    for (const row of await db.stateTable(table).toArray())
      state.set(`${entity}/${row.id}`, plainCodec.decodeRecord(table, row));
  }
  return state;
}

describe('the change log', () => {
  it('replays to the stored state, and its chain verifies, for any sequence of edits', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(step, { maxLength: 25 }), async (steps) => {
        const db = await openTestDatabase();
        try {
          await run(db, steps);
          const changes = await storedChanges(db);
          expect(replayChanges(changes)).toEqual(await storedState(db));
          expect(verifyChains(changes).every((report) => report.ok)).toBe(true);
        } finally {
          db.close();
        }
      }),
      { numRuns: 40 },
    );
  }, 60_000);

  it('detects an alteration of any stored change', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(step, { minLength: 3, maxLength: 15 }),
        fc.nat(),
        fc.constantFrom('fields', 'prior', 'actor', 'at', 'reason', 'seq', 'hash'),
        async (steps, pick, part) => {
          const db = await openTestDatabase();
          try {
            await run(db, steps);
            const rows = await db.changes.orderBy('[device+seq]').toArray();
            const victim = rows[pick % rows.length]!;
            const change = structuredClone(plainCodec.decodeChange(victim));
            if (part === 'fields') change.fields = { ...change.fields, statement: 'Nothing to see here' };
            if (part === 'prior') change.prior = { ...change.prior, statement: 'forged' };
            if (part === 'actor') change.actor = { ...change.actor, name: 'Someone Else' };
            if (part === 'at') change.at = { ...change.at, utc: '2020-01-01T00:00:00.000Z' };
            if (part === 'reason') change.reason = 'a different reason';
            if (part === 'seq') change.seq = change.seq + 1000;
            if (part === 'hash') change.hash = change.hash.replace(/^./, (c) => (c === 'a' ? 'b' : 'a'));
            await db.changes.put({ ...victim, body: change });
            const reports = verifyChains(await storedChanges(db));
            expect(reports.some((report) => !report.ok)).toBe(true);
          } finally {
            db.close();
          }
        },
      ),
      { numRuns: 40 },
    );
  }, 60_000);

  it('detects a removed change as a gap', async () => {
    const db = await openTestDatabase();
    await run(db, [
      { kind: 'create-finding', title: 'A', classification: 'major' },
      { kind: 'edit-finding', pick: 0, statement: 'x' },
      { kind: 'edit-finding', pick: 0, statement: 'y' },
    ]);
    const rows = await db.changes.orderBy('[device+seq]').toArray();
    await db.changes.delete(rows[1]!.id);
    const [report] = verifyChains(await storedChanges(db));
    expect(report?.ok).toBe(false);
    expect(report && !report.ok && report.problem.kind).toBe('gap');
  });
});
