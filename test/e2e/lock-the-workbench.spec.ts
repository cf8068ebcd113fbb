/**
 * Issue 8: the data on disk is encrypted and the workbench locks. A finding and a photo with known
 * content are written in a real Chromium profile, which is then closed and searched byte by byte;
 * a wrong passphrase unlocks nothing; after the idle time, or "Lock now", only the lock screen shows.
 */
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { expect, expectNoAccessibilityViolations, test } from './fixtures';
import { createInspection, PASSPHRASE, setUpDevice, unlock } from './journeys';
import { aJpeg } from '../support/photoFixtures';

const FINDING_TITLE = 'Zebrafish incubator QX-7731 ran unmonitored';
const FINDING_STATEMENT = 'Operator Ptolemy Vandersloot bypassed the alarm on the cryostore during the night shift.';

async function raiseFinding(page: Page) {
  await page.getByRole('link', { name: 'Findings', exact: true }).click();
  await page.getByRole('button', { name: 'New finding' }).click();
  await page.getByLabel('Title').fill(FINDING_TITLE);
  await page.getByRole('radio', { name: 'GMP' }).check();
  await page.getByRole('radio', { name: 'Major' }).check();
  await page.getByLabel('Statement of the deficiency').fill(FINDING_STATEMENT);
  await page.getByRole('button', { name: 'Save finding' }).click();
  await expect(page.locator('.govuk-caption-l', { hasText: 'GMP-JS-001' })).toBeVisible();
}

async function filesUnder(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { withFileTypes: true, recursive: true });
  return entries.filter((entry) => entry.isFile()).map((entry) => join(entry.parentPath, entry.name));
}

/** Which of the needles occur in any file, as UTF-8 (Latin-1 for ASCII) or UTF-16LE. */
async function occurrences(files: string[], needles: Record<string, Buffer[]>): Promise<string[]> {
  const found: string[] = [];
  for (const file of files) {
    const bytes = await readFile(file);
    for (const [name, forms] of Object.entries(needles)) {
      if (forms.some((form) => bytes.includes(form))) found.push(`${name} in ${file}`);
    }
  }
  return found;
}

const textForms = (text: string) => [Buffer.from(text, 'utf8'), Buffer.from(text, 'utf16le')];

test('the raw IndexedDB files hold none of a finding’s text or a photo’s bytes', async ({ browserName }, testInfo) => {
  expect(browserName).toBe('chromium');
  test.setTimeout(120_000);
  const profile = await mkdtemp(join(tmpdir(), 'workbench-profile-'));
  try {
    const context = await chromium.launchPersistentContext(profile, {
      baseURL: testInfo.project.use.baseURL ?? '',
      acceptDownloads: true,
    });
    const page = context.pages()[0] ?? (await context.newPage());
    await setUpDevice(page);
    await createInspection(page, 'INS-GMP-2026-0808');
    await raiseFinding(page);

    await page.getByRole('link', { name: 'Photos', exact: true }).click();
    const jpeg = Buffer.from(await aJpeg(640, 480));
    await page
      .locator('input[type="file"]')
      .setInputFiles([{ name: 'cryostore.jpg', mimeType: 'image/jpeg', buffer: jpeg }]);
    await expect(page.getByText('Finished: 1 of 1 photo added.')).toBeVisible({ timeout: 30_000 });
    await page.getByRole('link', { name: 'cryostore.jpg', exact: true }).click();
    await expect(page.getByRole('status').filter({ hasText: 'The stored original matches its SHA-256' })).toBeVisible();
    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download original' }).click();
    const stored = await readFile((await (await downloading).path()) ?? '');
    await context.close();

    const files = await filesUnder(join(profile, 'Default', 'IndexedDB'));
    expect(files.length).toBeGreaterThan(0);
    // Control: the wrapped key's parameters are stored in the clear, so the search can see clear text.
    expect(await occurrences(files, { kdf: textForms('PBKDF2-SHA256') })).not.toEqual([]);
    const middle = Math.floor(stored.length / 2);
    const hits = await occurrences(files, {
      title: textForms('QX-7731'),
      statement: textForms('Ptolemy Vandersloot'),
      reference: textForms('INS-GMP-2026-0808'),
      organisation: textForms('Northgate Cell Therapies'),
      'photo bytes (middle)': [stored.subarray(middle, middle + 32)],
      'photo bytes (start of scan)': [stored.subarray(stored.length - 64, stored.length - 32)],
    });
    expect(hits).toEqual([]);
  } finally {
    await rm(profile, { recursive: true, force: true });
  }
});

test('a wrong passphrase unlocks nothing', async ({ page }) => {
  test.setTimeout(60_000);
  await setUpDevice(page);
  await createInspection(page, 'INS-GMP-2026-0809');
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Inspection Workbench is locked' })).toBeVisible();
  await page.getByLabel('Passphrase', { exact: true }).fill(`${PASSPHRASE} and more`);
  await page.getByRole('button', { name: 'Unlock', exact: true }).click();
  await expect(page.locator('.govuk-error-summary')).toContainText('The passphrase is not right');
  await expect(page.getByRole('heading', { level: 1, name: 'Inspection Workbench is locked' })).toBeVisible();
  await expect(page.locator('body')).not.toContainText('INS-GMP-2026-0809');
  await expect(page.getByRole('button', { name: 'Lock now' })).toHaveCount(0);
  await unlock(page);
  await page.goto('/#/');
  await expect(page.getByRole('link', { name: /INS-GMP-2026-0809/ })).toBeVisible();
});

/** Whether a V8 heap snapshot of the page (taken after a full garbage collection) holds the text. */
async function heapHolds(page: Page, text: string): Promise<boolean> {
  const cdp = await page.context().newCDPSession(page);
  const chunks: string[] = [];
  cdp.on('HeapProfiler.addHeapSnapshotChunk', ({ chunk }) => chunks.push(chunk));
  await cdp.send('HeapProfiler.enable');
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
  await cdp.detach();
  return chunks.join('').includes(text);
}

/** What script in the locked page can read of the findings without the key: sealed bodies only. */
async function findingBodiesReadableByThePage(page: Page): Promise<string[]> {
  return page.evaluate(
    () =>
      new Promise<string[]>((resolve, reject) => {
        const opening = indexedDB.open('inspection-workbench');
        opening.onerror = () => reject(new Error(String(opening.error)));
        opening.onsuccess = () => {
          const db = opening.result;
          const reading = db.transaction('findings').objectStore('findings').getAll();
          reading.onsuccess = () => {
            db.close();
            resolve((reading.result as { body: unknown }[]).map((row) => JSON.stringify(row.body)));
          };
        };
      }),
  );
}

test('after the idle time the page starts again locked: nothing readable on screen, in memory or through the page', async ({
  page,
}) => {
  test.setTimeout(90_000);
  await page.clock.install();
  await setUpDevice(page);
  await createInspection(page, 'INS-GMP-2026-0810');
  await raiseFinding(page);
  await expect(page.locator('body')).toContainText('Ptolemy Vandersloot');
  expect(await heapHolds(page, 'Ptolemy Vandersloot')).toBe(true);
  // A mark on this document: a reload gives the page a new window object without it.
  await page.evaluate(() => Object.assign(window, { documentBeforeLock: true }));

  await page.clock.fastForward('16:00');
  await expect(page.getByRole('heading', { level: 1, name: 'Inspection Workbench is locked' })).toBeVisible();
  await expect.poll(() => page.evaluate(() => 'documentBeforeLock' in window)).toBe(false);
  await expect(page.getByRole('heading', { level: 1, name: 'Inspection Workbench is locked' })).toBeVisible();
  await expect(page.locator('body')).not.toContainText('INS-GMP-2026-0810');
  await expect(page.locator('body')).not.toContainText('Northgate');
  await expect(page.locator('body')).not.toContainText('Vandersloot');
  expect(await page.title()).not.toContain('INS-GMP-2026-0810');
  expect(await heapHolds(page, 'Ptolemy Vandersloot')).toBe(false);
  const bodies = await findingBodiesReadableByThePage(page);
  expect(bodies).toHaveLength(1);
  expect(bodies[0]).toContain('aes-256-gcm/1');
  expect(bodies[0]).not.toContain('Vandersloot');
  await expectNoAccessibilityViolations(page);

  // Unlocking returns to the finding the inspector was on, saved as it was.
  await unlock(page);
  await expect(page.locator('.govuk-caption-l', { hasText: 'GMP-JS-001' })).toBeVisible();
  await expect(page.locator('body')).toContainText('Ptolemy Vandersloot');
});

test('"Lock now" starts the page again locked', async ({ page }) => {
  test.setTimeout(60_000);
  await setUpDevice(page);
  await createInspection(page, 'INS-GMP-2026-0811');
  await page.evaluate(() => Object.assign(window, { documentBeforeLock: true }));
  await page.getByRole('button', { name: 'Lock now' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Inspection Workbench is locked' })).toBeVisible();
  await expect.poll(() => page.evaluate(() => 'documentBeforeLock' in window)).toBe(false);
  await expect(page.locator('body')).not.toContainText('INS-GMP-2026-0811');
  await unlock(page);
  await expect(page.locator('body')).toContainText('INS-GMP-2026-0811');
});
