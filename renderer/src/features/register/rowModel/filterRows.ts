/**
 * The register's filters: a row passes when it matches every category that has choices, and any
 * one choice within a category (MOJ filter semantics). Pure.
 */
import type { RegisterRow } from './registerRow';
import { NO_SITE, type RegisterFilters } from './registerView';

export function matchesFilters(row: RegisterRow, filters: RegisterFilters): boolean {
  const { classifications, disciplines, sites, statuses, inspections, changedFrom, changedTo } = filters;
  if (classifications.length > 0 && !classifications.includes(row.classification)) return false;
  if (disciplines.length > 0 && !disciplines.includes(row.discipline)) return false;
  if (sites.length > 0 && !sites.includes(row.siteIdentifier ?? NO_SITE)) return false;
  if (statuses.length > 0 && !statuses.includes(row.status)) return false;
  if (inspections.length > 0 && !inspections.includes(row.inspectionId)) return false;
  // ISO dates compare as strings; the range is inclusive at both ends.
  if (changedFrom && row.changedOn < changedFrom) return false;
  if (changedTo && row.changedOn > changedTo) return false;
  return true;
}

export function filterRows(rows: readonly RegisterRow[], filters: RegisterFilters): RegisterRow[] {
  return rows.filter((row) => matchesFilters(row, filters));
}
