/**
 * Timing helpers shared by the in-page and the Node benchmarks: warm-up runs that are thrown away,
 * then measured runs summarised as median and p95.
 */
export interface Timing {
  median: number;
  p95: number;
  runs: number;
}

export function summarise(samples: readonly number[]): Timing {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * (sorted.length - 1) + 0.5))] ?? NaN;
  return { median: at(0.5), p95: at(0.95), runs: sorted.length };
}

/** Runs `body` `warmup` times unmeasured, then `runs` times measured (milliseconds). */
export async function timeRuns(warmup: number, runs: number, body: (run: number) => unknown): Promise<Timing> {
  for (let i = 0; i < warmup; i += 1) await body(-1 - i);
  const samples: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const started = performance.now();
    await body(i);
    samples.push(performance.now() - started);
  }
  return summarise(samples);
}

/**
 * Times several bodies run by run in turn (a, b, a, b…) after their warm-ups, so that on a shared
 * machine a burst of load falls on both sides of a comparison rather than on one of them.
 */
export async function timeInTurn(
  warmup: number,
  runs: number,
  bodies: readonly ((run: number) => unknown)[],
): Promise<Timing[]> {
  for (let i = 0; i < warmup; i += 1) for (const body of bodies) await body(-1 - i);
  const samples = bodies.map((): number[] => []);
  for (let i = 0; i < runs; i += 1) {
    for (const [index, body] of bodies.entries()) {
      const started = performance.now();
      await body(i);
      samples[index]?.push(performance.now() - started);
    }
  }
  return samples.map(summarise);
}
