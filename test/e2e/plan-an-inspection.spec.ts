/**
 * A new user plans a DM inspection: sets up the device, creates the inspection, adds the Control Site
 * and two POC sites, fixes a mistake, removes a site with a reason; after a reload everything is there
 * and in the audit trail. Every screen passes axe.
 */
import { expect, expectNoAccessibilityViolations, test } from './fixtures';
import { addSite, createInspection, setUpDevice, unlock } from './journeys';

test('plan an inspection of a Control Site and two POC sites', async ({ page, watch }) => {
  await setUpDevice(page);
  await createInspection(page, 'INS-GMP-2026-0142', true);
  await expectNoAccessibilityViolations(page);

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
    host: 'St Elsewhere NHS Trust',
    coverage: 'Visited on site',
  });
  await addSite(page, {
    kind: 'Point-of-care site',
    identifier: 'POC-002',
    name: 'Łódź Road Day Unit',
    host: 'Leeds Teaching Hospitals',
    coverage: 'Reviewed remotely',
  });

  // Validation: the site form explains what is missing, with an error summary that links to the field.
  await page.getByRole('button', { name: 'Add a site' }).click();
  await page.getByRole('button', { name: 'Add site' }).click();
  const summary = page.getByRole('alert');
  await expect(summary).toContainText('Select what kind of site this is');
  await expectNoAccessibilityViolations(page);
  await page.getByRole('link', { name: 'Back' }).click();

  // Remove one site: a reason is required and kept.
  await page.getByRole('link', { name: 'Remove POC-002' }).click();
  await page.getByRole('button', { name: 'Remove site' }).click();
  await expect(page.getByRole('alert')).toContainText('Enter why you are removing this site');
  await page.getByLabel('Why are you removing it?').fill('Unit closed before the inspection');
  await page.getByRole('button', { name: 'Remove site' }).click();
  await expect(page.getByRole('cell', { name: 'POC-002', exact: true })).toHaveCount(0);

  await page.reload();
  await unlock(page);
  await expect(page.getByRole('cell', { name: 'POC-001', exact: true })).toBeVisible();
  await page.getByRole('link', { name: 'Audit trail' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Audit trail' })).toBeVisible();
  await expect(page.getByText('Site deleted: POC-002 Łódź Road Day Unit')).toBeVisible();
  await expect(page.getByText('Reason: Unit closed before the inspection')).toBeVisible();
  await page.getByRole('button', { name: 'Check the audit trail has not been altered' }).click();
  await expect(page.getByRole('status')).toContainText('The audit trail is intact');
  await expectNoAccessibilityViolations(page);
  expect(watch.consoleErrors).toEqual([]);
});
