/**
 * The bench page: not part of the shipped app. Served from the same origin as the browser build
 * (dist/bench-web/bench/), so it seeds and measures the very IndexedDB database the app opens,
 * unlocked with the passphrase the orchestrator set up through the UI. The Node orchestrator
 * (test/bench/run.ts) drives it through `window.__bench`; fixture bytes come from /bench-fixtures/,
 * which the orchestrator answers with Playwright routes.
 */
import { workerPhotoRenderer } from '../../../renderer/src/photos/photoRenderer';
import { measureCommit, measureRegister, seed } from './benchmarks';
import { measureUnlock, openUnlockedWorkbench } from './benchStore';
import { measureEncryptionCost } from './encryptionCost';
import { measurePhotoIngest } from './photoIngest';
import { BIG_DATABASE, type SeedPlan } from './seedBigDatabase';

async function fixture(name: string): Promise<Uint8Array> {
  const response = await fetch(`/bench-fixtures/${name}`);
  if (!response.ok) throw new Error(`fixture ${name}: HTTP ${response.status}`);
  return new Uint8Array(await response.arrayBuffer());
}

async function seedJpegs() {
  return { original: await fixture('seed-original.jpg'), thumbnail: await fixture('seed-thumbnail.jpg') };
}

async function photoFixtures(count: number): Promise<Uint8Array[]> {
  const photos: Uint8Array[] = [];
  for (let i = 0; i < count; i += 1) photos.push(await fixture(`photo-12mp-${i}.jpg`));
  return photos;
}

/** Runs `body` with the app's database unlocked, and closes it afterwards. */
async function withStore<T>(
  passphrase: string,
  body: (store: Awaited<ReturnType<typeof openUnlockedWorkbench>>) => Promise<T>,
) {
  const store = await openUnlockedWorkbench(passphrase);
  try {
    return await body(store);
  } finally {
    store.db.close();
  }
}

const bench = {
  async seedBigDatabase(passphrase: string, plan: SeedPlan = BIG_DATABASE) {
    const jpeg = await seedJpegs();
    const result = await withStore(passphrase, (store) => seed(store, jpeg, plan));
    return { ...result, findingIds: result.findingIds.slice(0, 200) };
  },
  measureUnlock(passphrase: string, runs: number) {
    return measureUnlock(passphrase, runs);
  },
  measureCommit(passphrase: string, findingIds: string[], warmup: number, runs: number) {
    return withStore(passphrase, (store) => measureCommit(store, findingIds, warmup, runs));
  },
  measureRegister(passphrase: string, warmup: number, runs: number) {
    return withStore(passphrase, (store) => measureRegister(store, warmup, runs));
  },
  async measurePhotoIngest(passphrase: string, inspectionIds: string[], count: number, warmup: number) {
    const photos = await photoFixtures(count);
    return withStore(passphrase, (store) =>
      measurePhotoIngest(store, inspectionIds, photos, workerPhotoRenderer, warmup),
    );
  },
  async measureEncryptionCost(count: number, warmup: number, commitRuns: number) {
    return measureEncryptionCost(
      await seedJpegs(),
      await photoFixtures(count),
      workerPhotoRenderer,
      commitRuns,
      warmup,
    );
  },
};

declare global {
  interface Window {
    __bench?: typeof bench;
  }
}

window.__bench = bench;
const status = document.getElementById('status');
if (status) status.textContent = 'Benchmarks ready';
