/** The view schema and fitting a view to the register it is applied in. */
import { describe, expect, it } from 'vitest';
import {
  defaultView,
  fitViewToScope,
  hasActiveFilters,
  NO_FILTERS,
  RegisterViewSchema,
  visibleColumns,
} from '../../../renderer/src/features/register/rowModel/registerView';

describe('RegisterViewSchema', () => {
  it('accepts the default views', () => {
    expect(RegisterViewSchema.safeParse(defaultView('all')).success).toBe(true);
    expect(RegisterViewSchema.safeParse(defaultView('inspection')).success).toBe(true);
  });

  it.each([
    ['an unknown column', { columnOrder: ['reference', 'secret'] }],
    ['an unknown grouping', { groupBy: 'colour' }],
    [
      'two sort columns',
      {
        sorting: [
          { id: 'title', desc: false },
          { id: 'grade', desc: true },
        ],
      },
    ],
    ['a bad date', { filters: { ...NO_FILTERS, changedFrom: '31/12/2026' } }],
    ['an extra key', { __proto__: { polluted: true }, extra: 1 }],
  ])('rejects %s', (_label, patch) => {
    expect(RegisterViewSchema.safeParse({ ...defaultView('all'), ...patch }).success).toBe(false);
  });
});

describe('fitViewToScope', () => {
  it('drops the inspection column, grouping and filter inside one inspection', () => {
    const view = {
      ...defaultView('all'),
      groupBy: 'inspection' as const,
      sorting: [{ id: 'inspection' as const, desc: false }],
      hiddenColumns: ['inspection' as const, 'statement' as const],
      filters: { ...NO_FILTERS, inspections: ['x'], disciplines: ['GMP' as const] },
    };
    const fitted = fitViewToScope(view, 'inspection');
    expect(fitted.columnOrder).not.toContain('inspection');
    expect(fitted.hiddenColumns).toEqual(['statement']);
    expect(fitted.groupBy).toBe('none');
    expect(fitted.sorting).toEqual(defaultView('inspection').sorting);
    expect(fitted.filters).toEqual({ ...NO_FILTERS, disciplines: ['GMP'] });
  });

  it('adds columns a view does not mention, after the ones it orders', () => {
    const fitted = fitViewToScope({ ...defaultView('inspection'), columnOrder: ['title', 'reference'] }, 'all');
    expect(fitted.columnOrder.slice(0, 2)).toEqual(['title', 'reference']);
    expect([...fitted.columnOrder].sort()).toEqual([...defaultView('all').columnOrder].sort());
  });

  it('never hides the reference, which carries the link and the keyboard focus', () => {
    expect(fitViewToScope({ ...defaultView('all'), hiddenColumns: ['reference'] }, 'all').hiddenColumns).toEqual([]);
  });
});

describe('visibleColumns and hasActiveFilters', () => {
  it('lists shown columns in order', () => {
    const view = {
      ...defaultView('all'),
      columnOrder: ['title', 'reference', 'grade'] as const,
      hiddenColumns: ['grade'] as const,
    };
    expect(
      visibleColumns({ ...view, columnOrder: [...view.columnOrder], hiddenColumns: [...view.hiddenColumns] }),
    ).toEqual(['title', 'reference']);
  });

  it('notices any chosen filter', () => {
    expect(hasActiveFilters(NO_FILTERS)).toBe(false);
    expect(hasActiveFilters({ ...NO_FILTERS, changedTo: '2026-11-30' })).toBe(true);
    expect(hasActiveFilters({ ...NO_FILTERS, sites: [''] })).toBe(true);
  });
});
