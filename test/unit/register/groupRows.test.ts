/** Grouping sorted rows, with a header row per group giving its count. */
import { describe, expect, it } from 'vitest';
import { groupRows, type DisplayItem } from '../../../renderer/src/features/register/rowModel/groupRows';
import { buildRegisterRows } from '../../../renderer/src/features/register/rowModel/registerRow';
import { sortRows } from '../../../renderer/src/features/register/rowModel/sortRows';
import { smallRegister } from './registerFixtures';

const { findings, sites, inspections } = smallRegister();
const rows = sortRows(buildRegisterRows(findings, sites, inspections), [{ id: 'reference', desc: false }]);
const describeItems = (items: DisplayItem[]) =>
  items.map((item) => (item.kind === 'group' ? `# ${item.label} (${item.count})` : item.row.reference));

describe('groupRows', () => {
  it('lists the rows as they are without grouping', () => {
    expect(describeItems(groupRows(rows, 'none'))).toEqual(['GCP-CD-001', 'GMP-JS-002', 'GMP-JS-010', 'PV-AB-001']);
  });

  it('groups by grade, most serious first, leaving out empty grades', () => {
    expect(describeItems(groupRows(rows, 'grade'))).toEqual([
      '# Critical (1)',
      'GMP-JS-010',
      '# Major (1)',
      'GMP-JS-002',
      '# Other (1)',
      'GCP-CD-001',
      '# Comment (ungraded) (1)',
      'PV-AB-001',
    ]);
  });

  it('groups by site with network-wide findings last', () => {
    expect(describeItems(groupRows(rows, 'site'))).toEqual([
      '# CS-01 (1)',
      'GMP-JS-002',
      '# POC-002 (1)',
      'GMP-JS-010',
      '# POC-010 (1)',
      'GCP-CD-001',
      '# Not specific to one site (1)',
      'PV-AB-001',
    ]);
  });

  it('groups by discipline, inspection and status, keeping the sort within each group', () => {
    expect(describeItems(groupRows(rows, 'discipline'))).toEqual([
      '# GMP (Good manufacturing practice) (2)',
      'GMP-JS-002',
      'GMP-JS-010',
      '# GCP (Good clinical practice) (1)',
      'GCP-CD-001',
      '# PV (Pharmacovigilance) (1)',
      'PV-AB-001',
    ]);
    expect(describeItems(groupRows(rows, 'inspection'))).toEqual([
      '# INS-2026-0001 (3)',
      'GMP-JS-002',
      'GMP-JS-010',
      'PV-AB-001',
      '# INS-2026-0002 (1)',
      'GCP-CD-001',
    ]);
    expect(describeItems(groupRows(rows, 'status'))).toEqual([
      '# Draft (2)',
      'GCP-CD-001',
      'GMP-JS-002',
      '# Presented at closing meeting (1)',
      'PV-AB-001',
      '# Final (1)',
      'GMP-JS-010',
    ]);
  });

  it('gives every group a key unique within the grouping', () => {
    const keys = groupRows(rows, 'site').flatMap((i) => (i.kind === 'group' ? [i.key] : []));
    expect(new Set(keys).size).toBe(keys.length);
  });
});
