/** Building register rows from stored findings, sites and inspections. */
import { describe, expect, it } from 'vitest';
import {
  buildRegisterRows,
  classificationLabel,
  excerpt,
  localDay,
  type SearchTextCache,
} from '../../../renderer/src/features/register/rowModel/registerRow';
import { smallRegister, stored } from './registerFixtures';

describe('buildRegisterRows', () => {
  const { findings, sites, inspections } = smallRegister();
  const rows = buildRegisterRows(findings, sites, inspections);

  it('leaves deleted findings out', () => {
    expect(rows.map((r) => r.reference).sort()).toEqual(['GCP-CD-001', 'GMP-JS-002', 'GMP-JS-010', 'PV-AB-001']);
  });

  it('leaves out findings whose inspection is not in the register', () => {
    expect(buildRegisterRows(findings, sites, [inspections[1]!]).map((r) => r.reference)).toEqual(['GCP-CD-001']);
  });

  it('flattens the site identifier, inspection reference, labels and last change', () => {
    const row = rows.find((r) => r.reference === 'GMP-JS-010')!;
    expect(row).toMatchObject({
      inspectionReference: 'INS-2026-0001',
      siteIdentifier: 'POC-002',
      gradeLabel: 'Critical',
      statusLabel: 'Final',
      updatedAt: '2026-11-22T15:30:00.000Z',
    });
    expect(rows.find((r) => r.reference === 'PV-AB-001')).toMatchObject({
      siteIdentifier: null,
      gradeLabel: 'Comment (ungraded)',
    });
  });

  it('folds reference, title, statement, evidence and references into the search text', () => {
    const row = rows.find((r) => r.reference === 'PV-AB-001')!;
    expect(row.searchText).toContain('pv-ab-001');
    expect(row.searchText).toContain('signal detection');
    expect(row.searchText).toContain('gvp module ix');
    const lodz = rows.find((r) => r.reference === 'GMP-JS-010')!;
    expect(lodz.searchText).toContain('lodz');
  });
});

describe('the search text cache', () => {
  it('reuses folded text until the finding changes version', () => {
    const { findings, sites, inspections } = smallRegister();
    const cache: SearchTextCache = new Map();
    const first = buildRegisterRows(findings, sites, inspections, cache);
    expect(cache.size).toBe(4);
    const [changed, ...rest] = findings;
    const edited = stored({ ...changed!, title: 'Gowning in Grade Ä' }, changed!._meta.updatedAt, false, 2);
    const second = buildRegisterRows([edited, ...rest], sites, inspections, cache);
    expect(second.find((r) => r.id === changed!.id)?.searchText).toContain('grade a');
    expect(second.find((r) => r.reference === 'GMP-JS-010')?.searchText).toBe(
      first.find((r) => r.reference === 'GMP-JS-010')?.searchText,
    );
    const stale = stored({ ...changed!, title: 'Not folded again' }, changed!._meta.updatedAt, false, 2);
    expect(buildRegisterRows([stale], sites, inspections, cache)[0]?.searchText).toContain('grade a');
  });
});

describe('excerpt', () => {
  it('collapses white space and shortens long statements with an ellipsis', () => {
    expect(excerpt('a\n\n b   c')).toBe('a b c');
    const long = excerpt('word '.repeat(100), 20);
    expect(long.length).toBeLessThanOrEqual(20);
    expect(long.endsWith('…')).toBe(true);
    expect(excerpt(`short${' '.repeat(500)}`, 20)).toBe('short…');
  });
});

describe('localDay', () => {
  it('is the calendar day in the local time zone, and empty for a bad date', () => {
    const iso = '2026-11-22T15:30:00.000Z';
    const date = new Date(iso);
    expect(localDay(iso)).toBe(
      `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`,
    );
    expect(localDay('not a date')).toBe('');
  });
});

describe('classificationLabel', () => {
  it('names a grade without a discipline', () => {
    expect(classificationLabel('critical')).toBe('Critical');
    expect(classificationLabel('minor')).toBe('Minor');
    expect(classificationLabel('comment')).toBe('Comment (ungraded)');
  });
});
