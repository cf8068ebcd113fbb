/**
 * The in-page benchmarks: each measures the workbench's own code path (the real modules from
 * renderer/src) and, in the same run, the bare baseline it is compared with. They run in the bench
 * page in Chromium; the register benchmark also runs in Node (it is pure functions).
 */
import Dexie from 'dexie';
import { v7 as uuidv7 } from 'uuid';
import type { CommitSession } from '../../../renderer/src/db/commit';
import type { DataStore } from '../../../renderer/src/db/DataStore';
import { computeRegister } from '../../../renderer/src/features/register/rowModel/computeRegister';
import { buildRegisterRows, type RegisterRow } from '../../../renderer/src/features/register/rowModel/registerRow';
import {
  defaultView,
  NO_FILTERS,
  type RegisterView,
} from '../../../renderer/src/features/register/rowModel/registerView';
import { timeInTurn, timeRuns, type Timing } from './measure';
import { BIG_DATABASE, seedBigDatabase, type SeedPlan, type SeedResult } from './seedBigDatabase';

export interface Comparison {
  subject: Timing;
  baseline: Timing;
  ratio: number;
}

export function compare(subject: Timing, baseline: Timing): Comparison {
  return { subject, baseline, ratio: subject.median / baseline.median };
}

export async function seed(
  store: DataStore,
  jpeg: { original: Uint8Array; thumbnail: Uint8Array },
  plan: SeedPlan = BIG_DATABASE,
): Promise<SeedResult> {
  return seedBigDatabase(store.db, store.codec, plan, jpeg);
}

export const SESSION: CommitSession = {
  actor: { userId: '01890000-0000-7000-8000-0000000000aa', name: 'Bench Inspector' },
  deviceId: '01890000-0000-7000-8000-0000000000bb',
  now: () => new Date(),
};

/** A scratch database for the baselines: plain Dexie, one table, Dexie's defaults. */
function scratchDatabase(name: string) {
  const db = new Dexie(name);
  db.version(1).stores({ findings: 'id, inspectionId, discipline, classification, status, siteId', blobs: 'key' });
  return db;
}

/** One finding edit through `commit` (current state, change with hash and clock, head): a title change. */
export function editFinding(store: DataStore, findingIds: readonly string[], run: number): Promise<unknown> {
  return store.commit(SESSION, {
    intents: [
      {
        op: 'update',
        entity: 'finding',
        id: findingIds[(run + findingIds.length) % findingIds.length] ?? '',
        fields: { title: `Edited in bench run ${run} ${Math.random()}` },
      },
    ],
  });
}

/**
 * A finding edit through `commit` against a plain Dexie put of the same stored row (as the codec
 * encoded it) into an empty-equivalent table.
 */
export async function measureCommit(
  store: DataStore,
  findingIds: readonly string[],
  warmup: number,
  runs: number,
): Promise<Comparison & { strictBaseline: Timing }> {
  const rows = await store.db.stateTable('findings').bulkGet(findingIds.slice(0, warmup + runs));
  const scratch = scratchDatabase(`bench-plain-${uuidv7()}`);
  await scratch.open();
  const strict = new Dexie(`bench-strict-${uuidv7()}`, { chromeTransactionDurability: 'strict' });
  strict.version(1).stores({ findings: 'id', blobs: 'key' });
  await strict.open();
  const plainPut = (db: Dexie) => (run: number) => {
    const row = rows[(run + rows.length) % rows.length];
    return db.table('findings').put({ ...row, title: `plain ${run}` });
  };
  // In turn, run by run: a burst of load on the shared machine falls on all three alike.
  const [subject, baseline, strictBaseline] = await timeInTurn(warmup, runs, [
    (run) => editFinding(store, findingIds, run),
    plainPut(scratch),
    plainPut(strict),
  ]);
  scratch.close();
  strict.close();
  if (!subject || !baseline || !strictBaseline) throw new Error('missing timings');
  return { ...compare(subject, baseline), strictBaseline };
}

export interface RegisterFigures {
  /** Reading every finding, site and inspection through DataStore (what the live queries do). */
  load: Timing;
  /** Building the rows (search text folded, labels worked out) from what was read. */
  build: Timing;
  interactions: Record<string, Comparison>;
  rows: number;
}

const baseView = (): RegisterView => ({ ...defaultView('all'), groupBy: 'none' });

/** The register's pure pipeline on rows built from the stored findings, against naive array work. */
export function measureRegisterRows(
  rows: readonly RegisterRow[],
  warmup: number,
  runs: number,
): Promise<RegisterFigures['interactions']> {
  const cases: Record<string, { view: RegisterView; naive: () => unknown }> = {
    'sort by title': {
      view: { ...baseView(), sorting: [{ id: 'title', desc: false }] },
      naive: () => [...rows].sort((a, b) => a.title.localeCompare(b.title)),
    },
    'sort by last changed': {
      view: { ...baseView(), sorting: [{ id: 'lastChanged', desc: true }] },
      naive: () => [...rows].sort((a, b) => (a.updatedAt < b.updatedAt ? 1 : -1)),
    },
    'filter grade=critical': {
      view: { ...baseView(), filters: { ...NO_FILTERS, classifications: ['critical'] } },
      naive: () => rows.filter((r) => r.classification === 'critical'),
    },
    'search "cleanroom training"': {
      view: { ...baseView(), search: 'cleanroom training' },
      naive: () => rows.filter((r) => r.searchText.includes('cleanroom') && r.searchText.includes('training')),
    },
    'group by grade': {
      view: { ...baseView(), groupBy: 'grade' },
      naive: () => [...rows].sort((a, b) => a.classification.localeCompare(b.classification)),
    },
  };
  const result: RegisterFigures['interactions'] = {};
  return (async () => {
    for (const [name, { view, naive }] of Object.entries(cases)) {
      const subject = await timeRuns(warmup, runs, () => computeRegister(rows, view));
      const baseline = await timeRuns(warmup, runs, naive);
      result[name] = compare(subject, baseline);
    }
    return result;
  })();
}

export async function measureRegister(store: DataStore, warmup: number, runs: number): Promise<RegisterFigures> {
  const read = async () =>
    [await store.list('finding'), await store.list('site'), await store.list('inspection')] as const;
  const coldRuns = Math.max(3, Math.floor(runs / 3));
  const load = await timeRuns(1, coldRuns, read);
  const [findings, sites, inspections] = await read();
  const build = await timeRuns(1, coldRuns, () => buildRegisterRows(findings, sites, inspections));
  const rows = buildRegisterRows(findings, sites, inspections);
  return { load, build, interactions: await measureRegisterRows(rows, warmup, runs), rows: rows.length };
}
