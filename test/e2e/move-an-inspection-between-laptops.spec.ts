/**
 * Packages: an inspection exported on one laptop and imported into an empty profile arrives with the
 * same records and the same audit trail; a tampered package and a path-traversal package are refused
 * with specific messages and change nothing. Data survives a reload.
 */
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, expectNoAccessibilityViolations, test } from './fixtures';
import { addSite, createInspection, setUpDevice, unlock, unlockIfLocked } from './journeys';
import { aJpeg } from '../support/photoFixtures';
import { rewritePackage } from './support/zipTools';

async function auditTrailText(page: Page): Promise<string[]> {
  await page.getByRole('link', { name: 'Audit trail' }).click();
  await expect(page.locator('.moj-timeline__item').first()).toBeVisible();
  return page.locator('.moj-timeline__item').evaluateAll((items) => items.map((item) => item.textContent ?? ''));
}

async function importFile(page: Page, name: string, buffer: Buffer) {
  await page.goto('/#/import');
  await unlockIfLocked(page);
  await page.locator('#package-file-input').setInputFiles({ name, mimeType: 'application/zip', buffer });
  await page.getByRole('button', { name: 'Check package' }).click();
}

test('export an inspection and import it into an empty profile; refuse altered packages', async ({ browser, page }) => {
  await setUpDevice(page);
  await createInspection(page, 'INS-GMP-2026-0150');
  await addSite(page, {
    kind: 'Control Site',
    identifier: 'CS-01',
    name: 'Northgate Control Site',
    coverage: 'Visited on site',
  });
  await page.getByRole('link', { name: 'Findings', exact: true }).click();
  await page.getByRole('button', { name: 'New finding' }).click();
  await page.getByLabel('Title').fill('Chain of identity not verified at bedside');
  await page.getByRole('radio', { name: 'GMP' }).check();
  await page.getByRole('radio', { name: 'Critical' }).check();
  await page
    .getByLabel('Statement of the deficiency')
    .fill('Labels for patient Łódź-17 were not checked by a second person (µ ≥ 2).');
  await page.getByRole('button', { name: 'Save finding' }).click();
  await expect(page.locator('.govuk-caption-l', { hasText: 'GMP-JS-001' })).toBeVisible();
  const findingUrl = page.url();

  const photoBytes = Buffer.from(await aJpeg(800, 600));
  await page.getByRole('link', { name: 'Photos', exact: true }).click();
  await page
    .locator('input[type="file"]')
    .setInputFiles([{ name: 'bag-label.jpg', mimeType: 'image/jpeg', buffer: photoBytes }]);
  await expect(page.getByText('Finished: 1 of 1 photo added.')).toBeVisible({ timeout: 30_000 });

  // Data and photos survive a reload.
  await page.goto(findingUrl);
  await page.reload();
  await unlock(page);
  await expect(
    page.getByRole('heading', { level: 1, name: 'Chain of identity not verified at bedside' }),
  ).toBeVisible();
  await page.getByRole('link', { name: 'Photos', exact: true }).click();
  await expect(page.getByRole('link', { name: 'bag-label.jpg', exact: true })).toBeVisible();
  const originalTrail = await auditTrailText(page);

  await page.getByRole('link', { name: 'Overview' }).click();
  const downloadPromise = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export this inspection' }).click();
  const download = await downloadPromise;
  await expect(page.getByText(/^Saved inspection-/)).toBeVisible();
  const packageBytes = readFileSync(await download.path());

  // A second laptop: a fresh browser profile.
  const other = await browser.newContext();
  const laptop = await other.newPage();
  await setUpDevice(laptop, 'Sam Patel', 'SP');

  await importFile(laptop, 'tampered.zip', rewritePackage(packageBytes, 'tamper', 'changes.json'));
  await expect(laptop.getByRole('alert')).toContainText('changes.json does not match the SHA-256 in its manifest');
  await expectNoAccessibilityViolations(laptop);

  await importFile(laptop, 'traversal.zip', rewritePackage(packageBytes, 'add', '../../evil'));
  await expect(laptop.getByRole('alert')).toContainText('a path outside its folder: ../../evil');

  await laptop.goto('/');
  await unlockIfLocked(laptop);
  await expect(laptop.getByText('No inspections on this device yet')).toBeVisible();

  await importFile(laptop, download.suggestedFilename(), packageBytes);
  await expect(laptop.getByText('passed every check')).toBeVisible();
  await expectNoAccessibilityViolations(laptop);
  await laptop.getByRole('button', { name: 'Import' }).click();
  await expect(laptop.getByText(/new changes imported/)).toBeVisible();
  await laptop.getByRole('link', { name: 'Go to your inspections' }).click();
  await laptop.getByRole('link', { name: 'INS-GMP-2026-0150' }).click();
  expect(await auditTrailText(laptop)).toEqual(originalTrail);
  await laptop.getByRole('link', { name: 'Photos', exact: true }).click();
  await laptop.getByRole('link', { name: 'bag-label.jpg', exact: true }).click();
  const downloading = laptop.waitForEvent('download');
  await laptop.getByRole('button', { name: 'Download original' }).click();
  const original = readFileSync(await (await downloading).path());
  expect(original.equals(photoBytes)).toBe(true);
  await laptop.getByRole('link', { name: 'Audit trail' }).click();
  await laptop.getByRole('button', { name: 'Check the audit trail has not been altered' }).click();
  await expect(laptop.getByRole('status')).toContainText('The audit trail is intact');

  // Importing the same package again changes nothing.
  await importFile(laptop, download.suggestedFilename(), packageBytes);
  await laptop.getByRole('button', { name: 'Import' }).click();
  await expect(laptop.getByText(/^0 new changes imported/)).toBeVisible();
  await other.close();
});
