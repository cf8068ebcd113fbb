/**
 * At the closing meeting the lead inspector shows the provisional findings by grade and hands over a
 * PDF: read back with poppler, it holds every finding with its grade group, marked provisional, and
 * Unicode text comes out exactly.
 */
import { execFileSync } from 'node:child_process';
import { expect, expectNoAccessibilityViolations, test } from './fixtures';
import { setUpDevice } from './journeys';

test('present the provisional findings and hand over the PDF', async ({ page }) => {
  await setUpDevice(page);
  await page.getByRole('button', { name: 'Load the sample inspection' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'SAMPLE-DM-2026-001' })).toBeVisible({ timeout: 30_000 });
  await page.getByRole('link', { name: 'Closing meeting list' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Major (2)' })).toBeVisible();
  const headings = await page.getByRole('main').locator('section h2').allTextContents();
  expect(headings).toEqual(['Major (2)', 'Other (1)', 'Comment (ungraded) (1)']);
  await expectNoAccessibilityViolations(page);

  const downloadPromise = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download PDF to hand over' }).click();
  const download = await downloadPromise;
  const path = (await download.path());
  execFileSync('qpdf', ['--check', path]);
  const text = execFileSync('pdftotext', ['-layout', path, '-']).toString('utf8');
  expect(text).toContain('OFFICIAL-SENSITIVE');
  expect(text).toContain('Provisional findings: closing meeting');
  expect(text).toContain('Operators manufactured before authorisation by the Control Site');
  expect(text).toContain('Safety database cannot tell manufacturing sites apart');
  expect(text).toMatch(/≥ 2 sites affected/);
  expect(text).toMatch(/Page 1 of \d/);
  expect(text.indexOf('Major (2)')).toBeLessThan(text.indexOf('Other (1)'));
});
