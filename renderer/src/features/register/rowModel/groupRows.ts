/**
 * Grouping: turns sorted rows into the list the table shows, with a header row per group giving
 * its name and count. Groups come in their natural order (grades by severity, statuses in their
 * lifecycle order); rows keep their sorted order within a group. Pure.
 */
import { CLASSIFICATION_ORDER } from '@shared/domain/classificationSchemes';
import { DISCIPLINE_NAMES, DisciplineSchema } from '@shared/domain/disciplines';
import { FINDING_STATUS_LABELS, FindingStatusSchema } from '@shared/domain/finding';
import { classificationLabel, type RegisterRow } from './registerRow';
import { NO_SITE, type GroupBy } from './registerView';
import { compareText } from './sortRows';

export interface GroupItem {
  kind: 'group';
  key: string;
  label: string;
  count: number;
}
export interface FindingItem {
  kind: 'finding';
  row: RegisterRow;
}
/** One row of the rendered table body. */
export type DisplayItem = GroupItem | FindingItem;

export const NO_SITE_GROUP_LABEL = 'Not specific to one site';

interface Grouping {
  keyOf: (row: RegisterRow) => string;
  labelOf: (row: RegisterRow) => string;
  compareKeys: (a: string, b: string) => number;
}

const byRank = (order: readonly string[]) => (a: string, b: string) => order.indexOf(a) - order.indexOf(b);

const GROUPINGS: Readonly<Record<Exclude<GroupBy, 'none'>, Grouping>> = {
  grade: {
    keyOf: (row) => row.classification,
    labelOf: (row) => classificationLabel(row.classification),
    compareKeys: byRank(CLASSIFICATION_ORDER),
  },
  site: {
    keyOf: (row) => row.siteIdentifier ?? NO_SITE,
    labelOf: (row) => row.siteIdentifier ?? NO_SITE_GROUP_LABEL,
    compareKeys: (a, b) => (a === b ? 0 : a === NO_SITE ? 1 : b === NO_SITE ? -1 : compareText(a, b)),
  },
  discipline: {
    keyOf: (row) => row.discipline,
    labelOf: (row) => `${row.discipline} (${DISCIPLINE_NAMES[row.discipline]})`,
    compareKeys: byRank(DisciplineSchema.options),
  },
  inspection: {
    keyOf: (row) => row.inspectionId,
    labelOf: (row) => row.inspectionReference,
    compareKeys: () => 0,
  },
  status: {
    keyOf: (row) => row.status,
    labelOf: (row) => FINDING_STATUS_LABELS[row.status],
    compareKeys: byRank(FindingStatusSchema.options),
  },
};

interface Bucket {
  key: string;
  label: string;
  rows: RegisterRow[];
}

export function groupRows(rows: readonly RegisterRow[], groupBy: GroupBy): DisplayItem[] {
  if (groupBy === 'none') return rows.map((row) => ({ kind: 'finding', row }));
  const grouping = GROUPINGS[groupBy];
  const buckets = new Map<string, Bucket>();
  for (const row of rows) {
    const key = grouping.keyOf(row);
    let bucket = buckets.get(key);
    if (!bucket) {
      bucket = { key, label: grouping.labelOf(row), rows: [] };
      buckets.set(key, bucket);
    }
    bucket.rows.push(row);
  }
  const ordered = [...buckets.values()].sort(
    (a, b) => grouping.compareKeys(a.key, b.key) || compareText(a.label, b.label),
  );
  const items: DisplayItem[] = [];
  for (const bucket of ordered) {
    items.push({ kind: 'group', key: `${groupBy}:${bucket.key}`, label: bucket.label, count: bucket.rows.length });
    for (const row of bucket.rows) items.push({ kind: 'finding', row });
  }
  return items;
}
