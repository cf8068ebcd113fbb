/**
 * On site, offline: choose the DM GMP checklist, answer ten items from the keyboard, raise a finding
 * from a deficient item, record the opening meeting with an attendee; after a reload everything is
 * there and in the audit trail, and the closing meeting PDF can be made offline. Every screen on the way
 * passes axe.
 */
import { execFileSync } from 'node:child_process';
import { expect, expectNoAccessibilityViolations, test } from './fixtures';
import { addSite, createInspection, setUpDevice, unlock } from './journeys';

test('answer ten checklist items by keyboard, raise a finding, record the opening meeting', async ({
  page,
  context,
  watch,
}) => {
  await setUpDevice(page);
  await createInspection(page, 'INS-GMP-2026-0143');
  await addSite(page, {
    kind: 'Control Site',
    identifier: 'CS-01',
    name: 'Northgate Control Site',
    coverage: 'Visited on site',
  });
  await addSite(page, {
    kind: 'Point-of-care site',
    identifier: 'POC-001',
    name: 'St Elsewhere Haematology',
    coverage: 'Visited on site',
  });
  await addSite(page, {
    kind: 'Point-of-care site',
    identifier: 'POC-002',
    name: 'Leeds Day Unit',
    coverage: 'Reviewed remotely',
  });

  // Everything from here works with the network off.
  await context.setOffline(true);

  await page.getByRole('button', { name: 'Choose checklists and who covers them' }).click();
  await page.getByRole('checkbox', { name: /DM GMP/ }).check();
  await page.getByRole('combobox').first().selectOption({ label: 'Jo Smith (JS)' });
  await expectNoAccessibilityViolations(page);
  await page.getByRole('button', { name: 'Save checklists' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Checklists' })).toBeVisible();
  await expectNoAccessibilityViolations(page);

  await page.locator('.govuk-task-list__link').first().click();
  await expect(page.locator('.app-checklist-item').first()).toBeVisible();
  await expectNoAccessibilityViolations(page);

  // Answer by keyboard: focus the first item's answers, then 1/2/3/4 answer and move on.
  await page.locator('.app-checklist-item input[type="radio"]').first().focus();
  const keys = ['1', '1', '2', '1', '3', '1', '1', '4', '1', '1'];
  const sectionItems = await page.locator('.app-checklist-item').count();
  const firstSectionKeys = keys.slice(0, sectionItems);
  for (const key of firstSectionKeys) await page.keyboard.press(key);
  await expect(page.getByText(new RegExp(`^${firstSectionKeys.length} of ${sectionItems} answered`))).toBeVisible();
  let answered = firstSectionKeys.length;
  // Continue in the next sections until ten items are answered.
  let sectionIndex = 1;
  while (answered < 10) {
    await page.getByRole('link', { name: 'Back' }).click();
    await page.locator('.govuk-task-list__link').nth(sectionIndex).click();
    await page.locator('.app-checklist-item input[type="radio"]').first().focus();
    const count = await page.locator('.app-checklist-item').count();
    const batch = keys.slice(answered, Math.min(10, answered + count));
    for (const key of batch) await page.keyboard.press(key);
    answered += batch.length;
    sectionIndex += 1;
  }
  await page.getByRole('link', { name: 'Back' }).click();
  await expect(page.getByText('Version 1. 10 of')).toBeVisible();

  // Raise a finding from the deficient item (the third answered, in the first section).
  await page.locator('.govuk-task-list__link').first().click();
  await page.getByRole('link', { name: 'deficiencies' }).click();
  const deficient = page.locator('.app-checklist-item').first();
  await deficient.getByRole('checkbox', { name: /POC-001/ }).check();
  await deficient.getByRole('button', { name: /Raise finding/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'New finding' })).toBeVisible();
  await expect(page.getByLabel('Regulatory references')).not.toHaveValue('');
  await expect(page.getByLabel('Site')).toHaveValue(/.+/);
  await page.getByRole('radio', { name: 'Major' }).check();
  await page
    .getByLabel('Statement of the deficiency')
    .fill('Operators at POC-001 manufactured two batches before the Control Site authorised them.');
  await expectNoAccessibilityViolations(page);
  await page.getByRole('button', { name: 'Save finding' }).click();
  await expect(page.locator('.govuk-caption-l', { hasText: 'GMP-JS-001' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).not.toHaveText('New finding');

  // Record the opening meeting with a person met.
  await page.getByRole('link', { name: 'People and meetings' }).click();
  await page.getByRole('button', { name: 'Add a person met' }).click();
  await page.getByLabel('Name').fill('Dr Ana Kowalczyk');
  await page.getByLabel('Job title').fill('Head of Quality');
  await page.getByLabel('Regulatory role').fill('QP');
  await page.getByRole('button', { name: 'Add person' }).click();
  await page.getByRole('button', { name: 'Record the opening meeting' }).click();
  await expect(page.getByRole('radio', { name: 'Opening meeting' })).toBeChecked();
  await page.getByRole('checkbox', { name: 'Dr Ana Kowalczyk' }).check();
  await page.getByLabel('Notes').fill('Scope, agenda and logistics agreed. Company presented its DM network.');
  await expectNoAccessibilityViolations(page);
  await page.getByRole('button', { name: 'Save meeting' }).click();
  await expect(page.getByRole('link', { name: 'Opening meeting' })).toBeVisible();
  await expectNoAccessibilityViolations(page);

  // Still offline, the closing meeting PDF: its renderer (jsPDF and the fonts) was loaded after unlocking.
  await page.getByRole('link', { name: 'Closing meeting list' }).click();
  const downloadPromise = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download PDF to hand over' }).click();
  const pdf = await (await downloadPromise).path();
  expect(execFileSync('pdftotext', ['-layout', pdf, '-']).toString('utf8')).toContain('Provisional findings: closing meeting');
  await page.getByRole('link', { name: 'People and meetings' }).click();
  await expect(page.getByRole('link', { name: 'Opening meeting' })).toBeVisible();

  // The browser build's files come from the preview server, so the reload itself needs it; the desktop
  // app loads from app:// and needs no network at all.
  await context.setOffline(false);
  await page.reload();
  await unlock(page);
  await expect(page.getByRole('link', { name: 'Opening meeting' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Dr Ana Kowalczyk' })).toBeVisible();
  await page.getByRole('link', { name: 'Checklists', exact: true }).click();
  await expect(page.getByText('Version 1. 10 of')).toBeVisible();
  await page.getByRole('link', { name: 'Audit trail' }).click();
  await expect(page.getByText(/^Checklist answer created/)).toHaveCount(10);
  await expect(page.getByText(/^Finding created: GMP-JS-001/)).toBeVisible();
  await expect(page.getByText(/^Meeting created/)).toBeVisible();
  await expectNoAccessibilityViolations(page);
  expect(watch.consoleErrors).toEqual([]);
});
