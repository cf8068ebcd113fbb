/**
 * The benchmark's rows: collected as the groups run, printed as a table, and written with the
 * machine to artifacts/bench/results.json. Ratios are always against a baseline from the same run.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import type { Timing } from './page/measure';

export interface Row {
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

export const rows: Row[] = [];

export function add(row: Row) {
  rows.push(row);
  const ratio = row.ratio === undefined ? '' : ` ratio ${row.ratio.toFixed(2)}`;
  console.info(`  ${row.benchmark}: ${row.median.toFixed(1)} ${row.unit}${ratio}`);
}

/** A row for a timing against a same-run baseline, with a ratio target when one is given. */
export function addRatio(
  benchmark: string,
  subject: Timing,
  baseline: string,
  base: Timing,
  targetRatio?: number,
): void {
  const ratio = subject.median / base.median;
  add({
    benchmark,
    median: subject.median,
    p95: subject.p95,
    unit: 'ms',
    baseline,
    baselineMedian: base.median,
    ratio,
    ...(targetRatio === undefined ? {} : { target: `< ${targetRatio}x`, met: ratio < targetRatio }),
  });
}

/** A row for a timing with an absolute target in milliseconds. */
export function addUnder(benchmark: string, subject: Timing, limitMs?: number, baseline?: [string, Timing]): void {
  add({
    benchmark,
    median: subject.median,
    p95: subject.p95,
    unit: 'ms',
    ...(baseline
      ? { baseline: baseline[0], baselineMedian: baseline[1].median, ratio: subject.median / baseline[1].median }
      : {}),
    ...(limitMs === undefined ? {} : { target: `< ${limitMs} ms`, met: subject.median < limitMs }),
  });
}

function machine(chromiumPath: string) {
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

export function writeResults(out: string, chromiumPath: string, runs: number, extra: unknown, loadAtStart: number[]) {
  const result = {
    machine: machine(chromiumPath),
    runs,
    at: new Date().toISOString(),
    // The machine is shared: the load average before and after says how far to trust absolute times.
    load: { atStart: loadAtStart, atEnd: loadavg() },
    extra,
    rows,
  };
  mkdirSync(out, { recursive: true });
  writeFileSync(join(out, 'results.json'), `${JSON.stringify(result, null, 2)}\n`);
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
  console.info(
    `Machine: ${JSON.stringify(result.machine)}\nLoad: ${JSON.stringify(result.load)}\nWritten ${join(out, 'results.json')}`,
  );
}

/** Register interactions (sort, filter, search, group) against the naive Array operation, each under 100 ms. */
export function addRegisterInteractions(
  where: string,
  interactions: Record<string, { subject: Timing; baseline: Timing; ratio: number }>,
): void {
  for (const [name, c] of Object.entries(interactions)) {
    add({
      benchmark: `Register (${where}): ${name}`,
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
