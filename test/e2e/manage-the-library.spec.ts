/**
 * The library: shipped checklists can be viewed and exported; a new version imports alongside; broken
 * or conflicting files are refused with specific messages and change nothing; citations are searchable.
 */
import { readFileSync } from 'node:fs';
import { expect, expectNoAccessibilityViolations, test } from './fixtures';
import { setUpDevice } from './journeys';

test('view, export and import checklist templates; search citations', async ({ page, watch }) => {
  await setUpDevice(page);
  await page.getByRole('link', { name: 'Library' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Library' })).toBeVisible();
  await expectNoAccessibilityViolations(page);

  // Export the shipped DM GMP template and read the file back.
  const downloadPromise = page.waitForEvent('download');
  await page.getByRole('button', { name: /Export JSON of DM GMP.* version 1/ }).click();
  const download = await downloadPromise;
  expect(download.suggestedFilename()).toBe('dm-gmp.v1.json');
  const exported = JSON.parse(readFileSync(await download.path(), 'utf8')) as {
    version: number;
    title: string;
    sections: { items: unknown[] }[];
  };
  expect(exported.sections.reduce((n, s) => n + s.items.length, 0)).toBe(28);

  const upload = (name: string, content: string) =>
    page
      .locator('#template-file-input')
      .setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(content) });

  // Broken JSON: refused with where the problem is.
  await upload('broken.json', '{ "templateId": "dm-gmp", ');
  await page.getByRole('button', { name: 'Import template' }).click();
  await expect(page.getByRole('alert')).toContainText('broken.json');
  await expectNoAccessibilityViolations(page);

  // Same version, different content: refused, nothing changes.
  const altered = { ...exported, title: `${exported.title} (edited)` };
  await upload('dm-gmp.v1.json', JSON.stringify(altered));
  await page.getByRole('button', { name: 'Import template' }).click();
  await expect(page.getByRole('alert')).toContainText('already published with different content');

  // A new version imports alongside the shipped one.
  await upload('dm-gmp.v2.json', JSON.stringify({ ...altered, version: 2 }));
  await page.getByRole('button', { name: 'Import template' }).click();
  await expect(page.getByText(/Imported .* version 2/)).toBeVisible();
  await expect(page.getByRole('cell', { name: 'Imported' })).toBeVisible();
  await page.getByRole('link', { name: /\(edited\)/ }).click();
  await expect(page.getByText('Checklist template, version 2')).toBeVisible();
  await expectNoAccessibilityViolations(page);
  await page.getByRole('link', { name: 'Back' }).click();

  await page.getByRole('searchbox', { name: 'Search the citation library' }).fill('QPPV');
  await expect(page.locator('.app-citation').first()).toBeVisible();
  await expectNoAccessibilityViolations(page);
  expect(watch.consoleErrors).toEqual([]);
});
