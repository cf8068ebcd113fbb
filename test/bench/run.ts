/**
 * `npm run bench`: the benchmark orchestrator. Serves the browser build (with the bench page in
 * dist/web/bench) on loopback, drives Debian's Chromium (or CHROMIUM_PATH) through Playwright, runs
 * the Node-side benchmarks, and prints a table of medians, baselines and ratios; the figures go to
 * artifacts/bench/results.json. Never part of `npm test`: figures, not assertions.
 */
import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, totalmem, tmpdir } from 'node:os';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page } from '@playwright/test';
import sharp from 'sharp';
import { summarise, type Timing } from './page/measure';
import { bigReportContent, reportHtml } from './node/reportFixture';

const ROOT = resolve(import.meta.dirname, '../..');
const OUT = resolve(ROOT, 'artifacts/bench');
/** The bench's own copy of the browser build, so a concurrent `npm run build` cannot remove the bench page. */
const WEB_DIR = resolve(ROOT, process.env['BENCH_WEB_DIR'] ?? 'dist/bench-web');
const RUNS = Number(process.env['BENCH_RUNS'] ?? 5);
const chromiumPath = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

interface Row {
  benchmark: string;
  median: number;
  p95?: number;
  unit: string;
  baseline?: string;
  baselineMedian?: number;
  ratio?: number;
  target?: string;
  met?: boolean;
}
const rows: Row[] = [];
function add(row: Row) {
  rows.push(row);
  const ratio = row.ratio === undefined ? '' : ` ratio ${row.ratio.toFixed(2)}`;
  console.info(`  ${row.benchmark}: ${row.median.toFixed(1)} ${row.unit}${ratio}`);
}

function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? done(address.port) : fail(new Error('no port'))));
    });
  });
}

async function startPreview(port: number): Promise<ChildProcess> {
  const child = spawn(
    'npx',
    [
      'vite',
      'preview',
      '--config',
      'vite.web.config.ts',
      '--outDir',
      WEB_DIR,
      '--host',
      '127.0.0.1',
      '--port',
      String(port),
      '--strictPort',
    ],
    { cwd: ROOT, stdio: 'ignore' },
  );
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/`)).ok) return child;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  child.kill();
  throw new Error('vite preview did not start within 30 s');
}

async function makeFixtures(): Promise<Map<string, Buffer>> {
  const files = new Map<string, Buffer>();
  const scene = (width: number, height: number, seed: number) =>
    sharp({
      create: {
        width,
        height,
        channels: 3,
        background: { r: 90 + seed * 20, g: 120, b: 150 },
        noise: { type: 'gaussian', mean: 128, sigma: 24 },
      },
    })
      .blur(1.2)
      .jpeg({ quality: 88 })
      .toBuffer();
  files.set('seed-original.jpg', await scene(1024, 768, 0));
  files.set('seed-thumbnail.jpg', await scene(320, 240, 0));
  for (let i = 0; i < PHOTOS; i += 1) files.set(`photo-12mp-${i}.jpg`, await scene(4000, 3000, i));
  return files;
}
const PHOTOS = 8;
const PHOTO_WARMUP = 2;

async function openContext(
  userDataDir: string,
  fixtures: Map<string, Buffer>,
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: chromiumPath,
    args: ARGS,
    headless: true,
  });
  await context.route('**/bench-fixtures/*', (route) => {
    const name = new URL(route.request().url()).pathname.split('/').pop() ?? '';
    const body = fixtures.get(name);
    return body ? route.fulfill({ body, contentType: 'image/jpeg' }) : route.fulfill({ status: 404 });
  });
  const page = context.pages()[0] ?? (await context.newPage());
  page.setDefaultTimeout(120_000);
  return { context, page };
}

async function setUpDevice(page: Page, base: string) {
  await page.goto(base);
  await page.getByLabel('Your name').fill('Jo Smith');
  await page.getByLabel('Initials').fill('JS');
  await page.getByRole('radio', { name: 'Lead inspector' }).check();
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.getByRole('heading', { level: 1, name: 'Inspections' }).waitFor();
}

/** Time from navigation to the locator being visible, from a blank page each time (a cold app start). */
async function timeStart(page: Page, url: string, ready: (page: Page) => Promise<unknown>): Promise<Timing> {
  const samples: number[] = [];
  for (let i = 0; i < RUNS + 1; i += 1) {
    await page.goto('about:blank');
    const started = performance.now();
    await page.goto(url);
    await ready(page);
    if (i > 0) samples.push(performance.now() - started);
  }
  return summarise(samples);
}

async function seedProfile(page: Page, base: string, plan?: object) {
  await page.goto(`${base}bench/index.html`);
  await page.waitForFunction(() => window.__bench !== undefined);
  return page.evaluate((p) => window.__bench!.seedBigDatabase(p as never), plan);
}

async function browserBenchmarks(base: string, fixtures: Map<string, Buffer>) {
  // Baseline profile: empty, then a small database (2 inspections, 10 findings).
  const smallDir = mkdtempSync(join(tmpdir(), 'bench-small-'));
  const small = await openContext(smallDir, fixtures);
  await setUpDevice(small.page, base);
  const homeEmpty = await timeStart(small.page, base, (p) =>
    p.getByRole('heading', { level: 1, name: 'Inspections' }).waitFor(),
  );
  const smallSeed = await seedProfile(small.page, base, {
    inspections: 2,
    findings: 10,
    changes: 20,
    photos: 2,
    largestShare: 0.5,
  });
  const smallInspection = await timeStart(
    small.page,
    `${base}#/inspections/${smallSeed.largestInspectionId}/findings`,
    (p) => p.getByText('GMP-SB-00001').first().waitFor(),
  );
  await small.context.close();
  rmSync(smallDir, { recursive: true, force: true });

  const bigDir = mkdtempSync(join(tmpdir(), 'bench-big-'));
  const big = await openContext(bigDir, fixtures);
  await setUpDevice(big.page, base);
  console.info('Seeding the big database (50 inspections, 10,000 findings, 100,000 changes, 1,000 photos)…');
  const seeded = await seedProfile(big.page, base);
  console.info(`  seeded in ${(seeded.ms / 1000).toFixed(1)} s`);
  const homeBig = await timeStart(big.page, base, (p) =>
    p.getByRole('link', { name: seeded.largestInspectionReference }).first().waitFor(),
  );
  add({
    benchmark: 'Start-up: home screen, big database',
    median: homeBig.median,
    p95: homeBig.p95,
    unit: 'ms',
    baseline: 'empty database',
    baselineMedian: homeEmpty.median,
    ratio: homeBig.median / homeEmpty.median,
    target: '< 1500 ms',
    met: homeBig.median < 1500,
  });
  const inspectionBig = await timeStart(big.page, `${base}#/inspections/${seeded.largestInspectionId}/findings`, (p) =>
    p.getByText('GMP-SB-00001').first().waitFor(),
  );
  add({
    benchmark: 'Start-up: largest inspection (2,000 findings) findings list',
    median: inspectionBig.median,
    p95: inspectionBig.p95,
    unit: 'ms',
    baseline: 'inspection with 5 findings',
    baselineMedian: smallInspection.median,
    ratio: inspectionBig.median / smallInspection.median,
    target: '< 1500 ms',
    met: inspectionBig.median < 1500,
  });

  await big.page.goto(`${base}bench/index.html`);
  await big.page.waitForFunction(() => window.__bench !== undefined);
  const register = await big.page.evaluate((runs) => window.__bench!.measureRegister(2, runs * 2), RUNS);
  add({
    benchmark: `Register (Chromium): read ${register.rows} findings from IndexedDB`,
    median: register.load.median,
    p95: register.load.p95,
    unit: 'ms',
  });
  add({
    benchmark: `Register (Chromium): build ${register.rows} rows`,
    median: register.build.median,
    p95: register.build.p95,
    unit: 'ms',
    target: '< 100 ms',
    met: register.build.median < 100,
  });
  for (const [name, c] of Object.entries(register.interactions)) {
    add({
      benchmark: `Register (Chromium): ${name}`,
      median: c.subject.median,
      p95: c.subject.p95,
      unit: 'ms',
      baseline: 'naive Array sort/filter',
      baselineMedian: c.baseline.median,
      ratio: c.ratio,
      target: '< 100 ms',
      met: c.subject.median < 100,
    });
  }
  const commit = await big.page.evaluate(({ ids, runs }) => window.__bench!.measureCommit(ids, 5, runs * 6), {
    ids: seeded.findingIds,
    runs: RUNS,
  });
  add({
    benchmark: 'Commit: finding edit (state, change, hash)',
    median: commit.subject.median,
    p95: commit.subject.p95,
    unit: 'ms',
    baseline: 'plain Dexie put (default durability)',
    baselineMedian: commit.baseline.median,
    ratio: commit.ratio,
    target: '< 2x',
    met: commit.ratio < 2,
  });
  add({
    benchmark: 'Commit vs strict-durability Dexie put',
    median: commit.subject.median,
    unit: 'ms',
    baseline: 'Dexie put, strict durability',
    baselineMedian: commit.strictBaseline.median,
    ratio: commit.subject.median / commit.strictBaseline.median,
  });
  const photo = await big.page.evaluate(({ id, n, w }) => window.__bench!.measurePhotoIngest(id, n, w), {
    id: seeded.largestInspectionId,
    n: PHOTOS,
    w: PHOTO_WARMUP,
  });
  add({
    benchmark: 'Photo ingest: 12 MP JPEG (hash, derivatives, store), per photo',
    median: photo.subject.median,
    p95: photo.subject.p95,
    unit: 'ms',
    baseline: 'WebCrypto digest + bare IndexedDB write',
    baselineMedian: photo.baseline.median,
    ratio: photo.ratio,
    target: '< 1.5x',
    met: photo.ratio < 1.5,
  });
  await big.context.close();
  rmSync(bigDir, { recursive: true, force: true });
  return { seeded: { ...seeded, findingIds: undefined } };
}

/** The commit benchmark alone, on a mid-sized database (2,000 findings): quick to repeat while tuning `commit`. */
async function commitBenchmark(base: string, fixtures: Map<string, Buffer>) {
  const dir = mkdtempSync(join(tmpdir(), 'bench-commit-'));
  const { context, page } = await openContext(dir, fixtures);
  await setUpDevice(page, base);
  const seeded = await seedProfile(page, base, {
    inspections: 5,
    findings: 2_000,
    changes: 4_000,
    photos: 0,
    largestShare: 0.5,
  });
  await page.goto(`${base}bench/index.html`);
  await page.waitForFunction(() => window.__bench !== undefined);
  const commit = await page.evaluate(({ ids, runs }) => window.__bench!.measureCommit(ids, 5, runs * 6), {
    ids: seeded.findingIds,
    runs: RUNS,
  });
  add({
    benchmark: 'Commit (2,000-finding database): finding edit',
    median: commit.subject.median,
    p95: commit.subject.p95,
    unit: 'ms',
    baseline: 'plain Dexie put (default durability)',
    baselineMedian: commit.baseline.median,
    ratio: commit.ratio,
    target: '< 2x',
    met: commit.ratio < 2,
  });
  add({
    benchmark: 'Commit (2,000-finding database) vs strict put',
    median: commit.subject.median,
    unit: 'ms',
    baseline: 'Dexie put, strict durability',
    baselineMedian: commit.strictBaseline.median,
    ratio: commit.subject.median / commit.strictBaseline.median,
  });
  await context.close();
  rmSync(dir, { recursive: true, force: true });
}

async function reportBenchmarks() {
  const jspdf: { ms: number; peakRssBytes: number }[] = [];
  for (let i = 0; i < 1 + Math.min(RUNS, 3); i += 1) {
    const out = execFileSync(
      'npx',
      ['tsx', '--tsconfig', 'tsconfig.renderer.json', 'test/bench/node/renderReportOnce.ts'],
      { cwd: ROOT, encoding: 'utf8' },
    );
    if (i > 0) jspdf.push(JSON.parse(out.trim().split('\n').pop() ?? '{}') as { ms: number; peakRssBytes: number });
  }
  const content = await bigReportContent();
  const html = reportHtml(content);
  const browser = await chromium.launch({ executablePath: chromiumPath, args: ARGS });
  const page = await browser.newPage();
  const samples: number[] = [];
  for (let i = 0; i < 1 + Math.min(RUNS, 3); i += 1) {
    const started = performance.now();
    await page.setContent(html, { waitUntil: 'load' });
    await page.pdf({ format: 'A4' });
    if (i > 0) samples.push(performance.now() - started);
  }
  await browser.close();
  const time = summarise(jspdf.map((r) => r.ms));
  const peer = summarise(samples);
  const peakMb = Math.max(...jspdf.map((r) => r.peakRssBytes)) / 2 ** 20;
  add({
    benchmark: 'Report: 150 findings + 100 photos to PDF (jsPDF, Node)',
    median: time.median,
    p95: time.p95,
    unit: 'ms',
    baseline: 'Chromium page.pdf of the same content (peer)',
    baselineMedian: peer.median,
    ratio: time.median / peer.median,
    target: '< 2x',
    met: time.median / peer.median < 2,
  });
  add({
    benchmark: 'Report: peak memory (process RSS)',
    median: peakMb,
    unit: 'MB',
    target: '< 1024 MB',
    met: peakMb < 1024,
  });
}

function nodeRegisterBenchmark() {
  const out = execFileSync(
    'npx',
    ['tsx', '--tsconfig', 'tsconfig.renderer.json', 'test/bench/node/registerInNode.ts', String(RUNS)],
    { cwd: ROOT, encoding: 'utf8' },
  );
  const result = JSON.parse(out.trim().split('\n').pop() ?? '{}') as Record<
    string,
    { subject: Timing; baseline: Timing; ratio: number }
  >;
  for (const [name, c] of Object.entries(result)) {
    add({
      benchmark: `Register (Node): ${name}`,
      median: c.subject.median,
      p95: c.subject.p95,
      unit: 'ms',
      baseline: 'naive Array sort/filter',
      baselineMedian: c.baseline.median,
      ratio: c.ratio,
      target: '< 100 ms',
      met: c.subject.median < 100,
    });
  }
}

function machine() {
  const cpuinfo = readFileSync('/proc/cpuinfo', 'utf8');
  const model = /model name\s*:\s*(.+)/.exec(cpuinfo)?.[1] ?? cpus()[0]?.model ?? 'unknown';
  let chromiumVersion = 'unknown';
  try {
    chromiumVersion = execFileSync(chromiumPath, ['--version'], { encoding: 'utf8' }).trim();
  } catch {
    /* reported as unknown */
  }
  return {
    cpu: model,
    cores: cpus().length,
    memoryGiB: Math.round(totalmem() / 2 ** 30),
    node: process.version,
    chromium: chromiumVersion,
  };
}

const only = new Set((process.env['BENCH_ONLY'] ?? 'browser,report,node').split(','));
const fixtures = await makeFixtures();
const port = await freePort();
const preview = await startPreview(port);
let extra: unknown = null;
try {
  if (only.has('node')) nodeRegisterBenchmark();
  if (only.has('browser')) extra = await browserBenchmarks(`http://127.0.0.1:${port}/`, fixtures);
  if (only.has('commit')) await commitBenchmark(`http://127.0.0.1:${port}/`, fixtures);
  if (only.has('report')) await reportBenchmarks();
} finally {
  preview.kill();
}
const result = { machine: machine(), runs: RUNS, at: new Date().toISOString(), extra, rows };
mkdirSync(OUT, { recursive: true });
writeFileSync(join(OUT, 'results.json'), `${JSON.stringify(result, null, 2)}\n`);
console.table(
  rows.map((r) => ({
    benchmark: r.benchmark,
    median: `${r.median.toFixed(1)} ${r.unit}`,
    p95: r.p95 === undefined ? '' : r.p95.toFixed(1),
    baseline: r.baseline ? `${r.baseline}: ${r.baselineMedian?.toFixed(1) ?? ''}` : '',
    ratio: r.ratio === undefined ? '' : r.ratio.toFixed(2),
    target: r.target ?? '',
    met: r.met === undefined ? '' : r.met ? 'yes' : 'NO',
  })),
);
console.info(`Machine: ${JSON.stringify(result.machine)}\nWritten ${join(OUT, 'results.json')}`);
