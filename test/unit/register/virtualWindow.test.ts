/**
 * The virtualised table's geometry: only the window's rows (plus the active row) are rendered, and
 * spacer rows keep the scroll height equal to the full list's, with 10,000 rows as with 10.
 */
import { describe, expect, it } from 'vitest';
import { bodySlots, withActiveIndex } from '../../../renderer/src/features/register/rowModel/virtualWindow';

const ROW = 50;
const placed = (indexes: number[], offset = 0) =>
  indexes.map((index) => ({ index, start: offset + index * ROW, end: offset + (index + 1) * ROW }));

describe('withActiveIndex', () => {
  it('adds the active row to the window, in order, once', () => {
    expect(withActiveIndex([10, 11, 12], 3, 100)).toEqual([3, 10, 11, 12]);
    expect(withActiveIndex([10, 11, 12], 11, 100)).toEqual([10, 11, 12]);
    expect(withActiveIndex([10, 11], undefined, 100)).toEqual([10, 11]);
    expect(withActiveIndex([10, 11], 500, 100)).toEqual([10, 11]);
  });
});

describe('bodySlots', () => {
  it('pads before and after the window so the body is as tall as every row', () => {
    const count = 10_000;
    const window = Array.from({ length: 25 }, (_, i) => 5_000 + i);
    const slots = bodySlots(placed(window), count * ROW, 0);
    expect(slots.filter((s) => s.kind === 'item')).toHaveLength(25);
    const height = slots.reduce((sum, s) => sum + (s.kind === 'spacer' ? s.height : s.item.end - s.item.start), 0);
    expect(height).toBe(count * ROW);
    expect(slots[0]).toEqual({ kind: 'spacer', key: 'before-5000', height: 5_000 * ROW });
    expect(slots.at(-1)).toEqual({ kind: 'spacer', key: 'end', height: (count - 5_025) * ROW });
  });

  it('puts a spacer between the active row and a distant window', () => {
    const slots = bodySlots(placed([2, 40, 41]), 100 * ROW, 0);
    expect(slots.map((s) => (s.kind === 'spacer' ? `~${s.height}` : s.item.index))).toEqual([
      `~${2 * ROW}`,
      2,
      `~${37 * ROW}`,
      40,
      41,
      `~${58 * ROW}`,
    ]);
  });

  it('works in the virtualiser coordinates when the list starts below a header', () => {
    const slots = bodySlots(placed([0, 1, 2], 40), 3 * ROW, 40);
    expect(slots.every((s) => s.kind === 'item')).toBe(true);
  });

  it('renders nothing but one spacer-free empty body for an empty list', () => {
    expect(bodySlots([], 0, 0)).toEqual([]);
  });
});
