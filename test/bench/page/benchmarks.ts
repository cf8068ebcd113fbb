/**
 * The in-page benchmarks: each measures the workbench's own code path (the real modules from
 * renderer/src) and, in the same run, the bare baseline it is compared with. They run in the bench
 * page in Chromium; the register benchmark also runs in Node (it is pure functions).
 */
import Dexie from 'dexie';
import { v7 as uuidv7 } from 'uuid';
import { DataStore } from '../../../renderer/src/db/DataStore';
import { DATABASE_NAME } from '../../../renderer/src/db/schema';
import { plainCodec } from '../../../renderer/src/db/storageCodec';
import { WorkbenchDatabase } from '../../../renderer/src/db/WorkbenchDatabase';
import { computeRegister } from '../../../renderer/src/features/register/rowModel/computeRegister';
import { buildRegisterRows, type RegisterRow } from '../../../renderer/src/features/register/rowModel/registerRow';
import {
  defaultView,
  NO_FILTERS,
  type RegisterView,
} from '../../../renderer/src/features/register/rowModel/registerView';
import { preparePhoto } from '../../../renderer/src/photos/preparePhoto';
import type { PhotoRenderer } from '../../../renderer/src/photos/photoRenderer';
import { timeRuns, type Timing } from './measure';
import { BIG_DATABASE, seedBigDatabase, type SeedPlan, type SeedResult } from './seedBigDatabase';

export interface Comparison {
  subject: Timing;
  baseline: Timing;
  ratio: number;
}

function compare(subject: Timing, baseline: Timing): Comparison {
  return { subject, baseline, ratio: subject.median / baseline.median };
}

export async function openWorkbench(name: string = DATABASE_NAME): Promise<DataStore> {
  const db = new WorkbenchDatabase(name);
  await db.open();
  return new DataStore(db, plainCodec);
}

export async function seed(
  store: DataStore,
  jpeg: { original: Uint8Array; thumbnail: Uint8Array },
  plan: SeedPlan = BIG_DATABASE,
): Promise<SeedResult> {
  return seedBigDatabase(store.db, plan, jpeg);
}

const SESSION = {
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

/**
 * A finding edit through `commit` (current state, change with hash and clock, head) against a plain
 * Dexie put of the same stored record into an empty-equivalent table.
 */
export async function measureCommit(
  store: DataStore,
  findingIds: readonly string[],
  warmup: number,
  runs: number,
): Promise<Comparison & { strictBaseline: Timing }> {
  const subject = await timeRuns(warmup, runs, (run) =>
    store.commit(SESSION, {
      intents: [
        {
          op: 'update',
          entity: 'finding',
          id: findingIds[(run + findingIds.length) % findingIds.length] ?? '',
          fields: { title: `Edited in bench run ${run} ${Math.random()}` },
        },
      ],
    }),
  );
  const rows = await store.db.stateTable('findings').bulkGet(findingIds.slice(0, warmup + runs));
  const scratch = scratchDatabase(`bench-plain-${uuidv7()}`);
  await scratch.open();
  const plainPut = (db: Dexie) => (run: number) => {
    const row = rows[(run + rows.length) % rows.length];
    return db.table('findings').put({ ...row, title: `plain ${run}` });
  };
  const baseline = await timeRuns(warmup, runs, plainPut(scratch));
  scratch.close();
  const strict = new Dexie(`bench-strict-${uuidv7()}`, { chromeTransactionDurability: 'strict' });
  strict.version(1).stores({ findings: 'id', blobs: 'key' });
  await strict.open();
  const strictBaseline = await timeRuns(warmup, runs, plainPut(strict));
  strict.close();
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

/**
 * Photo ingest as the app does it (read, check, hash, EXIF, derivatives in the worker, duplicate
 * check, one commit of the record and three blobs) against a WebCrypto digest plus a bare IndexedDB
 * write of the same bytes.
 */
export async function measurePhotoIngest(
  store: DataStore,
  inspectionId: string,
  photos: readonly Uint8Array[],
  renderer: PhotoRenderer,
  warmup: number,
): Promise<Comparison> {
  const ingest = async (bytes: Uint8Array, index: number) => {
    const result = await preparePhoto(
      { name: `IMG_${index}.jpg`, size: bytes.byteLength, read: async () => bytes },
      {
        inspectionId,
        siteId: null,
        source: 'file',
        keepLocation: false,
        renderer,
        findDuplicate: async (sha256) =>
          (await store.list('photo', { inspectionId })).find((p) => p.sha256 === sha256)?.fileName ?? null,
        newId: uuidv7,
        now: () => new Date(),
      },
    );
    if (!result.ok) throw new Error(result.reason);
    await store.commit(SESSION, {
      intents: [{ op: 'create', entity: 'photo', fields: result.prepared.photo }],
      blobs: result.prepared.blobs,
    });
  };
  const n = photos.length - warmup;
  const subject = await timeRuns(warmup, n, (run) => {
    const index = run < 0 ? -1 - run : warmup + run;
    return ingest(photos[index] ?? new Uint8Array(), index);
  });
  const name = `bench-bare-${uuidv7()}`;
  const raw = await new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open(name, 1);
    request.onupgradeneeded = () => request.result.createObjectStore('blobs');
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('open failed'));
  });
  const bare = async (bytes: Uint8Array) => {
    const digest = await crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>);
    const key = Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
    await new Promise<void>((resolve, reject) => {
      const tx = raw.transaction('blobs', 'readwrite');
      tx.objectStore('blobs').put(new Blob([bytes as Uint8Array<ArrayBuffer>], { type: 'image/jpeg' }), key);
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error ?? new Error('write failed'));
    });
  };
  const baseline = await timeRuns(warmup, n, (run) =>
    bare(photos[run < 0 ? -1 - run : warmup + run] ?? new Uint8Array()),
  );
  raw.close();
  indexedDB.deleteDatabase(name);
  return compare(subject, baseline);
}
