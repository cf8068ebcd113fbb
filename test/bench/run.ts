/**
 * `npm run bench`: the benchmark orchestrator. Serves the bench's copy of the browser build (with the
 * bench page in dist/bench-web/bench) on loopback, drives Debian's Chromium (or CHROMIUM_PATH) through
 * Playwright, runs the Node-side benchmarks, and prints a table of medians, baselines and ratios; the
 * figures go to artifacts/bench/results.json. Never part of `npm test`: figures, not assertions.
 * The device is set up through the UI with a passphrase, and every timed start unlocks with it.
 */
import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import { loadavg } from 'node:os';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';
import { chromium } from '@playwright/test';
import sharp from 'sharp';
import { browserBenchmarks, commitBenchmark, encryptionCostBenchmark, photoBenchmark, PHOTOS } from './browser';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './driveApp';
import { summarise, type Timing } from './page/measure';
import { bigReportContent, reportHtml } from './node/reportFixture';
import { add, writeResults, addRegisterInteractions } from './results';

const ROOT = resolve(import.meta.dirname, '../..');
const OUT = resolve(ROOT, 'artifacts/bench');
/** The bench's own copy of the browser build, so a concurrent `npm run build` cannot remove the bench page. */
const WEB_DIR = resolve(ROOT, process.env['BENCH_WEB_DIR'] ?? 'dist/bench-web');
const RUNS = Number(process.env['BENCH_RUNS'] ?? 5);
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
  // The project's vite itself, not through npx: killing npx would leave the server it started running.
  const child = spawn(
    join(ROOT, 'node_modules', '.bin', 'vite'),
    [
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
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
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
  addRegisterInteractions('Node', result);
}

const only = new Set((process.env['BENCH_ONLY'] ?? 'browser,encryption,report,node').split(','));
const loadAtStart = loadavg();
const fixtures = await makeFixtures();
const port = await freePort();
const preview = await startPreview(port);
let extra: unknown = null;
try {
  if (only.has('node')) nodeRegisterBenchmark();
  const base = `http://127.0.0.1:${port}/`;
  if (only.has('browser')) extra = await browserBenchmarks(base, fixtures, RUNS);
  if (only.has('encryption')) await encryptionCostBenchmark(base, fixtures, RUNS);
  if (only.has('commit')) await commitBenchmark(base, fixtures, RUNS);
  if (only.has('photo')) await photoBenchmark(base, fixtures, RUNS);
  if (only.has('report')) await reportBenchmarks();
} finally {
  preview.kill();
}
writeResults(OUT, CHROMIUM_PATH, RUNS, extra, loadAtStart);
