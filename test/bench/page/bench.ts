/**
 * The bench page: not part of the shipped app. Served from the same origin as the browser build
 * (dist/web/bench/), so it seeds and measures the very IndexedDB database the app opens. The Node
 * orchestrator (test/bench/run.ts) drives it through `window.__bench`; fixture bytes come from
 * /bench-fixtures/, which the orchestrator answers with Playwright routes.
 */
import { workerPhotoRenderer } from '../../../renderer/src/photos/photoRenderer';
import { measureCommit, measurePhotoIngest, measureRegister, openWorkbench, seed } from './benchmarks';
import { BIG_DATABASE, type SeedPlan } from './seedBigDatabase';

async function fixture(name: string): Promise<Uint8Array> {
  const response = await fetch(`/bench-fixtures/${name}`);
  if (!response.ok) throw new Error(`fixture ${name}: HTTP ${response.status}`);
  return new Uint8Array(await response.arrayBuffer());
}

const bench = {
  async seedBigDatabase(plan: SeedPlan = BIG_DATABASE) {
    const store = await openWorkbench();
    const jpeg = { original: await fixture('seed-original.jpg'), thumbnail: await fixture('seed-thumbnail.jpg') };
    const result = await seed(store, jpeg, plan);
    store.db.close();
    return { ...result, findingIds: result.findingIds.slice(0, 200) };
  },
  async measureCommit(findingIds: string[], warmup: number, runs: number) {
    const store = await openWorkbench();
    try {
      return await measureCommit(store, findingIds, warmup, runs);
    } finally {
      store.db.close();
    }
  },
  async measureRegister(warmup: number, runs: number) {
    const store = await openWorkbench();
    try {
      return await measureRegister(store, warmup, runs);
    } finally {
      store.db.close();
    }
  },
  async measurePhotoIngest(inspectionId: string, count: number, warmup: number) {
    const store = await openWorkbench();
    try {
      const photos: Uint8Array[] = [];
      for (let i = 0; i < count; i += 1) photos.push(await fixture(`photo-12mp-${i}.jpg`));
      return await measurePhotoIngest(store, inspectionId, photos, workerPhotoRenderer, warmup);
    } finally {
      store.db.close();
    }
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
