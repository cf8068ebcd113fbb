/**
 * SECURITY.md fault test 9 in the browser: a batch of hostile files (a 1 KB PNG declaring 50,000 x
 * 50,000 pixels, script dressed as a JPEG and as a PNG, a truncated JPEG, an empty file, a TIFF, an
 * executable with a right-to-left override in its name) imported together with two good photos, then
 * a 300 MB file. Each bad file gets its own reason, the good photos are kept, names are shown as
 * plain text without control characters, no script runs, and the screens pass axe.
 */
import { mkdtemp, open, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cspViolations, expect, expectNoAccessibilityViolations, test } from './fixtures';
import { createInspection, setUpDevice } from './journeys';
import { aJpeg, aPng, AWKWARD_NAMES, hostilePhotoFiles } from '../support/photoFixtures';

const expectedReasons: Record<string, RegExp> = {
  'bomb.png': /It declares 50000 x 50000 pixels \(2500 MP\); the limit is 50 MP\./,
  'label.jpg': /It looks like an SVG drawing/,
  'page.png': /It looks like a web page \(HTML text\)/,
  'truncated.jpg': /The JPEG file is cut short/,
  'empty.jpg': /The file is empty \(0 bytes\)\./,
  'scan.tiff': /It looks like a TIFF image/,
  'agpj.exe': /It is not a JPEG, PNG or WebP image/,
};

test('a hostile batch: every bad file refused with its own reason, the good photos kept', async ({ page, watch }) => {
  test.setTimeout(120_000);
  await setUpDevice(page);
  await createInspection(page, 'INS-GMP-2026-0666');
  await page.getByRole('link', { name: 'Photos', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Photos' })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: '0 photos' })).toBeVisible();
  await expectNoAccessibilityViolations(page);

  const hostile = await hostilePhotoFiles();
  const files = [
    { name: AWKWARD_NAMES.traversal, mimeType: 'image/jpeg', bytes: await aJpeg(1200, 900) },
    ...hostile,
    { name: AWKWARD_NAMES.long, mimeType: 'image/png', bytes: await aPng(500, 300) },
  ];
  // zod probes for eval support once at start-up (`new Function('')`), which the CSP reports as
  // "script-src eval" without running anything; the import must add no script violation of its own.
  const scriptViolations = async () => (await cspViolations(page)).filter((v) => v.startsWith('script-src'));
  const before = await scriptViolations();
  expect(before.every((v) => v === 'script-src eval')).toBe(true);

  const input = page.locator('input[type="file"]');
  await expect(input).toHaveAttribute('accept', 'image/jpeg,image/png,image/webp');
  await expect(input).toHaveAttribute('multiple', '');
  await input.setInputFiles(files.map((f) => ({ name: f.name, mimeType: f.mimeType, buffer: Buffer.from(f.bytes) })));

  await expect(
    page.getByText(`Finished: 2 of ${files.length} photos added, ${files.length - 2} not added.`),
  ).toBeVisible({
    timeout: 60_000,
  });
  const rows = page.getByRole('table', { name: 'What happened to each file' }).locator('tbody tr');
  await expect(rows).toHaveCount(files.length);
  for (const [name, reason] of Object.entries(expectedReasons)) {
    const row = rows.filter({ hasText: name });
    await expect(row).toHaveCount(1);
    await expect(row).toContainText('Not added');
    await expect(row).toContainText(reason);
  }
  await expect(rows.filter({ hasText: '../../x.jpg' })).toContainText('Added');
  // The long name is capped at 120 characters, keeping its end; the override character is gone.
  const longRow = rows.filter({ hasText: '….jpg' }).or(rows.filter({ hasText: /a…a+\.jpg/ }));
  await expect(longRow).toContainText('Added');
  const shownNames = await rows.locator('td:first-child').allInnerTexts();
  expect(shownNames.every((name) => !/[\u202a-\u202e\u2066-\u2069]/u.test(name))).toBe(true);
  expect(Math.max(...shownNames.map((name) => Array.from(name).length))).toBeLessThanOrEqual(120);

  // A 300 MB file (sparse on disk) and a good photo, by path: the big one is refused by its size alone.
  const folder = await mkdtemp(join(tmpdir(), 'hostile-photos-'));
  try {
    const huge = join(folder, 'huge.jpg');
    const handle = await open(huge, 'w');
    await handle.truncate(300 * 1024 * 1024);
    await handle.close();
    const good = join(folder, 'fridge.jpg');
    await writeFile(good, await aJpeg(800, 600));
    await input.setInputFiles([huge, good]);
    await expect(page.getByText('Finished: 1 of 2 photos added, 1 not added.')).toBeVisible({ timeout: 60_000 });
    await expect(rows.filter({ hasText: 'huge.jpg' })).toContainText('300 MB is over the 64 MB limit for one photo.');
  } finally {
    await rm(folder, { recursive: true, force: true });
  }

  // Only the good photos are in the gallery; no script from any file ran.
  await expect(page.getByRole('status').filter({ hasText: '3 photos' })).toBeVisible();
  await expect(page.locator('.app-photo-grid__item')).toHaveCount(3);
  const ran = await page.evaluate(() => {
    const w = window as unknown as { __svgRan?: unknown; __htmlRan?: unknown };
    return { svg: w.__svgRan ?? null, html: w.__htmlRan ?? null };
  });
  expect(ran).toEqual({ svg: null, html: null });
  expect(await scriptViolations()).toEqual(before);
  await expectNoAccessibilityViolations(page);

  // A kept photo's page shows its name as text, verified, and passes axe.
  await page.getByRole('link', { name: '../../x.jpg' }).click();
  await expect(page.getByRole('heading', { level: 1, name: '../../x.jpg' })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'The stored original matches its SHA-256' })).toBeVisible();
  await expect(page.getByTestId('photo-sha256')).toHaveText(/^[0-9a-f]{64}$/);
  await expectNoAccessibilityViolations(page);
  expect(watch.consoleErrors).toEqual([]);
});
