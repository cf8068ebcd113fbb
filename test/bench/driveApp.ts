/**
 * Driving the real app in Chromium for the start-up benchmarks: a persistent profile per database,
 * first-run set-up through the UI (passphrase, then device), and timed cold starts that unlock with
 * the passphrase as an inspector would. Fixture bytes for the bench page are answered by routes.
 */
import { chromium, type BrowserContext, type Page } from '@playwright/test';
import { summarise, type Timing } from './page/measure';

export const CHROMIUM_PATH = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
/** The bench device's passphrase; the bench page unwraps the same keyring with it to seed and measure. */
export const BENCH_PASSPHRASE = 'bench passphrase long enough';

export async function openContext(
  userDataDir: string,
  fixtures: Map<string, Buffer>,
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM_PATH,
    args: CHROMIUM_ARGS,
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

/** First run as an inspector does it: create the passphrase, then set up the device. */
export async function setUpDevice(page: Page, base: string) {
  await page.goto(base);
  await page.getByLabel('Passphrase', { exact: true }).fill(BENCH_PASSPHRASE);
  await page.getByLabel('Confirm passphrase').fill(BENCH_PASSPHRASE);
  await page.getByRole('button', { name: 'Create passphrase' }).click();
  await page.getByLabel('Your name').fill('Jo Smith');
  await page.getByLabel('Initials').fill('JS');
  await page.getByRole('radio', { name: 'Lead inspector' }).check();
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.getByRole('heading', { level: 1, name: 'Inspections' }).waitFor();
}

/**
 * Waits until the page holds an element matching `selector` (with exactly `text`, when given),
 * checking on every animation frame. Playwright's locator waits poll ever more slowly (measured here:
 * an element added after 450 ms was seen at 820 ms, one added after 900 ms at 1,325 ms), which rounds
 * a start-up up to the next poll; checking each frame times it to within a frame.
 */
export async function untilShown(page: Page, selector: string, text?: string): Promise<void> {
  await page.waitForFunction(
    ([css, exact]) =>
      [...document.querySelectorAll(css)].some(
        (element) => exact === undefined || element.textContent?.trim() === exact,
      ),
    [selector, text] as const,
    { polling: 'raf' },
  );
}

export interface StartTimings {
  /** Navigation until the unlock screen can take the passphrase (the app's code loaded and the database opened). */
  toUnlockScreen: Timing;
  /** Of that, navigation until the page's load event: fetching, parsing and running the app's code. */
  toLoadEvent: Timing;
  /** From pressing Unlock until the screen is interactive: PBKDF2, decrypting and rendering what it shows. */
  afterUnlock: Timing;
  /** Both together: what an inspector waits, less the time spent typing the passphrase. */
  total: Timing;
}

export interface StartTarget {
  page: Page;
  url: string;
  ready: (page: Page) => Promise<unknown>;
}

/** One cold start from a blank page: navigate, wait for the unlock screen, unlock, wait for `ready`. */
async function startOnce({ page, url, ready }: StartTarget) {
  await page.goto('about:blank');
  const started = performance.now();
  await page.goto(url);
  await untilShown(page, '#unlock-passphrase');
  const unlockShown = performance.now();
  const field = page.getByLabel('Passphrase', { exact: true });
  const loadEvent = await page.evaluate(
    () => (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined)?.loadEventEnd ?? 0,
  );
  // Typing is not counted: the fill happens between the two timed spans.
  await field.fill(BENCH_PASSPHRASE);
  const pressed = performance.now();
  await page.getByRole('button', { name: 'Unlock', exact: true }).click();
  await ready(page);
  const done = performance.now();
  return { toUnlock: unlockShown - started, toLoad: loadEvent, afterUnlock: done - pressed };
}

/**
 * Cold starts of several targets in turn (a, b, a, b…), so that on a shared machine a burst of load
 * falls on the subject and its baseline alike. The first start of each is discarded.
 */
export async function timeStarts(targets: readonly StartTarget[], runs: number): Promise<StartTimings[]> {
  const samples = targets.map(() => ({
    toUnlock: [] as number[],
    toLoad: [] as number[],
    afterUnlock: [] as number[],
  }));
  for (let i = 0; i < runs + 1; i += 1) {
    for (const [index, target] of targets.entries()) {
      const sample = await startOnce(target);
      const into = samples[index];
      if (i === 0 || !into) continue;
      into.toUnlock.push(sample.toUnlock);
      into.toLoad.push(sample.toLoad);
      into.afterUnlock.push(sample.afterUnlock);
    }
  }
  return samples.map((s) => ({
    toUnlockScreen: summarise(s.toUnlock),
    toLoadEvent: summarise(s.toLoad),
    afterUnlock: summarise(s.afterUnlock),
    total: summarise(s.toUnlock.map((t, i) => t + (s.afterUnlock[i] ?? NaN))),
  }));
}
