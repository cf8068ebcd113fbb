/**
 * The whole pipeline on 10,000 findings: filter, search, sort and group stay correct and fast
 * enough to run on every (debounced) keystroke without React.
 */
import { describe, expect, it } from 'vitest';
import { computeRegister } from '../../../renderer/src/features/register/rowModel/computeRegister';
import { buildRegisterRows } from '../../../renderer/src/features/register/rowModel/registerRow';
import { defaultView, NO_FILTERS } from '../../../renderer/src/features/register/rowModel/registerView';
import { largeRegister, smallRegister } from './registerFixtures';

describe('computeRegister', () => {
  it('filters, searches, sorts and groups, and lists rows in display order', () => {
    const { findings, sites, inspections } = smallRegister();
    const rows = buildRegisterRows(findings, sites, inspections);
    const result = computeRegister(rows, {
      filters: { ...NO_FILTERS, inspections: [inspections[0]!.id] },
      search: 'not',
      sorting: [{ id: 'reference', desc: true }],
      groupBy: 'discipline',
    });
    expect(result.total).toBe(4);
    expect(result.rows.map((r) => r.reference)).toEqual(['GMP-JS-002', 'PV-AB-001']);
    expect(result.items.map((i) => (i.kind === 'group' ? i.label : i.row.reference))).toEqual([
      'GMP (Good manufacturing practice)',
      'GMP-JS-002',
      'PV (Pharmacovigilance)',
      'PV-AB-001',
    ]);
  });

  describe('with 10,000 findings', () => {
    const { findings, sites, inspections } = largeRegister();
    const buildStart = performance.now();
    const rows = buildRegisterRows(findings, sites, inspections);
    const buildMs = performance.now() - buildStart;

    it('builds every row', () => {
      expect(rows).toHaveLength(10_000);
      // Generous bounds: these catch an accidental O(n²), not a slow CI machine.
      expect(buildMs).toBeLessThan(3_000);
    });

    it('sorts, groups and counts every row', () => {
      const start = performance.now();
      const result = computeRegister(rows, { ...defaultView('all'), groupBy: 'grade' });
      const elapsed = performance.now() - start;
      expect(result.rows).toHaveLength(10_000);
      const groups = result.items.filter((i) => i.kind === 'group');
      expect(groups.reduce((sum, g) => sum + (g.kind === 'group' ? g.count : 0), 0)).toBe(10_000);
      expect(result.items).toHaveLength(10_000 + groups.length);
      const dates = result.rows.filter((r) => r.classification === 'critical').map((r) => r.updatedAt);
      expect(dates).toEqual([...dates].sort().reverse());
      expect(elapsed).toBeLessThan(2_000);
    });

    it('filters and searches consistently with a direct check of every row', () => {
      const start = performance.now();
      const result = computeRegister(rows, {
        filters: { ...NO_FILTERS, disciplines: ['GMP'], statuses: ['draft', 'final'], changedFrom: '2026-11-10' },
        search: 'LODZ capa',
        sorting: [{ id: 'title', desc: false }],
        groupBy: 'site',
      });
      const elapsed = performance.now() - start;
      const expected = rows.filter(
        (r) =>
          r.discipline === 'GMP' &&
          r.status !== 'presented' &&
          r.changedOn >= '2026-11-10' &&
          r.searchText.includes('lodz') &&
          r.searchText.includes('capa'),
      );
      expect(result.rows.length).toBe(expected.length);
      expect(new Set(result.rows.map((r) => r.id))).toEqual(new Set(expected.map((r) => r.id)));
      expect(result.rows.length).toBeGreaterThan(0);
      expect(elapsed).toBeLessThan(1_000);
    });
  });
});
