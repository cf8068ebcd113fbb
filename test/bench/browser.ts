/**
 * The Chromium benchmarks: cold start-up (unlock included) with an empty, a small and the big
 * database, the register, commit, photo ingest, and the cost of encryption at rest. Each profile is
 * set up through the UI with the bench passphrase; the bench page then seeds it through the
 * encrypting codec, so what the app reads at start-up is sealed exactly as on an inspector's laptop.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { BENCH_PASSPHRASE, openContext, setUpDevice, timeStarts, untilShown, type StartTimings } from './driveApp';
import type { PhotoIngestFigures } from './page/photoIngest';
import type { SeedPlan } from './page/seedBigDatabase';
import { addRatio, addRegisterInteractions, addUnder } from './results';

export const PHOTOS = 8;
const PHOTO_WARMUP = 2;
const START_LIMIT_MS = 1500;

async function openBenchPage(page: Page, base: string) {
  await page.goto(`${base}bench/index.html`);
  await page.waitForFunction(() => window.__bench !== undefined);
}

async function seedProfile(page: Page, base: string, plan?: SeedPlan) {
  await openBenchPage(page, base);
  return page.evaluate(([passphrase, p]) => window.__bench!.seedBigDatabase(passphrase, p), [
    BENCH_PASSPHRASE,
    plan,
  ] as const);
}

function addStart(name: string, subject: StartTimings, baselineName: string, baseline: StartTimings) {
  addUnder(name, subject.total, START_LIMIT_MS, [baselineName, baseline.total]);
  addUnder(`  of which: loading to the unlock screen`, subject.toUnlockScreen, undefined, [
    baselineName,
    baseline.toUnlockScreen,
  ]);
  addUnder(`  of which: loading the app's code (to the load event)`, subject.toLoadEvent, undefined, [
    baselineName,
    baseline.toLoadEvent,
  ]);
  addUnder(`  of which: Unlock pressed to interactive`, subject.afterUnlock, undefined, [
    baselineName,
    baseline.afterUnlock,
  ]);
}

const firstFinding = (p: Page) => untilShown(p, 'main a', 'GMP-SB-00001');
const inspectionsHeading = (p: Page) => untilShown(p, 'h1', 'Inspections');

export async function browserBenchmarks(base: string, fixtures: Map<string, Buffer>, runs: number) {
  // Two profiles open side by side: the big database, and a baseline that is empty at first and
  // then holds a small database (2 inspections, 10 findings). Their starts are timed in turn.
  const smallDir = mkdtempSync(join(tmpdir(), 'bench-small-'));
  const small = await openContext(smallDir, fixtures);
  await setUpDevice(small.page, base);
  const bigDir = mkdtempSync(join(tmpdir(), 'bench-big-'));
  const big = await openContext(bigDir, fixtures);
  await setUpDevice(big.page, base);
  console.info(
    'Seeding the big database through the encrypting codec (50 inspections, 10,000 findings, 100,000 changes, 1,000 photos)…',
  );
  const seeded = await seedProfile(big.page, base);
  console.info(`  seeded in ${(seeded.ms / 1000).toFixed(1)} s`);

  const [homeBig, homeEmpty] = await timeStarts(
    [
      {
        page: big.page,
        url: base,
        ready: (p) => untilShown(p, 'main a', seeded.largestInspectionReference),
      },
      { page: small.page, url: base, ready: inspectionsHeading },
    ],
    runs,
  );
  if (homeBig && homeEmpty) addStart('Start-up: home screen, big database', homeBig, 'empty database', homeEmpty);

  const smallSeed = await seedProfile(small.page, base, {
    inspections: 2,
    findings: 10,
    changes: 20,
    photos: 2,
    largestShare: 0.5,
  });
  const [inspectionBig, smallInspection] = await timeStarts(
    [
      { page: big.page, url: `${base}#/inspections/${seeded.largestInspectionId}/findings`, ready: firstFinding },
      { page: small.page, url: `${base}#/inspections/${smallSeed.largestInspectionId}/findings`, ready: firstFinding },
    ],
    runs,
  );
  if (inspectionBig && smallInspection)
    addStart(
      'Start-up: largest inspection (2,000 findings) findings list',
      inspectionBig,
      'inspection with 5 findings',
      smallInspection,
    );

  await openBenchPage(small.page, base);
  const unlock = await small.page.evaluate(([passphrase, n]) => window.__bench!.measureUnlock(passphrase, n), [
    BENCH_PASSPHRASE,
    runs,
  ] as const);
  addUnder('Unlock: PBKDF2-SHA256 (600,000 iterations) and unwrap of the data key', unlock);
  await small.context.close();
  rmSync(smallDir, { recursive: true, force: true });

  await openBenchPage(big.page, base);
  const register = await big.page.evaluate(([passphrase, n]) => window.__bench!.measureRegister(passphrase, 2, n * 2), [
    BENCH_PASSPHRASE,
    runs,
  ] as const);
  addUnder(`Register (Chromium): read and decrypt ${register.rows} findings`, register.load);
  addUnder(`Register (Chromium): build ${register.rows} rows`, register.build, 100);
  addRegisterInteractions('Chromium', register.interactions);
  const commit = await big.page.evaluate(
    ([passphrase, ids, n]) => window.__bench!.measureCommit(passphrase, ids, 5, n * 6),
    [BENCH_PASSPHRASE, seeded.findingIds, runs] as const,
  );
  addRatio(
    'Commit: finding edit (state, change, hash)',
    commit.subject,
    'plain Dexie put (default durability)',
    commit.baseline,
    2,
  );
  addRatio(
    'Commit vs strict-durability Dexie put',
    commit.subject,
    'Dexie put, strict durability',
    commit.strictBaseline,
  );
  const photo = await big.page.evaluate(
    ([passphrase, id, n, w]) => window.__bench!.measurePhotoIngest(passphrase, [id], n, w),
    [BENCH_PASSPHRASE, seeded.largestInspectionId, PHOTOS, PHOTO_WARMUP] as const,
  );
  addPhotoRows('', photo);
  await big.context.close();
  rmSync(bigDir, { recursive: true, force: true });
  return { seeded: { ...seeded, findingIds: undefined, inspectionIds: undefined } };
}

function addPhotoRows(where: string, photo: PhotoIngestFigures) {
  addRatio(
    `Photo ingest${where}: 12 MP JPEG (hash, derivatives, store), per photo: derivatives ready`,
    photo.derivatives.subject,
    'WebCrypto digest + bare IndexedDB write',
    photo.derivatives.baseline,
    1.5,
  );
  addRatio(
    '  of which: photo stored and safe (checked, hashed, sealed, committed)',
    photo.stored.subject,
    'WebCrypto digest + bare IndexedDB write',
    photo.stored.baseline,
    1.5,
  );
  addRatio(
    '  photo stored and safe vs a strict-durability bare write',
    photo.stored.subject,
    'WebCrypto digest + bare IndexedDB write, strict durability',
    photo.strictBaseline,
  );
}

/** Encryption at rest's own cost: the same work through the encrypting and the plain codec. */
export async function encryptionCostBenchmark(base: string, fixtures: Map<string, Buffer>, runs: number) {
  const dir = mkdtempSync(join(tmpdir(), 'bench-codec-'));
  const { context, page } = await openContext(dir, fixtures);
  await openBenchPage(page, base);
  const cost = await page.evaluate(([n, w, r]) => window.__bench!.measureEncryptionCost(n, w, r), [
    PHOTOS,
    PHOTO_WARMUP,
    runs * 6,
  ] as const);
  addRatio(
    'Encryption cost: commit, encrypting codec',
    cost.commit.subject,
    'same commit, plain codec',
    cost.commit.baseline,
  );
  addRatio(
    'Encryption cost: photo ingest, encrypting codec',
    cost.photoIngest.subject,
    'same ingest, plain codec',
    cost.photoIngest.baseline,
  );
  await context.close();
  rmSync(dir, { recursive: true, force: true });
}

/** 5 inspections, 2,000 findings, no photos: big enough to matter, quick to seed for the single-benchmark groups. */
const MID_SIZED: SeedPlan = { inspections: 5, findings: 2_000, changes: 4_000, photos: 0, largestShare: 0.5 };

/** A fresh profile with the mid-sized database, the bench page open on it; closed and removed after `measure`. */
async function onMidSizedDatabase(
  name: string,
  base: string,
  fixtures: Map<string, Buffer>,
  measure: (page: Page, seeded: Awaited<ReturnType<typeof seedProfile>>) => Promise<void>,
) {
  const dir = mkdtempSync(join(tmpdir(), `bench-${name}-`));
  const { context, page } = await openContext(dir, fixtures);
  try {
    await setUpDevice(page, base);
    const seeded = await seedProfile(page, base, MID_SIZED);
    await openBenchPage(page, base);
    await measure(page, seeded);
  } finally {
    await context.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Photo ingest alone, on the mid-sized database: each fixture into each inspection for `runs` rounds,
 * timed in turn with both bare writes. Quick to repeat while tuning the Add photos path; the duplicate
 * check uses the photos' hash index, so the size of the database matters little to it.
 */
export function photoBenchmark(base: string, fixtures: Map<string, Buffer>, runs: number) {
  return onMidSizedDatabase('photo', base, fixtures, async (page, seeded) => {
    const photo = await page.evaluate(
      ([passphrase, ids, n, w]) => window.__bench!.measurePhotoIngest(passphrase, ids, n, w),
      [BENCH_PASSPHRASE, seeded.inspectionIds.slice(0, Math.min(runs, 5)), PHOTOS, PHOTO_WARMUP] as const,
    );
    addPhotoRows(' (2,000-finding database)', photo);
  });
}

/** The commit benchmark alone, on the mid-sized database: quick to repeat while tuning `commit`. */
export function commitBenchmark(base: string, fixtures: Map<string, Buffer>, runs: number) {
  return onMidSizedDatabase('commit', base, fixtures, async (page, seeded) => {
    const commit = await page.evaluate(
      ([passphrase, ids, n]) => window.__bench!.measureCommit(passphrase, ids, 5, n * 6),
      [BENCH_PASSPHRASE, seeded.findingIds, runs] as const,
    );
    addRatio(
      'Commit (2,000-finding database): finding edit',
      commit.subject,
      'plain Dexie put (default durability)',
      commit.baseline,
      2,
    );
    addRatio('Commit (2,000-finding database) vs strict put', commit.subject, 'Dexie put, strict durability', commit.strictBaseline);
  });
}
