import { describe, expect, it } from 'vitest';
import { findingsAtAGlance } from '../../../renderer/src/features/overview/findingsAtAGlance';

describe('findings at a glance', () => {
  it('counts by grade (most serious first), discipline and site, with the filter each bar opens', () => {
    const sites = [
      { id: 's1', identifier: 'POC-001' },
      { id: 's2', identifier: 'POC-002' },
    ];
    const glance = findingsAtAGlance(
      [
        { discipline: 'GMP', classification: 'major', siteId: 's1' },
        { discipline: 'GMP', classification: 'other', siteId: 's1' },
        { discipline: 'PV', classification: 'critical', siteId: null },
        { discipline: 'PV', classification: 'comment', siteId: null },
      ],
      sites,
    );
    expect(glance.total).toBe(4);
    expect(glance.byGrade.map((b) => [b.label, b.count, b.filter])).toEqual([
      ['Critical', 1, 'grade=critical'],
      ['Major', 1, 'grade=major'],
      ['Other', 1, 'grade=other'],
      ['Comment (ungraded)', 1, 'grade=comment'],
    ]);
    expect(glance.byDiscipline.map((b) => [b.label, b.count])).toEqual([
      ['GMP', 2],
      ['PV', 2],
    ]);
    expect(glance.bySite.map((b) => [b.label, b.count, b.filter])).toEqual([
      ['POC-001', 2, 'site=POC-001'],
      ['Whole network', 2, 'site=network'],
    ]);
  });
});
