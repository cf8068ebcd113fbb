/**
 * The register's pure pipeline in Node: 10,000 findings seeded into fake-indexeddb through the same
 * seeding code as the browser, read back through DataStore, then sorted, filtered and searched.
 * Prints the comparisons as JSON for the orchestrator.
 */
import 'fake-indexeddb/auto';
import sharp from 'sharp';
import { measureRegister, seed } from '../page/benchmarks';
import { openWorkbench } from '../page/benchStore';

const runs = Number(process.argv[2] ?? 5);
const jpeg = new Uint8Array(
  await sharp({ create: { width: 64, height: 48, channels: 3, background: '#888' } })
    .jpeg()
    .toBuffer(),
);
const store = await openWorkbench('bench-register-node');
await seed(
  store,
  { original: jpeg, thumbnail: jpeg },
  { inspections: 50, findings: 10_000, changes: 10_000 + 250, photos: 0, largestShare: 0.2 },
);
const figures = await measureRegister(store, 2, runs * 2);
process.stdout.write(
  `${JSON.stringify({ 'build 10000 rows': { subject: figures.build, baseline: figures.build, ratio: 1 }, ...figures.interactions })}\n`,
);
