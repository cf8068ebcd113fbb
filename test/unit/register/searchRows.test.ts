/** Free-text search: every word, any of the searched fields, ignoring case and accents. */
import { describe, expect, it } from 'vitest';
import { buildRegisterRows } from '../../../renderer/src/features/register/rowModel/registerRow';
import { searchRows } from '../../../renderer/src/features/register/rowModel/searchRows';
import { aFinding, anInspection } from '../../support/domainFactories';
import { smallRegister, stored } from './registerFixtures';

const { findings, sites, inspections } = smallRegister();
const rows = buildRegisterRows(findings, sites, inspections);
const search = (query: string) =>
  searchRows(rows, query)
    .map((r) => r.reference)
    .sort();

describe('searchRows', () => {
  it('returns every row for an empty or blank query', () => {
    expect(searchRows(rows, '')).toBe(rows);
    expect(search('   ')).toHaveLength(4);
  });

  it('ignores case and accents', () => {
    expect(search('LODZ')).toEqual(['GMP-JS-010']);
    expect(search('łódź')).toEqual(['GMP-JS-010']);
  });

  it('searches reference, title, statement, evidence and references', () => {
    expect(search('gcp-cd')).toEqual(['GCP-CD-001']);
    expect(search('gowning')).toEqual(['GMP-JS-002']);
    expect(search('gloves')).toEqual(['GMP-JS-002']);
    expect(search('cctv')).toEqual(['GMP-JS-002']);
    expect(search('module ix')).toEqual(['PV-AB-001']);
  });

  it('requires every word, in any order and any field', () => {
    expect(search('batch qp')).toEqual(['GMP-JS-010']);
    expect(search('gloves consent')).toEqual([]);
  });

  it('does not search the site, grade or status', () => {
    expect(search('CS-01')).toEqual([]);
    expect(search('critical')).toEqual([]);
  });

  it('treats regular-expression characters literally', () => {
    const inspection = anInspection();
    const odd = buildRegisterRows(
      [stored(aFinding(inspection.id, { title: 'Value (a+b)* [x] =SUM(1)' }))],
      [],
      [inspection],
    );
    expect(searchRows(odd, '(a+b)*')).toHaveLength(1);
    expect(searchRows(odd, '=sum(1)')).toHaveLength(1);
    expect(searchRows(odd, '.*')).toHaveLength(0);
  });
});
