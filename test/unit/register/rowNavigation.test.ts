/** Keyboard movement of the active row, skipping group header rows. */
import { describe, expect, it } from 'vitest';
import {
  firstFindingIndex,
  isNavigationKey,
  nextActiveIndex,
} from '../../../renderer/src/features/register/rowModel/rowNavigation';

// 0:G 1:F 2:F 3:G 4:F 5:F 6:F 7:G 8:F
const items = 'GFFGFFFGF'.split('').map((c) => ({ kind: c === 'G' ? ('group' as const) : ('finding' as const) }));

describe('nextActiveIndex', () => {
  it('steps over group headers with the arrow keys and stops at the ends', () => {
    expect(nextActiveIndex(items, 1, 'ArrowDown', 5)).toBe(2);
    expect(nextActiveIndex(items, 2, 'ArrowDown', 5)).toBe(4);
    expect(nextActiveIndex(items, 4, 'ArrowUp', 5)).toBe(2);
    expect(nextActiveIndex(items, 1, 'ArrowUp', 5)).toBe(1);
    expect(nextActiveIndex(items, 8, 'ArrowDown', 5)).toBe(8);
  });

  it('goes to the first and last finding with Home and End', () => {
    expect(nextActiveIndex(items, 5, 'Home', 5)).toBe(1);
    expect(nextActiveIndex(items, 1, 'End', 5)).toBe(8);
  });

  it('moves a page at a time, landing on a finding', () => {
    expect(nextActiveIndex(items, 1, 'PageDown', 3)).toBe(4);
    expect(nextActiveIndex(items, 4, 'PageDown', 3)).toBe(6);
    expect(nextActiveIndex(items, 6, 'PageDown', 3)).toBe(8);
    expect(nextActiveIndex(items, 8, 'PageDown', 3)).toBe(8);
    expect(nextActiveIndex(items, 8, 'PageUp', 3)).toBe(5);
    expect(nextActiveIndex(items, 4, 'PageUp', 3)).toBe(1);
    expect(nextActiveIndex(items, 2, 'PageUp', 50)).toBe(1);
    expect(nextActiveIndex(items, 1, 'PageDown', 50)).toBe(8);
  });

  it('always moves down a page even when only a group header lies within it', () => {
    // From 2, one row down is the header at 3: the page must still move on, to 4.
    expect(nextActiveIndex(items, 2, 'PageDown', 1)).toBe(4);
    expect(nextActiveIndex(items, 4, 'PageUp', 1)).toBe(2);
  });

  it('stays put when there are no findings', () => {
    const groups = [{ kind: 'group' as const }];
    expect(nextActiveIndex(groups, 0, 'End', 5)).toBe(0);
    expect(firstFindingIndex(groups)).toBeUndefined();
    expect(firstFindingIndex(items)).toBe(1);
  });
});

describe('isNavigationKey', () => {
  it('knows the keys the register handles', () => {
    expect(['ArrowUp', 'ArrowDown', 'PageUp', 'PageDown', 'Home', 'End'].every(isNavigationKey)).toBe(true);
    expect(isNavigationKey('Enter')).toBe(false);
    expect(isNavigationKey('ArrowLeft')).toBe(false);
  });
});
