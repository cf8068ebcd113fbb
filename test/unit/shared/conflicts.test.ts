/**
 * Conflict detection from the log alone: edits of one field from the same base with different values
 * conflict; agreeing edits, edits built on each other and edits of different fields do not; the result
 * does not depend on the order the changes arrived in; a resolution must name every competing change.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Change } from '../../../shared/changes/change';
import { conflictKey, findConflicts, isResolvedBy, latestOnEachLine } from '../../../shared/changes/conflicts';

let counter = 0;
function edit(fields: Record<string, string>, base: Record<string, string | null>, device = 'd1'): Change {
  counter += 1;
  const hlc = `${String(1_700_000_000_000 + counter).padStart(15, '0')}:00000:${device}`;
  return {
    id: `00000000-0000-7000-8000-${String(counter).padStart(12, '0')}`,
    inspectionId: 'i1',
    entity: 'finding',
    entityId: 'f1',
    op: 'update',
    fields,
    prior: {},
    base,
    actor: { userId: 'u1', name: 'Jo' },
    device,
    seq: counter,
    hlc,
    at: { utc: '2026-11-25T09:00:00.000Z', offsetMinutes: 0 },
    prevHash: '0'.repeat(64),
    hash: '1'.repeat(64),
  };
}

describe('findConflicts', () => {
  it('finds two edits of one field from the same base with different values', () => {
    const a = edit({ statement: 'A' }, { statement: 'h0' }, 'd1');
    const b = edit({ statement: 'B' }, { statement: 'h0' }, 'd2');
    const [conflict, ...rest] = findConflicts([a, b]);
    expect(rest).toEqual([]);
    expect(conflict).toMatchObject({ field: 'statement', base: 'h0', changeIds: [a.id, b.id], key: conflictKey('finding', 'f1', 'statement', 'h0') });
  });

  it('does not flag agreeing edits, edits built on each other, or different fields', () => {
    const a = edit({ statement: 'Same' }, { statement: 'h0' }, 'd1');
    const b = edit({ statement: 'Same' }, { statement: 'h0' }, 'd2');
    const c = edit({ statement: 'Later' }, { statement: a.hlc }, 'd2');
    const d = edit({ evidence: 'E' }, { evidence: 'h0' }, 'd3');
    expect(findConflicts([a, b, c, d])).toEqual([]);
  });

  it('groups three competing edits into one conflict, whatever the order they arrive in', () => {
    const edits = ['A', 'B', 'C'].map((value, index) => edit({ title: value }, { title: null }, `d${index}`));
    fc.assert(
      fc.property(fc.shuffledSubarray(edits, { minLength: 3, maxLength: 3 }), (arrived) => {
        expect(findConflicts(arrived)).toEqual(findConflicts(edits));
        expect(findConflicts(arrived)[0]?.changeIds).toEqual(edits.map((change) => change.id));
      }),
    );
  });

  it('counts a conflict resolved only when the resolution names every competing change', () => {
    const a = edit({ statement: 'A' }, { statement: 'h0' }, 'd1');
    const b = edit({ statement: 'B' }, { statement: 'h0' }, 'd2');
    const conflict = findConflicts([a, b])[0];
    if (!conflict) throw new Error('no conflict');
    expect(isResolvedBy(conflict, [a.id, b.id])).toBe(true);
    const late = edit({ statement: 'C' }, { statement: 'h0' }, 'd3');
    const reopened = findConflicts([a, b, late])[0];
    if (!reopened) throw new Error('no conflict');
    expect(isResolvedBy(reopened, [a.id, b.id])).toBe(false);
  });

  it('shows each side as its author last wrote it, when they edited again on their own laptop', () => {
    const a1 = edit({ statement: 'A draft' }, { statement: 'h0' }, 'd1');
    const a2 = edit({ statement: 'A final' }, { statement: a1.hlc }, 'd1');
    const b1 = edit({ statement: 'B' }, { statement: 'h0' }, 'd2');
    const conflict = findConflicts([a1, a2, b1])[0];
    if (!conflict) throw new Error('no conflict');
    expect(conflict.changeIds).toEqual([a1.id, b1.id]);
    expect(latestOnEachLine(conflict, [b1, a2, a1]).map((change) => change.fields['statement'])).toEqual(['A final', 'B']);
  });
});
