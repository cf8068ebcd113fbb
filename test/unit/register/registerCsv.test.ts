/** The register's CSV: visible columns in order, every row of the view, values in full. */
import { describe, expect, it } from 'vitest';
import { csvBytes } from '@shared/export/csv';
import { computeRegister } from '../../../renderer/src/features/register/rowModel/computeRegister';
import { registerCsvFileName, registerCsvRecords } from '../../../renderer/src/features/register/rowModel/registerCsv';
import { buildRegisterRows } from '../../../renderer/src/features/register/rowModel/registerRow';
import { defaultView } from '../../../renderer/src/features/register/rowModel/registerView';
import { aFinding, anInspection } from '../../support/domainFactories';
import { largeRegister, stored } from './registerFixtures';

describe('registerCsvRecords', () => {
  it('writes a heading row and the full text of each visible column', () => {
    const inspection = anInspection({ reference: 'INS-1' });
    const statement = 'First line, with a comma\nSecond line with "quotes" and more text. '.repeat(5);
    const rows = buildRegisterRows(
      [stored(aFinding(inspection.id, { title: '=HYPERLINK("http://x","y")', statement }), '2026-11-24T10:00:00.000Z')],
      [],
      [inspection],
    );
    expect(registerCsvRecords(rows, ['reference', 'title', 'site', 'statement', 'lastChanged', 'inspection'])).toEqual([
      ['Reference', 'Title', 'Site', 'Statement', 'Last changed', 'Inspection'],
      ['GMP-JS-001', '=HYPERLINK("http://x","y")', 'Network', statement, '2026-11-24T10:00:00.000Z', 'INS-1'],
    ]);
  });

  it('exports every row of a 10,000-finding view, not just the rendered ones', () => {
    const { findings, sites, inspections } = largeRegister();
    const result = computeRegister(buildRegisterRows(findings, sites, inspections), defaultView('all'));
    const records = registerCsvRecords(result.rows, ['reference', 'grade']);
    expect(records).toHaveLength(10_001);
    expect(csvBytes(records).length).toBeGreaterThan(10_000 * 10);
  });
});

describe('registerCsvFileName', () => {
  it('dates the file in local time', () => {
    expect(registerCsvFileName(new Date(2026, 0, 5, 23, 59))).toBe('findings-register-2026-01-05.csv');
  });
});
