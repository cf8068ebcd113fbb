/** Steps that many journeys share, written the way an inspector does them. */
import { expect, type Page } from '@playwright/test';
import { expectNoAccessibilityViolations } from './fixtures';

/** The passphrase every journey protects its device's data with. */
export const PASSPHRASE = 'correct horse battery staple';

export async function setUpDevice(page: Page, name = 'Jo Smith', initials = 'JS'): Promise<void> {
  await page.goto('/');
  await createPassphrase(page);
  await fillDeviceSetup(page, name, initials);
}

/** First run: the passphrase that encrypts this device's data. */
export async function createPassphrase(page: Page, passphrase = PASSPHRASE): Promise<void> {
  await expect(page.getByRole('heading', { level: 1, name: 'Create a passphrase' })).toBeVisible();
  await page.getByLabel('Passphrase', { exact: true }).fill(passphrase);
  await page.getByLabel('Confirm passphrase').fill(passphrase);
  await page.getByRole('button', { name: 'Create passphrase' }).click();
}

/** After a reload or a lock: unlock with the passphrase and wait for the screen behind it. */
export async function unlock(page: Page, passphrase = PASSPHRASE): Promise<void> {
  await expect(page.getByRole('heading', { level: 1, name: 'Inspection Workbench is locked' })).toBeVisible();
  await page.getByLabel('Passphrase', { exact: true }).fill(passphrase);
  await page.getByRole('button', { name: 'Unlock', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Inspection Workbench is locked' })).toHaveCount(0, {
    timeout: 15_000,
  });
}

/** A page load that may or may not have reloaded the app (a hash-only navigation does not). */
export async function unlockIfLocked(page: Page): Promise<void> {
  await expect(page.locator('h1')).toBeVisible();
  if (await page.getByRole('heading', { level: 1, name: 'Inspection Workbench is locked' }).isVisible())
    await unlock(page);
}

export async function fillDeviceSetup(page: Page, name = 'Jo Smith', initials = 'JS'): Promise<void> {
  await expect(page.getByRole('heading', { level: 1, name: 'Set up this device' })).toBeVisible({ timeout: 15_000 });
  await page.getByLabel('Your name').fill(name);
  await page.getByLabel('Initials').fill(initials);
  await page.getByRole('radio', { name: 'Lead inspector' }).check();
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Inspections' })).toBeVisible();
}

export async function fillDate(page: Page, legend: string, iso: string): Promise<void> {
  const [year, month, day] = iso.split('-');
  const group = page.getByRole('group', { name: legend });
  await group.getByLabel('Day').fill(String(Number(day)));
  await group.getByLabel('Month').fill(String(Number(month)));
  await group.getByLabel('Year').fill(year ?? '');
}

export async function createInspection(page: Page, reference: string, checkAccessibility = false): Promise<void> {
  await page.getByRole('button', { name: 'New inspection' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'New inspection' })).toBeVisible();
  if (checkAccessibility) await expectNoAccessibilityViolations(page);
  await page.getByLabel('Inspection reference').fill(reference);
  await page.getByLabel('Organisation inspected').fill('Northgate Cell Therapies Ltd');
  await page.getByRole('checkbox', { name: /^GMP/ }).check();
  await page.getByRole('checkbox', { name: /^PV/ }).check();
  await page.getByRole('radio', { name: 'Routine' }).check();
  await fillDate(page, 'First day of the inspection', '2026-11-23');
  await fillDate(page, 'Last day of the inspection', '2026-11-26');
  await page.getByLabel('Scope').fill('DM GMP and PV inspection of the Control Site and its point-of-care network.');
  await page.getByRole('button', { name: 'Create inspection' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Plan' })).toBeVisible();
}

export async function addSite(
  page: Page,
  site: {
    kind: 'Control Site' | 'Point-of-care site' | 'Modular unit';
    identifier: string;
    name: string;
    host?: string;
    coverage: string;
  },
): Promise<void> {
  await page.getByRole('button', { name: 'Add a site' }).click();
  await page.getByRole('radio', { name: site.kind }).check();
  await page.getByLabel('Site identifier').fill(site.identifier);
  await page.getByLabel('Site name').fill(site.name);
  if (site.host) await page.getByLabel('Host organisation').fill(site.host);
  await page.getByRole('radio', { name: site.coverage }).check();
  await page.getByRole('button', { name: 'Add site' }).click();
  await expect(page.getByRole('cell', { name: site.identifier, exact: true })).toBeVisible();
}
