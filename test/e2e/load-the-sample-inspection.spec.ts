/**
 * A first run is never empty: the sample DM inspection loads from the home screen with its network,
 * checklist answers, findings, photos and opening meeting, and its overview shows the findings at a
 * glance. Every screen of the sample passes axe.
 */
import { expect, expectNoAccessibilityViolations, test } from './fixtures';
import { setUpDevice, unlockIfLocked } from './journeys';

test('load the sample inspection and look around it', async ({ page, watch }) => {
  // Two passphrase derivations (PBKDF2, 600,000 iterations) on top of axe on every section.
  test.setTimeout(120_000);
  await setUpDevice(page);
  await page.getByRole('button', { name: 'Load the sample inspection' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'SAMPLE-DM-2026-001' })).toBeVisible({ timeout: 30_000 });
  await expect(page.getByRole('heading', { name: 'Findings at a glance (4)' })).toBeVisible();
  await expect(page.getByRole('link', { name: /Major\s*2 findings/ })).toBeVisible();
  await expect(page.getByRole('cell', { name: 'POC-003' })).toBeVisible();
  await expectNoAccessibilityViolations(page);

  for (const section of ['Plan', 'Checklists', 'Findings', 'Documents', 'People and meetings', 'Audit trail']) {
    await page.getByRole('link', { name: section, exact: true }).click();
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expectNoAccessibilityViolations(page);
  }
  await page.getByRole('link', { name: 'Checklists', exact: true }).click();
  await expect(page.getByText(/Version 1\. 6 of 28 items answered/)).toBeVisible();

  await page.goto('/');
  await unlockIfLocked(page);
  await expect(page.getByRole('heading', { level: 1, name: 'Inspections' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Load the sample inspection' })).toHaveCount(0);
  expect(watch.consoleErrors).toEqual([]);
});

test('a bar of the findings chart opens the register filtered to it', async ({ page }) => {
  await setUpDevice(page);
  await page.getByRole('button', { name: 'Load the sample inspection' }).click();
  await expect(page.getByRole('heading', { name: 'Findings at a glance (4)' })).toBeVisible({ timeout: 30_000 });
  await page.getByRole('link', { name: /^PV\s*2 findings/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Findings' })).toBeVisible();
  await expect(page.getByText(/Showing 2 of 4 findings/)).toBeVisible();
});
