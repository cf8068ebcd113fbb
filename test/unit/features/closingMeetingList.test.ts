import { describe, expect, it } from 'vitest';
import { closingMeetingList } from '../../../renderer/src/features/closing/closingMeetingList';
import { aFinding } from '../../support/domainFactories';

describe('the closing meeting list', () => {
  it('groups findings by grade, most serious first, in reference order, naming the site', () => {
    const site = { id: '01a21100-0000-7000-8000-0000000000c1', identifier: 'POC-001', name: 'Ward 27' };
    const groups = closingMeetingList(
      [
        aFinding('i', { reference: 'GMP-JS-010', classification: 'other' }),
        aFinding('i', { reference: 'GMP-JS-002', classification: 'major', siteId: site.id }),
        aFinding('i', { reference: 'GMP-JS-001', classification: 'major' }),
        aFinding('i', { reference: 'PV-PN-001', discipline: 'PV', classification: 'critical' }),
      ],
      [site],
    );
    expect(groups.map((g) => [g.label, g.items.map((i) => i.reference)])).toEqual([
      ['Critical', ['PV-PN-001']],
      ['Major', ['GMP-JS-001', 'GMP-JS-002']],
      ['Other', ['GMP-JS-010']],
    ]);
    expect(groups[1]?.items[1]?.site).toBe('POC-001 Ward 27');
    expect(groups[1]?.items[0]?.site).toBe('Whole network');
  });
});
