/** Sorting by one column, with natural orders for grades, statuses and references. */
import { describe, expect, it } from 'vitest';
import { buildRegisterRows } from '../../../renderer/src/features/register/rowModel/registerRow';
import type { RegisterColumnId } from '../../../renderer/src/features/register/rowModel/registerColumns';
import { sortRows } from '../../../renderer/src/features/register/rowModel/sortRows';
import { smallRegister } from './registerFixtures';

const { findings, sites, inspections } = smallRegister();
const rows = buildRegisterRows(findings, sites, inspections);
const sortBy = (id: RegisterColumnId, desc = false) => sortRows(rows, [{ id, desc }]).map((r) => r.reference);

describe('sortRows', () => {
  it('sorts references numerically', () => {
    expect(sortBy('reference')).toEqual(['GCP-CD-001', 'GMP-JS-002', 'GMP-JS-010', 'PV-AB-001']);
    expect(sortBy('reference', true)).toEqual(['PV-AB-001', 'GMP-JS-010', 'GMP-JS-002', 'GCP-CD-001']);
  });

  it('sorts grades by severity, critical first', () => {
    expect(sortBy('grade')).toEqual(['GMP-JS-010', 'GMP-JS-002', 'GCP-CD-001', 'PV-AB-001']);
  });

  it('sorts statuses in lifecycle order', () => {
    expect(sortBy('status')).toEqual(['GMP-JS-002', 'GCP-CD-001', 'PV-AB-001', 'GMP-JS-010']);
  });

  it('puts findings about the whole network after named sites', () => {
    expect(sortBy('site').at(-1)).toBe('PV-AB-001');
    expect(sortBy('site', true)[0]).toBe('PV-AB-001');
  });

  it('sorts by last change and by title, ignoring case', () => {
    expect(sortBy('lastChanged', true)).toEqual(['GCP-CD-001', 'PV-AB-001', 'GMP-JS-010', 'GMP-JS-002']);
    expect(sortBy('title')).toEqual(['GMP-JS-010', 'GCP-CD-001', 'GMP-JS-002', 'PV-AB-001']);
  });

  it('breaks ties by inspection and reference, and never mutates its input', () => {
    const before = rows.map((r) => r.id);
    expect(sortBy('discipline')).toEqual(['GMP-JS-002', 'GMP-JS-010', 'GCP-CD-001', 'PV-AB-001']);
    expect(sortRows(rows, []).map((r) => r.reference)).toEqual(['GMP-JS-002', 'GMP-JS-010', 'PV-AB-001', 'GCP-CD-001']);
    expect(rows.map((r) => r.id)).toEqual(before);
  });
});
