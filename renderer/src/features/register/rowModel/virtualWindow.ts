/**
 * The geometry that lets a real <table> be virtualised: which rows to render (the virtualiser's
 * window plus the active row, so keyboard focus is never unmounted while scrolling) and the
 * spacer rows that stand in for the rows not rendered, so the scroll height stays true. Pure.
 */

export interface PlacedItem {
  index: number;
  start: number;
  end: number;
}

export type BodySlot<T extends PlacedItem> =
  { kind: 'spacer'; key: string; height: number } | { kind: 'item'; item: T };

/** The indexes to render: the visible window, plus the active row wherever it is. */
export function withActiveIndex(indexes: readonly number[], active: number | undefined, count: number): number[] {
  if (active === undefined || active < 0 || active >= count || indexes.includes(active)) return [...indexes];
  return [...indexes, active].sort((a, b) => a - b);
}

/**
 * Rendered rows with a spacer wherever rows are skipped: before the first, between
 * non-adjacent ones (the active row far from the window), and after the last. `offset` is where
 * the list starts in the virtualiser's coordinates (its scrollMargin); spacers under a pixel are
 * left out.
 */
export function bodySlots<T extends PlacedItem>(items: readonly T[], totalSize: number, offset: number): BodySlot<T>[] {
  const slots: BodySlot<T>[] = [];
  let cursor = offset;
  for (const item of items) {
    const gap = item.start - cursor;
    if (gap >= 1) slots.push({ kind: 'spacer', key: `before-${item.index}`, height: gap });
    slots.push({ kind: 'item', item });
    cursor = item.end;
  }
  const tail = offset + totalSize - cursor;
  if (tail >= 1) slots.push({ kind: 'spacer', key: 'end', height: tail });
  return slots;
}
