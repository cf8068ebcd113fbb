/** CAPA tracking: overdue is a past due date not yet accepted; overdue rows come first; comments need no response. */
import { describe, expect, it } from 'vitest';
import type { CapaResponse } from '../../../shared/domain/closeOut';
import { buildReportModel } from '../../../shared/report/buildReportModel';
import { ALL_ANNEXES } from '../../../shared/report/reportDocument';
import { isOverdue, responseRows, todayIso } from '../../../renderer/src/features/responses/responseRows';
import { aReportFixture } from '../../support/reportFixtures';

function aCapa(inspectionId: string, findingId: string, overrides: Partial<CapaResponse> = {}): CapaResponse {
  return {
    id: `0193a1b2-0000-7000-8000-${findingId.slice(-12)}`,
    inspectionId,
    findingId,
    response: '',
    rootCause: '',
    actions: '',
    dueDate: null,
    assessment: 'under-assessment',
    assessorComment: '',
    ...overrides,
  };
}

describe('responseRows', () => {
  it('counts a past due date as overdue until the response is accepted', () => {
    expect(isOverdue({ dueDate: '2026-12-01', assessment: 'under-assessment' }, '2026-12-02')).toBe(true);
    expect(isOverdue({ dueDate: '2026-12-02', assessment: 'under-assessment' }, '2026-12-02')).toBe(false);
    expect(isOverdue({ dueDate: '2026-12-01', assessment: 'accepted' }, '2026-12-02')).toBe(false);
    expect(isOverdue({ dueDate: null, assessment: 'more-information' }, '2026-12-02')).toBe(false);
    expect(isOverdue(undefined, '2026-12-02')).toBe(false);
  });

  it('lists overdue items first, then in report order, without ungraded comments', () => {
    const fixture = aReportFixture();
    const model = buildReportModel(fixture.input, { generatedAt: '2026-12-01T00:00:00.000Z', annexes: ALL_ANNEXES });
    const id = fixture.input.inspection.id;
    const last = fixture.findingIds[5] ?? '';
    const capas = [
      aCapa(id, last, { dueDate: '2026-11-30', assessment: 'more-information' }),
      aCapa(id, fixture.findingIds[0] ?? '', { dueDate: '2026-11-30', assessment: 'accepted' }),
    ];
    const rows = responseRows(model, capas, '2026-12-10');
    expect(rows.map((r) => `${r.deficiency.number}${r.overdue ? ' overdue' : ''}`)).toEqual([
      'PV 3.1 overdue',
      'GMP 1.1',
      'GMP 2.1',
      'GMP 2.2',
      'GMP 3.1',
      'PV 2.1',
    ]);
  });

  it('gives today as a local calendar date', () => {
    expect(todayIso(new Date('2026-12-10T12:00:00Z'))).toMatch(/^2026-12-1[01]$/);
  });
});
