/**
 * Free-text search over reference, title, statement, evidence and references: every word of the
 * query must appear somewhere in the row, ignoring case and accents. Pure.
 */
import { queryTerms } from './foldText';
import type { RegisterRow } from './registerRow';

export function searchRows(rows: readonly RegisterRow[], query: string): readonly RegisterRow[] {
  const terms = queryTerms(query);
  if (terms.length === 0) return rows;
  return rows.filter((row) => terms.every((term) => row.searchText.includes(term)));
}
