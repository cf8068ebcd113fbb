/**
 * Issue 8: the desktop app's daily backups are encrypted, so restoring one on another laptop asks
 * for the passphrase the workbench had when the backup was made. The browser build writes no
 * backups, so the backup here is sealed by the same module the desktop app uses, from a package
 * exported in the browser, under a keyring made with that day's passphrase.
 */
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, expectNoAccessibilityViolations, test } from './fixtures';
import { createInspection, setUpDevice, unlockIfLocked } from './journeys';
import { createKeyring, deriveSubkey } from '../../renderer/src/security/keyring';
import { sealPackage } from '../../renderer/src/security/sealedPackage';

const BACKUP_DAY_PASSPHRASE = 'the passphrase on backup day';
const BACKUP_NAME = 'workbench-backup-20261125T090000Z.iwpkg';

async function sealAsBackup(zip: Uint8Array): Promise<Buffer> {
  const { keyring, dataKey } = await createKeyring(BACKUP_DAY_PASSPHRASE);
  const sealed = await sealPackage(zip, {
    wrappedDataKey: () => keyring.passphrase,
    deriveKey: (salt, info, use) => deriveSubkey(dataKey, salt, info, use),
  });
  return Buffer.from(sealed);
}

async function chooseBackup(page: Page, buffer: Buffer) {
  await page.goto('/#/import');
  await unlockIfLocked(page);
  await page
    .locator('#package-file-input')
    .setInputFiles({ name: BACKUP_NAME, mimeType: 'application/octet-stream', buffer });
  await page.getByRole('button', { name: 'Check package' }).click();
}

async function enterBackupPassphrase(page: Page, passphrase: string) {
  await expect(page.getByRole('heading', { level: 1, name: 'Enter the passphrase for this backup' })).toBeVisible();
  await page.getByLabel('Passphrase', { exact: true }).fill(passphrase);
  await page.getByRole('button', { name: 'Open backup' }).click();
}

test('restore an encrypted backup on another laptop with the passphrase of the day it was made', async ({
  browser,
  page,
}) => {
  test.setTimeout(120_000);
  await setUpDevice(page);
  await createInspection(page, 'INS-GMP-2026-0160');
  await page.getByRole('link', { name: 'Overview' }).click();
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export this inspection' }).click();
  const zip = readFileSync(await (await downloading).path());
  const backup = await sealAsBackup(zip);
  expect(backup.includes(Buffer.from('INS-GMP-2026-0160'))).toBe(false);

  const other = await browser.newContext();
  const laptop = await other.newPage();
  await setUpDevice(laptop, 'Sam Patel', 'SP');

  await chooseBackup(laptop, backup);
  await expect(laptop.getByText(/is an encrypted backup made on/)).toBeVisible();
  await expectNoAccessibilityViolations(laptop);
  await enterBackupPassphrase(laptop, 'correct horse battery staple');
  await expect(laptop.locator('.govuk-error-summary')).toContainText('The passphrase is not right for this backup');
  await expectNoAccessibilityViolations(laptop);

  await enterBackupPassphrase(laptop, BACKUP_DAY_PASSPHRASE);
  await expect(laptop.getByText('passed every check')).toBeVisible({ timeout: 15_000 });
  await laptop.getByRole('button', { name: 'Import' }).click();
  await expect(laptop.getByText(/new changes imported/)).toBeVisible();
  await laptop.getByRole('link', { name: 'Go to your inspections' }).click();
  await expect(laptop.getByRole('link', { name: /INS-GMP-2026-0160/ })).toBeVisible();

  // A backup changed on disk: the right passphrase opens its key, and the file is refused as changed.
  const changed = Buffer.from(backup);
  changed[changed.length - 100] = (changed[changed.length - 100] ?? 0) ^ 1;
  await chooseBackup(laptop, changed);
  await enterBackupPassphrase(laptop, BACKUP_DAY_PASSPHRASE);
  await expect(laptop.getByRole('alert')).toContainText('changed or damaged since it was written');
  await expect(laptop.getByRole('alert')).toContainText('Nothing was imported');
  await other.close();
});
