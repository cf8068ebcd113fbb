/**
 * Back at base, two inspectors of one team sync through the agency gateway (running on loopback on
 * embedded PGlite, test/e2e/support/e2eGateway.ts), each in their own browser profile: the lead sets
 * up the assigned inspection and raises a finding; the colleague receives it. Both change its
 * statement offline, then sync: both laptops show the conflict with both versions kept. The colleague
 * resolves it with a merged text and a reason; after the lead syncs, the conflict is gone there too and
 * the deficiency list PDF (read back with pdftotext) carries the resolved text. Sync and conflict
 * screens pass axe; no CSP violation.
 */
import { execFileSync } from 'node:child_process';
import type { Browser, Page } from '@playwright/test';
import { cspViolations, expect as baseExpect, expectNoAccessibilityViolations, recordCspViolations, test } from './fixtures';
import { fillDate, setUpDevice } from './journeys';
import { E2E_GATEWAY_URL, E2E_TEAM } from './support/e2eTeam';

const expect = baseExpect.configure({ timeout: 20_000 });
const [LEAD, COLLEAGUE] = E2E_TEAM.members;

async function laptop(browser: Browser, name: string, initials: string): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await recordCspViolations(page);
  await setUpDevice(page, name, initials);
  return page;
}

async function signIn(page: Page, username: string, password: string, checkAccessibility = false): Promise<void> {
  await page.getByRole('link', { name: 'Sync', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Sync with the agency' })).toBeVisible();
  if (checkAccessibility) await expectNoAccessibilityViolations(page);
  await page.getByLabel('Gateway address').fill(E2E_GATEWAY_URL);
  await page.getByLabel('Username').fill(username);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByText('Up to date')).toBeVisible();
}

async function syncNow(page: Page): Promise<void> {
  await page.getByRole('link', { name: 'Sync', exact: true }).click();
  await page.getByRole('button', { name: 'Sync now' }).click();
  await expect(page.getByRole('button', { name: 'Sync now' })).toBeEnabled();
  await expect(page.getByText('Up to date')).toBeVisible();
}

async function changeStatement(page: Page, text: string): Promise<void> {
  await page.getByRole('link', { name: 'Inspections', exact: true }).click();
  await page.getByRole('link', { name: E2E_TEAM.reference }).click();
  await page.getByRole('link', { name: 'Findings', exact: true }).click();
  await page.getByRole('link', { name: 'GMP-AM-001' }).click();
  await page.getByRole('button', { name: 'Change finding' }).click();
  await page.getByLabel('Statement of the deficiency').fill(text);
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Gowning before grade B entry' })).toBeVisible();
}

test('two inspectors edit one finding offline, sync, see the conflict, resolve it, and the report shows the resolution', async ({ browser }) => {
  test.setTimeout(240_000);
  if (!LEAD || !COLLEAGUE) throw new Error('The e2e team needs two people.');
  const lead = await laptop(browser, 'Alex Morgan', 'AM');
  await signIn(lead, LEAD.account.username, LEAD.password, true);
  await expectNoAccessibilityViolations(lead);

  // The lead sets up the assigned inspection on their laptop and raises a finding.
  await lead.getByRole('link', { name: `Set up on this laptop (${E2E_TEAM.reference})` }).click();
  await expect(lead.getByLabel('Inspection reference')).toHaveValue(E2E_TEAM.reference);
  await lead.getByLabel('Organisation inspected').fill('Northgate Cell Therapies Ltd');
  await lead.getByRole('checkbox', { name: /^GMP/ }).check();
  await lead.getByRole('radio', { name: 'Routine' }).check();
  await fillDate(lead, 'First day of the inspection', '2026-11-23');
  await fillDate(lead, 'Last day of the inspection', '2026-11-26');
  await lead.getByLabel('Scope').fill('DM GMP inspection of the Control Site.');
  await lead.getByRole('button', { name: 'Create inspection' }).click();
  await expect(lead.getByRole('heading', { level: 1, name: 'Plan' })).toBeVisible();
  // The context pack received at sign-in is there beside the checklists, offline.
  await lead.getByRole('link', { name: 'Checklists', exact: true }).click();
  await lead.getByText(/What the agency knew before the visit/).click();
  await expect(lead.getByRole('cell', { name: E2E_TEAM.previousFinding.title })).toBeVisible();
  await expect(lead.getByText('CAPA overdue')).toBeVisible();
  await expectNoAccessibilityViolations(lead);
  await lead.getByRole('link', { name: 'Findings', exact: true }).click();
  await lead.getByRole('button', { name: 'New finding' }).click();
  await lead.getByLabel('Title').fill('Gowning before grade B entry');
  await lead.getByRole('radio', { name: 'GMP', exact: true }).check();
  await lead.getByRole('group', { name: /^Grade/ }).getByRole('radio', { name: 'Major', exact: true }).check();
  await lead.getByLabel('Statement of the deficiency').fill('Operators entered grade B.');
  await lead.getByRole('button', { name: 'Save finding' }).click();
  await expect(lead.getByRole('heading', { level: 1, name: 'Gowning before grade B entry' })).toBeVisible();
  await syncNow(lead);

  // The colleague's first sync brings the inspection and the finding.
  const colleague = await laptop(browser, 'Priya Shah', 'PS');
  await signIn(colleague, COLLEAGUE.account.username, COLLEAGUE.password);
  await expect(colleague.getByRole('table', { name: 'Your assigned inspections' }).getByRole('link', { name: /Open/ })).toBeVisible();

  // Both change the statement offline, from the same version.
  await changeStatement(lead, 'Two operators entered grade B without gowning qualification.');
  await changeStatement(colleague, 'One operator re-entered grade B in a used gown.');
  await syncNow(lead);
  await syncNow(colleague);
  await syncNow(lead);

  for (const page of [lead, colleague]) {
    await expect(page.getByRole('link', { name: '1 conflict to resolve' })).toBeVisible();
  }
  // The finding is flagged on the lead's laptop.
  await lead.getByRole('link', { name: 'Inspections', exact: true }).click();
  await lead.getByRole('link', { name: E2E_TEAM.reference }).click();
  await lead.getByRole('link', { name: 'Findings', exact: true }).click();
  await lead.getByRole('link', { name: 'GMP-AM-001' }).click();
  await expect(lead.getByText(/Colleagues changed this from the same version/)).toBeVisible();

  // The colleague resolves it: both versions side by side, a merged text and a reason.
  await colleague.getByRole('link', { name: '1 conflict to resolve' }).click();
  await expect(colleague.getByRole('heading', { level: 1, name: 'Conflicts to resolve' })).toBeVisible();
  await expectNoAccessibilityViolations(colleague);
  await colleague.getByRole('link', { name: /^Resolve/ }).click();
  await expect(colleague.getByRole('heading', { level: 1, name: 'Resolve the statement' })).toBeVisible();
  await expect(colleague.getByText('Two operators entered grade B without gowning qualification.').first()).toBeVisible();
  await expect(colleague.getByText('One operator re-entered grade B in a used gown.').first()).toBeVisible();
  await expectNoAccessibilityViolations(colleague);
  await colleague.getByRole('button', { name: 'Resolve conflict' }).click();
  await expect(colleague.getByRole('link', { name: 'Choose which version to keep, or write a merged version' })).toBeVisible();
  await colleague.getByRole('radio', { name: 'Write a merged version' }).check();
  await colleague.getByLabel('Merged text').fill('Two operators entered grade B unqualified; one in a used gown.');
  await colleague.getByLabel('Why did you choose this?').fill('Both observations were confirmed with the site.');
  await colleague.getByRole('button', { name: 'Resolve conflict' }).click();
  await expect(colleague.getByText('There are no conflicts to resolve.')).toBeVisible();
  await syncNow(colleague);
  await syncNow(lead);
  await expect(lead.getByText('Conflicts to resolve')).toBeVisible();
  await expect(lead.getByRole('link', { name: /conflicts? to resolve/ })).toHaveCount(0);

  // The lead's report carries the resolved text.
  await lead.getByRole('link', { name: 'Inspections', exact: true }).click();
  await lead.getByRole('link', { name: E2E_TEAM.reference }).click();
  await lead.getByRole('link', { name: 'Report', exact: true }).click();
  const [download] = await Promise.all([
    lead.waitForEvent('download'),
    lead.getByRole('button', { name: 'Download deficiencies (.pdf)' }).click(),
  ]);
  const path = await download.path();
  execFileSync('qpdf', ['--check', path]);
  const text = execFileSync('pdftotext', [path, '-']).toString('utf8').replace(/\s+/g, ' ');
  expect(text).toContain('Two operators entered grade B unqualified; one in a used gown.');

  for (const page of [lead, colleague]) expect(await cspViolations(page)).toEqual([]);
});
