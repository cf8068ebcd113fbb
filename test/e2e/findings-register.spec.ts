/**
 * An inspector works the findings register: raises three findings (one titled with a spreadsheet
 * formula), then in the register across inspections filters, searches, groups, hides and moves a
 * column, sorts, saves the view, reloads and applies it again, moves through the rows from the
 * keyboard, and exports the view as CSV. The file is read back with a real CSV parser (Python's):
 * every value intact, formula cells prefixed with a quote. axe passes on the register.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { cspViolations, expect, expectNoAccessibilityViolations, test } from './fixtures';
import { addSite, createInspection, setUpDevice, unlock } from './journeys';

interface NewFinding {
  title: string;
  discipline: 'GMP' | 'PV';
  grade: string;
  statement: string;
  evidence?: string;
  references?: string;
  site?: string;
  status?: 'Draft' | 'Presented at closing meeting' | 'Final';
}

const HYPERLINK = '=HYPERLINK("http://x","y")';
const CALC = "+cmd|' /C calc'!A0 found in an export macro";
const RTL_AND_ZERO_WIDTH = 'Łódź unit: مرحبا\u200B batch records, "incomplete"';

const FINDINGS: readonly NewFinding[] = [
  {
    title: HYPERLINK,
    discipline: 'GMP',
    grade: 'Major',
    statement: 'Operators in the Grade B area did not change gloves, contrary to "SOP-12".\nSecond line.',
    evidence: '@SUM(1) in the deviation log',
    references: 'EU GMP Annex 1 7.14',
    site: 'CS-01 Northgate Control Site',
  },
  {
    title: 'Batch records incomplete at the Łódź unit',
    discipline: 'PV',
    grade: 'Critical',
    statement: `${CALC}\n${RTL_AND_ZERO_WIDTH}`,
    site: 'POC-002 Łódź Road Day Unit',
    status: 'Final',
  },
  {
    title: '-2+3 deviations not trended',
    discipline: 'GMP',
    grade: 'Other',
    statement: 'Deviations were not trended, so repeat events went unnoticed.',
    status: 'Presented at closing meeting',
  },
];

async function raiseFinding(page: Page, finding: NewFinding): Promise<void> {
  await page.getByRole('button', { name: 'New finding' }).click();
  await page.getByLabel('Title').fill(finding.title);
  await page.getByRole('radio', { name: finding.discipline, exact: true }).check();
  await page
    .getByRole('group', { name: /^Grade/ })
    .getByRole('radio', { name: finding.grade, exact: true })
    .check();
  await page.getByLabel('Statement of the deficiency').fill(finding.statement);
  if (finding.evidence) await page.getByLabel('Evidence', { exact: true }).fill(finding.evidence);
  if (finding.references) await page.getByLabel('Regulatory references').fill(finding.references);
  if (finding.site) await page.getByLabel('Site', { exact: true }).selectOption({ label: finding.site });
  if (finding.status) await page.getByRole('radio', { name: finding.status, exact: true }).check();
  await page.getByRole('button', { name: 'Save finding' }).click();
  await expect(page.getByRole('heading', { level: 1, name: finding.title })).toBeVisible();
  await page.getByRole('link', { name: 'Findings', exact: true }).click();
}

function parseCsv(file: string): string[][] {
  const script =
    "import csv,sys,json; print(json.dumps(list(csv.reader(open(sys.argv[1], encoding='utf-8-sig', newline='')))))";
  return JSON.parse(execFileSync('python3', ['-c', script, file], { encoding: 'utf8' })) as string[][];
}

const countLine = (page: Page) => page.getByText(/^Showing [\d,]+ of [\d,]+ findings?$/);
const bodyLinks = (page: Page) => page.locator('.app-register__table tbody a');

test('work the findings register and export it as CSV', async ({ page, watch }) => {
  test.setTimeout(120_000);
  await setUpDevice(page);
  await createInspection(page, 'INS-REG-2026-0007');
  await addSite(page, {
    kind: 'Control Site',
    identifier: 'CS-01',
    name: 'Northgate Control Site',
    coverage: 'Visited on site',
  });
  await addSite(page, {
    kind: 'Point-of-care site',
    identifier: 'POC-002',
    name: 'Łódź Road Day Unit',
    host: 'Leeds Teaching Hospitals',
    coverage: 'Reviewed remotely',
  });
  await page.getByRole('link', { name: 'Findings', exact: true }).click();
  for (const finding of FINDINGS) await raiseFinding(page, finding);

  // Within the inspection: the register grouped by grade, without an inspection column.
  await expect(page.getByRole('heading', { level: 1, name: 'Findings' })).toBeVisible();
  await expect(countLine(page)).toHaveText('Showing 3 of 3 findings');
  await expect(page.getByRole('cell', { name: /^Critical \(1 finding\)$/ })).toBeVisible();
  await expect(page.getByRole('columnheader', { name: 'Inspection' })).toHaveCount(0);

  // Across inspections.
  await page.getByRole('link', { name: 'Findings register' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Findings register' })).toBeVisible();
  await expect(countLine(page)).toHaveText('Showing 3 of 3 findings');
  await expect(countLine(page)).toHaveAttribute('aria-live', 'polite');
  const table = page.getByRole('table', { name: /Findings across all inspections/ });
  await expect(table).toHaveAttribute('aria-rowcount', '4');
  await expect(page.getByRole('cell', { name: HYPERLINK, exact: true })).toBeVisible();
  await expectNoAccessibilityViolations(page);

  // Filter by grade, then remove the filter with its tag.
  await page.getByRole('group', { name: 'Grade' }).getByRole('checkbox', { name: 'Major' }).check();
  await expect(countLine(page)).toHaveText('Showing 1 of 3 findings');
  await expect(bodyLinks(page)).toHaveText(['GMP-JS-001']);
  await page.getByRole('button', { name: 'Remove this filter Major' }).click();
  await expect(countLine(page)).toHaveText('Showing 3 of 3 findings');

  // Search ignores case and accents, and covers the statement.
  await page.getByLabel('Search findings').fill('LODZ');
  await expect(countLine(page)).toHaveText('Showing 1 of 3 findings');
  await expect(bodyLinks(page)).toHaveText(['PV-JS-001']);
  await page.getByLabel('Search findings').fill('gloves');
  await expect(bodyLinks(page)).toHaveText(['GMP-JS-001']);
  await page.getByRole('button', { name: /Remove this filter ‘gloves’/ }).click();
  await expect(page.getByLabel('Search findings')).toHaveValue('');
  await expect(countLine(page)).toHaveText('Showing 3 of 3 findings');

  // Group by discipline: a header row per group, with its count.
  await page.getByLabel('Group by').selectOption({ label: 'Discipline' });
  await expect(page.getByRole('cell', { name: 'GMP (Good manufacturing practice) (2 findings)' })).toBeVisible();
  await expect(page.getByRole('cell', { name: 'PV (Pharmacovigilance) (1 finding)' })).toBeVisible();
  await expect(table).toHaveAttribute('aria-rowcount', '6');

  // Hide the statement and move the title to the front, from the Columns panel.
  await page.getByText('Columns', { exact: true }).click();
  await page.getByRole('checkbox', { name: 'Statement' }).uncheck();
  await expect(page.getByRole('columnheader', { name: 'Statement' })).toHaveCount(0);
  await page.getByRole('button', { name: 'Move up Title' }).click();
  // At the top there is no "Move up" any more, so focus goes to the title's "Move down".
  await expect(page.getByRole('button', { name: 'Move down Title' })).toBeFocused();
  await expect(page.getByRole('columnheader').first()).toHaveText('Title');

  // Sort by title, descending (the th carries aria-sort).
  const titleHeader = page.getByRole('columnheader', { name: 'Title' });
  await titleHeader.getByRole('button').click();
  await expect(titleHeader).toHaveAttribute('aria-sort', 'ascending');
  await titleHeader.getByRole('button').click();
  await expect(titleHeader).toHaveAttribute('aria-sort', 'descending');

  // Only GMP findings, then save the whole view.
  await page.getByRole('group', { name: 'Discipline' }).getByRole('checkbox', { name: 'GMP' }).check();
  await expect(countLine(page)).toHaveText('Showing 2 of 3 findings');
  await page.getByText('Saved views', { exact: true }).click();
  await page.getByLabel('Name for this view').fill('GMP by discipline');
  await page.getByRole('button', { name: 'Save view' }).click();
  await expect(page.getByText('View ‘GMP by discipline’ saved')).toBeVisible();
  await expectNoAccessibilityViolations(page);

  // After a reload the register starts afresh; applying the saved view restores all of it.
  await page.reload();
  await unlock(page);
  await expect(countLine(page)).toHaveText('Showing 3 of 3 findings');
  await expect(page.getByRole('columnheader', { name: 'Statement' })).toBeVisible();
  await page.getByText('Saved views', { exact: true }).click();
  await page.getByRole('button', { name: 'Apply view GMP by discipline' }).click();
  await expect(countLine(page)).toHaveText('Showing 2 of 3 findings');
  await expect(page.getByRole('columnheader', { name: 'Statement' })).toHaveCount(0);
  await expect(page.getByRole('columnheader').first()).toHaveText('Title');
  await expect(page.getByRole('columnheader', { name: 'Title' })).toHaveAttribute('aria-sort', 'descending');
  await expect(page.getByRole('cell', { name: 'GMP (Good manufacturing practice) (2 findings)' })).toBeVisible();
  await expect(page.getByLabel('Group by')).toHaveValue('discipline');

  // Clear the filters and show the statement again, keeping the rest of the view.
  await page.getByRole('button', { name: 'Clear filters' }).click();
  await expect(countLine(page)).toHaveText('Showing 3 of 3 findings');

  // The date range: everything was changed today, so a range starting tomorrow matches nothing.
  const tomorrow = new Date(Date.now() + 24 * 60 * 60 * 1000);
  const from = page.getByRole('group', { name: 'Last changed from' });
  await from.getByLabel('Day').fill(String(tomorrow.getDate()));
  await from.getByLabel('Month').fill(String(tomorrow.getMonth() + 1));
  await from.getByLabel('Year').fill(String(tomorrow.getFullYear()));
  await expect(countLine(page)).toHaveText('Showing 0 of 3 findings');
  await expect(page.getByText('No findings match. Remove a filter or change the search.')).toBeVisible();
  await page.getByRole('button', { name: /^Remove this filter From / }).click();
  await expect(countLine(page)).toHaveText('Showing 3 of 3 findings');
  await expect(from.getByLabel('Day')).toHaveValue('');
  // A date that cannot exist is reported once focus leaves the boxes, and filters nothing.
  await from.getByLabel('Day').fill('31');
  await from.getByLabel('Month').fill('2');
  await from.getByLabel('Year').fill('2026');
  await page.getByLabel('Search findings').focus();
  await expect(from.getByText('Last changed from must be a real date')).toBeVisible();
  await expect(countLine(page)).toHaveText('Showing 3 of 3 findings');
  for (const box of ['Day', 'Month', 'Year']) await from.getByLabel(box).fill('');
  await page.getByText('Columns', { exact: true }).click();
  await page.getByRole('checkbox', { name: 'Statement' }).check();
  await expect(page.getByRole('columnheader', { name: 'Statement' })).toBeVisible();

  // The keyboard: Tab reaches the active row's link (the first finding, past the group header).
  await page.getByRole('columnheader', { name: 'Statement' }).getByRole('button').focus();
  await page.keyboard.press('Tab');
  const links = bodyLinks(page);
  await expect(links.nth(0)).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(links.nth(1)).toBeFocused();
  await page.keyboard.press('ArrowDown');
  // The PV group header is skipped.
  await expect(links.nth(2)).toBeFocused();
  await page.keyboard.press('Home');
  await expect(links.nth(0)).toBeFocused();
  await page.keyboard.press('End');
  await expect(links.nth(2)).toBeFocused();
  await expect(page.locator('tr.app-register__row--active')).toHaveCount(1);
  const shownOrder = await links.allTextContents();

  // Export: every value intact, formula cells prefixed, in the order shown.
  const downloadStarted = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export CSV' }).click();
  const download = await downloadStarted;
  expect(download.suggestedFilename()).toMatch(/^findings-register-\d{4}-\d{2}-\d{2}\.csv$/);
  await expect(page.getByText(/^Exported 3 findings to findings-register-/)).toBeVisible();
  const file = await download.path();
  const bytes = readFileSync(file);
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  expect(bytes.toString('utf8')).toMatch(/\r\n$/);

  const [heading, ...records] = parseCsv(file);
  expect(heading).toEqual([
    'Title',
    'Reference',
    'Grade',
    'Discipline',
    'Site',
    'Status',
    'Inspection',
    'Last changed',
    'Statement',
  ]);
  expect(records.map((record) => record[1])).toEqual(shownOrder);
  const byReference = new Map(records.map((record) => [record[1], record]));
  const lastChanged = expect.stringMatching(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
  expect(byReference.get('GMP-JS-001')).toEqual([
    `'${HYPERLINK}`,
    'GMP-JS-001',
    'Major',
    'GMP',
    'CS-01',
    'Draft',
    'INS-REG-2026-0007',
    lastChanged,
    FINDINGS[0]!.statement,
  ]);
  expect(byReference.get('PV-JS-001')).toEqual([
    'Batch records incomplete at the Łódź unit',
    'PV-JS-001',
    'Critical',
    'PV',
    'POC-002',
    'Final',
    'INS-REG-2026-0007',
    lastChanged,
    `'${CALC}\n${RTL_AND_ZERO_WIDTH}`,
  ]);
  expect(byReference.get('GMP-JS-002')).toEqual([
    "'-2+3 deviations not trended",
    'GMP-JS-002',
    'Other',
    'GMP',
    'Network',
    'Presented at closing meeting',
    'INS-REG-2026-0007',
    lastChanged,
    FINDINGS[2]!.statement,
  ]);

  // Enter on the active row opens the finding.
  const lastReference = shownOrder[2] ?? '';
  await links.nth(2).focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/findings\/[0-9a-f-]+$/);
  await expect(page.locator('.govuk-caption-l', { hasText: lastReference })).toBeVisible();

  expect(watch.consoleErrors).toEqual([]);
  // zod probes once per page load for eval support (`new Function('')`), which the CSP reports as
  // "script-src eval" without anything running; nothing else may be blocked.
  expect((await cspViolations(page)).filter((v) => v !== 'script-src eval')).toEqual([]);
});
