/** Opening the register from a link: filters from the query string, unknown values ignored. */
import { describe, expect, it } from 'vitest';
import { viewFromQuery } from '../../../renderer/src/features/register/rowModel/queryFilters';
import { NO_FILTERS, NO_SITE } from '../../../renderer/src/features/register/rowModel/registerView';

const parse = (query: string, scope: 'inspection' | 'all' = 'inspection') =>
  viewFromQuery(new URLSearchParams(query), scope);

describe('viewFromQuery', () => {
  it('opens unfiltered without a query', () => {
    expect(parse('')).toEqual({ filters: NO_FILTERS, search: '' });
  });

  it('reads the overview chart links', () => {
    expect(parse('grade=major').filters.classifications).toEqual(['major']);
    expect(parse('discipline=GMP').filters.disciplines).toEqual(['GMP']);
    expect(parse('site=POC-001').filters.sites).toEqual(['POC-001']);
    expect(parse('site=network').filters.sites).toEqual([NO_SITE]);
    expect(parse(`site=${encodeURIComponent('Łódź Unit 1')}`).filters.sites).toEqual(['Łódź Unit 1']);
  });

  it('takes repeated values, statuses, dates and a search', () => {
    const view = parse('grade=critical&grade=major&grade=critical&status=final&from=2026-11-01&to=2026-11-30&q=lodz');
    expect(view.filters).toMatchObject({
      classifications: ['critical', 'major'],
      statuses: ['final'],
      changedFrom: '2026-11-01',
      changedTo: '2026-11-30',
    });
    expect(view.search).toBe('lodz');
  });

  it('ignores values that are not real choices', () => {
    const view = parse('grade=catastrophic&discipline=GDP&status=&from=31/12/2026&site=&__proto__=x');
    expect(view).toEqual({ filters: NO_FILTERS, search: '' });
  });

  it('filters by inspection only across inspections', () => {
    expect(parse('inspection=abc', 'inspection').filters.inspections).toEqual([]);
    expect(parse('inspection=abc', 'all').filters.inspections).toEqual(['abc']);
  });
});
