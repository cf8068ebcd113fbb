/** The register's filters: AND across categories, OR within one, inclusive date range. */
import { describe, expect, it } from 'vitest';
import { filterRows } from '../../../renderer/src/features/register/rowModel/filterRows';
import { buildRegisterRows, type RegisterRow } from '../../../renderer/src/features/register/rowModel/registerRow';
import {
  NO_FILTERS,
  NO_SITE,
  type RegisterFilters,
} from '../../../renderer/src/features/register/rowModel/registerView';
import { smallRegister } from './registerFixtures';

const { findings, sites, inspections } = smallRegister();
const rows = buildRegisterRows(findings, sites, inspections);
const refs = (list: readonly RegisterRow[]) => list.map((r) => r.reference).sort();
const filter = (filters: Partial<RegisterFilters>) => refs(filterRows(rows, { ...NO_FILTERS, ...filters }));

describe('filterRows', () => {
  it('keeps everything with no filters', () => {
    expect(filter({})).toHaveLength(4);
  });

  it('matches any choice within a category', () => {
    expect(filter({ classifications: ['critical', 'major'] })).toEqual(['GMP-JS-002', 'GMP-JS-010']);
    expect(filter({ disciplines: ['PV', 'GCP'] })).toEqual(['GCP-CD-001', 'PV-AB-001']);
    expect(filter({ statuses: ['final'] })).toEqual(['GMP-JS-010']);
  });

  it('requires every category with choices', () => {
    expect(filter({ disciplines: ['GMP'], statuses: ['draft'] })).toEqual(['GMP-JS-002']);
    expect(filter({ disciplines: ['GCP'], statuses: ['final'] })).toEqual([]);
  });

  it('filters by site identifier, with NO_SITE for findings about the whole network', () => {
    expect(filter({ sites: ['CS-01'] })).toEqual(['GMP-JS-002']);
    expect(filter({ sites: [NO_SITE] })).toEqual(['PV-AB-001']);
    expect(filter({ sites: [NO_SITE, 'POC-010'] })).toEqual(['GCP-CD-001', 'PV-AB-001']);
  });

  it('filters by inspection', () => {
    expect(filter({ inspections: [inspections[1]!.id] })).toEqual(['GCP-CD-001']);
  });

  it('filters by the day of the last change, inclusive at both ends', () => {
    const days = rows.map((r) => r.changedOn).sort();
    const [first, second, , last] = days;
    expect(filter({ changedFrom: second! })).toHaveLength(3);
    expect(filter({ changedTo: first! })).toHaveLength(1);
    expect(filter({ changedFrom: second!, changedTo: second! })).toHaveLength(1);
    expect(filter({ changedFrom: last!, changedTo: first! })).toEqual([]);
  });
});
