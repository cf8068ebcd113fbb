/** The PI 037-style risk arithmetic of the close-out, and the IAG panel by discipline. */
import { describe, expect, it } from 'vitest';
import { iagPanelFor, InspectionCloseOutSchema } from '../../../shared/domain/inspectionCloseOut';
import { intrinsicRisk, relativeRiskRating, suggestedComplianceRisk } from '../../../shared/domain/riskRating';

describe('risk rating', () => {
  it('combines two levels cautiously: the mean rounded up', () => {
    expect(intrinsicRisk('low', 'low')).toBe('low');
    expect(intrinsicRisk('low', 'medium')).toBe('medium');
    expect(intrinsicRisk('low', 'high')).toBe('medium');
    expect(intrinsicRisk('medium', 'high')).toBe('high');
    expect(relativeRiskRating('high', 'low')).toBe('medium');
    expect(relativeRiskRating('high', 'high')).toBe('high');
  });

  it('suggests the compliance risk from the deficiencies', () => {
    expect(suggestedComplianceRisk(['other', 'minor', 'comment'])).toBe('low');
    expect(suggestedComplianceRisk(['major', 'other'])).toBe('medium');
    expect(suggestedComplianceRisk(['critical'])).toBe('high');
    expect(suggestedComplianceRisk(Array(6).fill('major'))).toBe('high');
  });

  it('refers GMP to IAG1 and GCP and PV to IAG2, and needs a panel exactly when referred', () => {
    expect([iagPanelFor('GMP'), iagPanelFor('GCP'), iagPanelFor('PV')]).toEqual(['IAG1', 'IAG2', 'IAG2']);
    const base = {
      statement: '',
      decidedOn: '2026-12-10',
      risk: { complexity: 'low', criticality: 'low', complianceRisk: 'low', notes: '' },
    };
    expect(InspectionCloseOutSchema.safeParse({ ...base, outcome: 'referred-to-iag', iagPanel: 'IAG2' }).success).toBe(true);
    expect(InspectionCloseOutSchema.safeParse({ ...base, outcome: 'referred-to-iag', iagPanel: null }).success).toBe(false);
    expect(InspectionCloseOutSchema.safeParse({ ...base, outcome: 'compliant', iagPanel: 'IAG1' }).success).toBe(false);
  });
});
