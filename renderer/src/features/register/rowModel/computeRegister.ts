/**
 * The register's whole row pipeline as pure functions of the rows and the view: sort, then
 * filter and search (both keep order, so a sorted list stays sorted and the screen can reuse one
 * sort across keystrokes), then group. The screen, the CSV export and the unit tests all go
 * through it, so what is exported is exactly what is shown.
 */
import { filterRows } from './filterRows';
import { groupRows, type DisplayItem } from './groupRows';
import type { RegisterRow } from './registerRow';
import type { RegisterView } from './registerView';
import { searchRows } from './searchRows';
import { sortRows } from './sortRows';

export interface RegisterResult {
  /** The matching rows in display order (grouped, then sorted within each group). */
  rows: RegisterRow[];
  /** What the table body shows: group header rows and finding rows. */
  items: DisplayItem[];
  /** How many rows there were before filtering and search. */
  total: number;
}

/** Filters, searches and groups rows that are already sorted. */
export function selectRows(
  sorted: readonly RegisterRow[],
  view: Pick<RegisterView, 'filters' | 'search' | 'groupBy'>,
): RegisterResult {
  const matching = searchRows(filterRows(sorted, view.filters), view.search);
  const items = groupRows(matching, view.groupBy);
  const rows = view.groupBy === 'none' ? [...matching] : items.flatMap((i) => (i.kind === 'finding' ? [i.row] : []));
  return { rows, items, total: sorted.length };
}

export function computeRegister(
  rows: readonly RegisterRow[],
  view: Pick<RegisterView, 'filters' | 'search' | 'sorting' | 'groupBy'>,
): RegisterResult {
  return selectRows(sortRows(rows, view.sorting), view);
}
