/**
 * `npm run bench:sync` (issue 9's sync row): 5,000 changes and 200 photos (1–2 MB each) pushed by one
 * workbench and pulled by a colleague's, through the real sync engine and gateway on loopback, against
 * a raw HTTP upload and download of the same bytes and against PouchDB replicating the same documents
 * and attachments through a PouchDB server. One warm-up round of all three, then BENCH_RUNS rounds
 * (default 3) in rotating order so that no system always runs first or last; medians are printed as a
 * table and written to artifacts/bench/sync.json with ratios against the baselines of the same run.
 *
 * BENCH_SYNC_DB=postgresql|pglite picks the gateway's database (default: PostgreSQL when installed);
 * BENCH_SYNC_PHOTOS=directory|database where the gateway keeps photo bytes (default: a photo directory);
 * BENCH_SYNC_SCALE=0.1 shrinks the dataset for a quick look. Figures, not assertions: never in npm test.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { runEngineSync, type PhotoStore } from './engineSync';
import { gatewayDatabases, type GatewayBackend } from './gatewayDatabase';
import { pouchDocs, runPouch } from './pouchSync';
import { rawPayload, runRawHttp } from './rawHttpSync';
import { makeSyncDataset, scaledPlan } from './syncDataset';
import { summariseSystem, tableRows, verdicts, type Payload, type SystemName, type SystemRun } from './syncFigures';

const OUT = resolve(import.meta.dirname, '../../../artifacts/bench');
const RUNS = Math.max(1, Number(process.env['BENCH_RUNS'] ?? 3));
const SCALE = Number(process.env['BENCH_SYNC_SCALE'] ?? 1);
const BACKEND = process.env['BENCH_SYNC_DB'] as GatewayBackend | undefined;
if (BACKEND !== undefined && BACKEND !== 'postgresql' && BACKEND !== 'pglite')
  throw new Error('BENCH_SYNC_DB must be postgresql or pglite.');
const PHOTOS = process.env['BENCH_SYNC_PHOTOS'] ?? 'directory';
if (PHOTOS !== 'directory' && PHOTOS !== 'database') throw new Error('BENCH_SYNC_PHOTOS must be directory or database.');
const photoStore: PhotoStore = PHOTOS;

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

const dataset = makeSyncDataset(scaledPlan(SCALE));
const databases = await gatewayDatabases(BACKEND);
// A throwaway PostgreSQL cluster outlives this process unless stopped: stop it on Ctrl-C and on a crash
// inside a library callback too (PouchDB's), where the finally below never runs.
const abandon = (code: number) => void databases.stop().finally(() => process.exit(code));
process.once('SIGINT', () => abandon(130));
process.once('SIGTERM', () => abandon(143));
process.once('uncaughtException', (error) => {
  console.error(error);
  abandon(1);
});
console.info(
  `Sync: ${dataset.plan.changes} changes, ${dataset.plan.photos} photos (${(dataset.photoBytes / 1e6).toFixed(0)} MB); gateway on ${databases.backend}, photos in the ${photoStore}; 1 warm-up + ${RUNS} runs`,
);

const samples: Record<SystemName, SystemRun[]> = { engine: [], raw: [], pouchdb: [] };
const seedMs: number[] = [];
let payload: Payload | null = null;
try {
  // The warm-up round also gives the author's signed changes, which the baselines then send as they are.
  const warm = await runEngineSync(dataset, databases, photoStore);
  const raw = rawPayload(warm.changes, dataset.photos);
  const docs = pouchDocs(warm.changes, dataset.photos);
  payload = {
    changes: warm.changes.length,
    changeBytes: raw.pushBodies.reduce((sum, body) => sum + Buffer.byteLength(body), 0),
    photos: dataset.photos.length,
    photoBytes: dataset.photoBytes,
  };
  await runRawHttp(raw);
  await runPouch(docs);
  console.info(`  warm-up done (the author's commits took ${seconds(warm.seedMs)} in fake-indexeddb)`);

  const systems: Record<SystemName, () => Promise<SystemRun>> = {
    engine: async () => {
      const run = await runEngineSync(dataset, databases, photoStore);
      seedMs.push(run.seedMs);
      return run;
    },
    raw: () => runRawHttp(raw),
    pouchdb: () => runPouch(docs),
  };
  const order: SystemName[] = ['engine', 'raw', 'pouchdb'];
  for (let run = 0; run < RUNS; run += 1) {
    for (let i = 0; i < order.length; i += 1) {
      const system = order[(run + i) % order.length] ?? 'engine';
      const result = await systems[system]();
      samples[system].push(result);
      console.info(`  run ${run + 1} ${system}: push ${seconds(result.push.ms)}, pull ${seconds(result.pull.ms)}`);
    }
  }
} finally {
  await databases.stop();
}

if (!payload) throw new Error('The warm-up round did not finish.');
const summaries = {
  engine: summariseSystem(samples.engine, payload),
  raw: summariseSystem(samples.raw, payload),
  pouchdb: summariseSystem(samples.pouchdb, payload),
};
const verdict = verdicts(summaries);
const machine = {
  cpu: /model name\s*:\s*(.+)/.exec(readFileSync('/proc/cpuinfo', 'utf8'))?.[1] ?? cpus()[0]?.model ?? 'unknown',
  cores: cpus().length,
  memoryGiB: Math.round(totalmem() / 2 ** 30),
  node: process.version,
  loadAverage: loadavg().map((load) => Number(load.toFixed(2))),
};
const result = {
  machine,
  at: new Date().toISOString(),
  runs: RUNS,
  gatewayDatabase: databases.backend,
  gatewayPhotos: photoStore,
  payload,
  authorCommitsMs: seedMs,
  systems: summaries,
  ratios: verdict,
};
mkdirSync(OUT, { recursive: true });
writeFileSync(join(OUT, 'sync.json'), `${JSON.stringify(result, null, 2)}\n`);
console.table(tableRows(summaries));
console.info(
  [
    `Engine throughput over raw HTTP's: push ${verdict.ofRaw.push.toFixed(2)}, pull ${verdict.ofRaw.pull.toFixed(2)}, ` +
      `push + pull ${verdict.ofRaw.total.toFixed(2)} (target ≥ 0.80: ${verdict.rawTargetMet ? 'met' : 'NOT met'})`,
    `PouchDB's time over the engine's: push ${verdict.pouchOverEngine.push.toFixed(2)}, pull ${verdict.pouchOverEngine.pull.toFixed(2)}, ` +
      `push + pull ${verdict.pouchOverEngine.total.toFixed(2)} (target > 1, engine faster: ${verdict.pouchTargetMet ? 'met' : 'NOT met'})`,
    `Machine: ${JSON.stringify(machine)}`,
    `Written ${join(OUT, 'sync.json')}`,
  ].join('\n'),
);
