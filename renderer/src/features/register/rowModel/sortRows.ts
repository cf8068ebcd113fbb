/**
 * Sorting the register by one column. Grades sort by severity (critical first), statuses and
 * disciplines in their lifecycle order, references numerically (GMP-JS-010 after GMP-JS-009).
 * Ties fall back to inspection and reference, so the order never depends on storage order. Pure.
 */
import { CLASSIFICATION_ORDER } from '@shared/domain/classificationSchemes';
import { DisciplineSchema } from '@shared/domain/disciplines';
import { FindingStatusSchema } from '@shared/domain/finding';
import type { RegisterColumnId } from './registerColumns';
import type { RegisterRow } from './registerRow';
import type { RegisterSorting } from './registerView';

type Compare = (a: RegisterRow, b: RegisterRow) => number;

const collator = new Intl.Collator('en-GB', { numeric: true, sensitivity: 'base' });
export const compareText = (a: string, b: string): number => collator.compare(a, b);

const rank = <T>(order: readonly T[]) => {
  const positions = new Map(order.map((value, index) => [value, index]));
  return (value: T) => positions.get(value) ?? order.length;
};
const gradeRank = rank(CLASSIFICATION_ORDER);
const disciplineRank = rank(DisciplineSchema.options);
const statusRank = rank(FindingStatusSchema.options);

/** Findings about the whole network sort after every named site. */
function compareSites(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return compareText(a, b);
}

export const COMPARATORS: Readonly<Record<RegisterColumnId, Compare>> = {
  reference: (a, b) => compareText(a.reference, b.reference),
  title: (a, b) => compareText(a.title, b.title),
  grade: (a, b) => gradeRank(a.classification) - gradeRank(b.classification),
  discipline: (a, b) => disciplineRank(a.discipline) - disciplineRank(b.discipline),
  site: (a, b) => compareSites(a.siteIdentifier, b.siteIdentifier),
  status: (a, b) => statusRank(a.status) - statusRank(b.status),
  inspection: (a, b) => compareText(a.inspectionReference, b.inspectionReference),
  // ISO 8601 instants in UTC compare correctly as strings.
  lastChanged: (a, b) => (a.updatedAt < b.updatedAt ? -1 : a.updatedAt > b.updatedAt ? 1 : 0),
  statement: (a, b) => compareText(a.statement, b.statement),
};

const tieBreak: Compare = (a, b) =>
  compareText(a.inspectionReference, b.inspectionReference) ||
  compareText(a.reference, b.reference) ||
  (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

export function sortRows(rows: readonly RegisterRow[], sorting: RegisterSorting): RegisterRow[] {
  const [sort] = sorting;
  const sorted = [...rows];
  if (!sort) return sorted.sort(tieBreak);
  const compare = COMPARATORS[sort.id];
  const direction = sort.desc ? -1 : 1;
  return sorted.sort((a, b) => direction * compare(a, b) || tieBreak(a, b));
}
