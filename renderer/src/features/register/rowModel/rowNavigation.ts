/**
 * Keyboard movement of the register's active row: Up and Down step, Page Up and Page Down jump a
 * screenful, Home and End go to the first and last finding. Group header rows are skipped, since
 * only a finding can be opened. Pure, over the display items' kinds.
 */
import type { DisplayItem } from './groupRows';

export const NAVIGATION_KEYS = ['ArrowUp', 'ArrowDown', 'PageUp', 'PageDown', 'Home', 'End'] as const;
export type NavigationKey = (typeof NAVIGATION_KEYS)[number];

export function isNavigationKey(key: string): key is NavigationKey {
  return (NAVIGATION_KEYS as readonly string[]).includes(key);
}

type Kinds = readonly Pick<DisplayItem, 'kind'>[];

function findingAtOrAfter(items: Kinds, index: number): number | undefined {
  for (let i = Math.max(index, 0); i < items.length; i++) if (items[i]?.kind === 'finding') return i;
  return undefined;
}

function findingAtOrBefore(items: Kinds, index: number): number | undefined {
  for (let i = Math.min(index, items.length - 1); i >= 0; i--) if (items[i]?.kind === 'finding') return i;
  return undefined;
}

/** The first finding's index, or undefined when there is none. */
export function firstFindingIndex(items: Kinds): number | undefined {
  return findingAtOrAfter(items, 0);
}

/**
 * Where the active row goes for a key. Stays put at either end rather than wrapping, as a list
 * does, so holding a key down never jumps from the last finding back to the first.
 */
export function nextActiveIndex(items: Kinds, from: number, key: NavigationKey, pageSize: number): number {
  const step = Math.max(1, pageSize);
  const target = (() => {
    switch (key) {
      case 'ArrowDown':
        return findingAtOrAfter(items, from + 1);
      case 'ArrowUp':
        return findingAtOrBefore(items, from - 1);
      case 'PageDown': {
        // Land on a finding within the page if there is one; past a trailing group header if not.
        const within = findingAtOrBefore(items, from + step);
        return within !== undefined && within > from ? within : findingAtOrAfter(items, from + step);
      }
      case 'PageUp': {
        const within = findingAtOrAfter(items, from - step);
        return within !== undefined && within < from ? within : findingAtOrBefore(items, from - step);
      }
      case 'Home':
        return findingAtOrAfter(items, 0);
      case 'End':
        return findingAtOrBefore(items, items.length - 1);
    }
  })();
  return target ?? from;
}
