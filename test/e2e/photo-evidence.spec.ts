/**
 * An inspector photographs evidence for a finding with the laptop camera (Chromium's fake camera),
 * checks its SHA-256 against the original file it downloads, redacts part of it with the keyboard,
 * and saves the redaction as a new photo: the copy is linked to the original, and the original's hash
 * and bytes are unchanged. The gallery, photo and annotation screens pass axe. A photo whose stored
 * original is damaged on disk is flagged (SECURITY.md D7) and cannot be downloaded or copied. A
 * refused or missing camera is explained in words.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import sharp from 'sharp';
import { expect, expectNoAccessibilityViolations, test } from './fixtures';
import { addSite, createInspection, setUpDevice, unlock } from './journeys';
import { aJpeg } from '../support/photoFixtures';

async function downloadOriginal(page: Page): Promise<Buffer> {
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download original' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^photo-[0-9a-f]{16}\.jpg$/);
  return readFile((await download.path()) ?? '');
}

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');
const shownHash = (page: Page) => page.getByTestId('photo-sha256').innerText();

test('take a photo for a finding, verify its hash, and redact a copy', async ({ page, watch }) => {
  test.setTimeout(120_000);
  await setUpDevice(page);
  await createInspection(page, 'INS-GMP-2026-0201');
  await addSite(page, {
    kind: 'Control Site',
    identifier: 'CS-01',
    name: 'Northgate Control Site',
    coverage: 'Visited on site',
  });

  // Raise a finding.
  await page.getByRole('link', { name: 'Findings', exact: true }).click();
  await page.getByRole('button', { name: 'New finding' }).click();
  await page.getByLabel('Title').fill('Patient label left on the batch record');
  await page.getByRole('radio', { name: 'GMP' }).check();
  await page.getByRole('radio', { name: 'Major' }).check();
  await page.getByLabel('Statement of the deficiency').fill('A patient label was attached to batch record B-2211.');
  await page.getByRole('button', { name: 'Save finding' }).click();
  await expect(page.locator('.govuk-caption-l', { hasText: 'GMP-JS-001' })).toBeVisible();
  await expect(page.getByText('No photo evidence linked yet.')).toBeVisible();

  // Take a photo with the (fake) camera straight into the finding.
  await page.getByText('Add photo evidence').click();
  await page.getByLabel('Which site are the photos from?').selectOption({ label: 'CS-01 Northgate Control Site' });
  await page.getByRole('button', { name: 'Start camera' }).click();
  await expect(page.getByLabel('Live camera preview')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Take photo' })).toBeEnabled({ timeout: 15_000 });
  await page.getByRole('button', { name: 'Take photo' }).click();
  await expect(page.getByText('Finished: 1 of 1 photo added.')).toBeVisible({ timeout: 30_000 });
  await expect(page.locator('progress')).toHaveAttribute('aria-valuetext', '1 of 1');
  await expect(page.getByRole('row', { name: /Camera photo .*\.jpg Added/ })).toBeVisible();
  await page.getByRole('button', { name: 'Stop camera' }).click();
  await expect(page.getByLabel('Live camera preview')).toHaveCount(0);

  // The finding now shows the photo; open it.
  const findingPhotos = page.getByRole('region', { name: 'Photos' });
  await expect(findingPhotos.getByRole('img')).toHaveCount(0); // thumbnails are decorative inside their link
  const photoLink = findingPhotos.getByRole('link', { name: /^Camera photo .*\.jpg$/ });
  await expect(photoLink).toBeVisible();
  await expect(findingPhotos.getByText('CS-01. Used in GMP-JS-001')).toBeVisible();
  await photoLink.click();

  await expect(page.getByRole('heading', { level: 1, name: /Camera photo/ })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'The stored original matches its SHA-256' })).toBeVisible();
  await expect(page.getByRole('img', { name: /Photo Camera photo .* \(no caption yet\)/ })).toBeVisible();
  await expect(page.getByRole('link', { name: 'GMP-JS-001 Patient label left on the batch record' })).toBeVisible();
  const originalHash = await shownHash(page);
  expect(originalHash).toMatch(/^[0-9a-f]{64}$/);
  const originalBytes = await downloadOriginal(page);
  expect(sha256(originalBytes)).toBe(originalHash);
  const originalSize = await sharp(originalBytes).metadata();

  // Caption it.
  await page.getByLabel('Caption').fill('Batch record B-2211 with a patient label attached');
  await page.getByRole('button', { name: 'Save caption and site' }).click();
  await expect(page.getByText('Caption and site saved.')).toBeVisible();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Batch record B-2211 with a patient label attached' }),
  ).toBeVisible();
  await expectNoAccessibilityViolations(page);

  // Redact the label with the keyboard: from 20%/20% to 50%/50% of the photo.
  await page.getByRole('button', { name: 'Annotate or redact' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Annotate or redact' })).toBeVisible();
  await page.getByRole('button', { name: 'Redaction box' }).click();
  await expect(page.getByRole('button', { name: 'Redaction box' })).toHaveAttribute('aria-pressed', 'true');
  const canvas = page.getByRole('application', { name: /Drawing area/ });
  await canvas.focus();
  for (const key of [
    'Shift+ArrowLeft',
    'Shift+ArrowLeft',
    'Shift+ArrowLeft',
    'Shift+ArrowUp',
    'Shift+ArrowUp',
    'Shift+ArrowUp',
  ])
    await page.keyboard.press(key);
  await page.keyboard.press('Enter');
  for (const key of [
    'Shift+ArrowRight',
    'Shift+ArrowRight',
    'Shift+ArrowRight',
    'Shift+ArrowDown',
    'Shift+ArrowDown',
    'Shift+ArrowDown',
  ])
    await page.keyboard.press(key);
  await page.keyboard.press('Enter');
  const drawn = page.getByRole('list', { name: 'Annotations' });
  await expect(drawn).toContainText(
    'Redaction box (solid black), 30% wide and 30% high, with its top left corner 20% from the left, 20% from the top',
  );

  // And an arrow with the mouse, then undo it.
  await page.getByRole('button', { name: 'Arrow' }).click();
  const box = await canvas.boundingBox();
  if (!box) throw new Error('no canvas');
  await page.mouse.move(box.x + box.width * 0.8, box.y + box.height * 0.8);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width * 0.6, box.y + box.height * 0.6, { steps: 5 });
  await page.mouse.up();
  await expect(drawn.getByRole('listitem')).toHaveCount(2);
  await expect(drawn).toContainText(
    'Arrow from 80% from the left, 80% from the top to 60% from the left, 60% from the top',
  );
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(drawn.getByRole('listitem')).toHaveCount(1);
  await expectNoAccessibilityViolations(page);

  await page.getByLabel('Caption for the new copy').fill('Batch record B-2211, patient label redacted');
  await page.getByRole('checkbox', { name: 'Also use the new copy in GMP-JS-001' }).check();
  await page.getByRole('button', { name: 'Save as a new photo' }).click();

  // The copy: a new photo with its own hash, made from the original at full resolution.
  await expect(
    page.getByRole('heading', { level: 1, name: 'Batch record B-2211, patient label redacted' }),
  ).toBeVisible({
    timeout: 30_000,
  });
  await expect(page.locator('.govuk-caption-l', { hasText: 'Annotated copy' })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'The stored original matches its SHA-256' })).toBeVisible();
  const copyHash = await shownHash(page);
  expect(copyHash).not.toBe(originalHash);
  const copyBytes = await downloadOriginal(page);
  expect(sha256(copyBytes)).toBe(copyHash);
  const { data, info } = await sharp(copyBytes).raw().toBuffer({ resolveWithObject: true });
  expect([info.width, info.height]).toEqual([originalSize.width, originalSize.height]);
  const pixel = (fx: number, fy: number) => {
    const offset = (Math.floor(fy * info.height) * info.width + Math.floor(fx * info.width)) * info.channels;
    return [data[offset], data[offset + 1], data[offset + 2]];
  };
  for (const [fx, fy] of [
    [0.25, 0.25],
    [0.35, 0.4],
    [0.45, 0.45],
  ] as const)
    for (const channel of pixel(fx, fy)) expect(channel).toBeLessThan(16);
  await expect(page.getByRole('link', { name: 'GMP-JS-001 Patient label left on the batch record' })).toBeVisible();
  await expectNoAccessibilityViolations(page);

  // The original is unchanged and lists its copy.
  await page.getByRole('link', { name: 'Batch record B-2211 with a patient label attached' }).click();
  await expect(page.locator('.govuk-caption-l', { hasText: /^Photo$/ })).toBeVisible();
  expect(await shownHash(page)).toBe(originalHash);
  expect(sha256(await downloadOriginal(page))).toBe(originalHash);
  await expect(page.getByRole('link', { name: 'Batch record B-2211, patient label redacted' })).toBeVisible();

  // The gallery shows both and filters them.
  await page.getByRole('link', { name: 'Photos', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Photos' })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: '2 photos' })).toBeVisible();
  await page.getByLabel('Kind').selectOption('annotated');
  await expect(page.getByText('1 of 2 photos match the filters')).toBeVisible();
  await expect(page.locator('.app-photo-grid__item')).toHaveCount(1);
  await expect(page.locator('.app-photo-grid__item')).toContainText('Annotated copy');
  await expectNoAccessibilityViolations(page);

  // The finding lists both photos.
  await page.getByRole('link', { name: 'Findings', exact: true }).click();
  await page.getByRole('link', { name: 'GMP-JS-001' }).click();
  await expect(page.getByRole('region', { name: 'Photos' }).locator('.app-photo-grid__item')).toHaveCount(2);
  expect(watch.consoleErrors).toEqual([]);
});

test('a photo whose stored original was altered on disk is flagged, and nothing is made from it', async ({
  page,
  watch,
}) => {
  test.setTimeout(90_000);
  await setUpDevice(page);
  await createInspection(page, 'INS-GMP-2026-0202');
  await page.getByRole('link', { name: 'Photos', exact: true }).click();
  await page
    .locator('input[type="file"]')
    .setInputFiles([{ name: 'fridge-log.jpg', mimeType: 'image/jpeg', buffer: Buffer.from(await aJpeg(640, 480)) }]);
  await expect(page.getByText('Finished: 1 of 1 photo added.')).toBeVisible({ timeout: 30_000 });
  await page.getByRole('link', { name: 'fridge-log.jpg', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: 'The stored original matches its SHA-256' })).toBeVisible();
  const hash = await shownHash(page);

  // Damage the stored original the way a failing disk would: same key, different bytes.
  await page.evaluate(async (sha) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('inspection-workbench');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(new Error('open failed'));
    });
    const store = db.transaction('blobs', 'readwrite').objectStore('blobs');
    const row = await new Promise<{ body: Blob | { blob: Blob } }>((resolve) => {
      const get = store.get(sha);
      get.onsuccess = () => resolve(get.result as { body: Blob | { blob: Blob } });
    });
    // Encrypted at rest, the stored body holds the sealed bytes as a Blob beside their IV.
    const sealed = row.body instanceof Blob ? null : row.body;
    const bytes = new Uint8Array(await (sealed ? sealed.blob : (row.body as Blob)).arrayBuffer());
    bytes[bytes.length - 100] = (bytes[bytes.length - 100] ?? 0) ^ 0xff;
    await new Promise<void>((resolve) => {
      const put = db
        .transaction('blobs', 'readwrite')
        .objectStore('blobs')
        .put({ ...row, body: sealed ? { ...sealed, blob: new Blob([bytes]) } : new Blob([bytes]) });
      put.onsuccess = () => resolve();
    });
    db.close();
  }, hash);

  await page.reload();
  await unlock(page);
  await expect(page.getByRole('alert')).toContainText('This photo’s stored bytes no longer match its hash.');
  let downloads = 0;
  page.on('download', () => (downloads += 1));
  await page.getByRole('button', { name: 'Download original' }).click();
  await expect(page.locator('p.govuk-error-message')).toContainText(
    'This photo’s stored bytes no longer match its hash.',
  );
  expect(downloads).toBe(0);
  await page.getByRole('button', { name: 'Annotate or redact' }).click();
  await page.getByRole('application').focus();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Shift+ArrowRight');
  await page.keyboard.press('Shift+ArrowDown');
  await page.keyboard.press('Enter');
  await page.getByRole('button', { name: 'Save as a new photo' }).click();
  await expect(page.locator('#annotation-error')).toContainText('no longer match its hash');
  expect(watch.consoleErrors).toEqual([]);
});

test('a refused or missing camera is explained, and importing still works', async ({ page, watch }) => {
  await page.addInitScript(() => {
    let calls = 0;
    navigator.mediaDevices.getUserMedia = () => {
      calls += 1;
      const name = calls === 1 ? 'NotAllowedError' : 'NotFoundError';
      return Promise.reject(new DOMException('refused', name));
    };
  });
  await setUpDevice(page);
  await createInspection(page, 'INS-GMP-2026-0203');
  await page.getByRole('link', { name: 'Photos', exact: true }).click();
  await page.getByRole('button', { name: 'Start camera' }).click();
  await expect(page.getByRole('alert')).toContainText('Camera access was refused.');
  await page.getByRole('button', { name: 'Start camera' }).click();
  await expect(page.getByRole('alert')).toContainText('No camera was found on this computer.');
  await expect(page.getByRole('button', { name: 'Choose photos' })).toBeEnabled();
  await expectNoAccessibilityViolations(page);
  expect(watch.consoleErrors).toEqual([]);
});
