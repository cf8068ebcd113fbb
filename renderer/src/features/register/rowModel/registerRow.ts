/**
 * One row of the findings register, flattened from a finding, its site and its inspection, with
 * the folded search text and the local day of its last change worked out once per row rather
 * than on every keystroke or comparison. Deleted findings never become rows.
 */
import type { RecordMeta } from '@shared/changes/reducer';
import { CLASSIFICATION_SCHEMES, gradeLabel, type Classification } from '@shared/domain/classificationSchemes';
import type { Discipline } from '@shared/domain/disciplines';
import { FINDING_STATUS_LABELS, type Finding, type FindingStatus } from '@shared/domain/finding';
import { foldText } from './foldText';

/** What the register needs of a stored record: its fields and when it last changed. */
type WithMeta<T> = T & { _meta: Pick<RecordMeta, 'updatedAt' | 'deleted' | 'version'> };
export type FindingSource = WithMeta<Finding>;
export interface SiteSource {
  id: string;
  identifier: string;
}
export interface InspectionSource {
  id: string;
  reference: string;
}

export interface RegisterRow {
  id: string;
  inspectionId: string;
  inspectionReference: string;
  reference: string;
  title: string;
  discipline: Discipline;
  classification: Classification;
  gradeLabel: string;
  /** Null for a finding about the whole network rather than one site. */
  siteIdentifier: string | null;
  status: FindingStatus;
  statusLabel: string;
  /** ISO 8601 instant of the last change. */
  updatedAt: string;
  /** YYYY-MM-DD of the last change in the viewer's time zone, for the date range filter. */
  changedOn: string;
  statement: string;
  /** Reference, title, statement, evidence and references, folded (see foldText). */
  searchText: string;
}

const EXCERPT_LENGTH = 140;

/** The start of a statement on one line; rendered cells call it, so only visible rows pay for it. */
export function excerpt(text: string, length = EXCERPT_LENGTH): string {
  // Collapsing white space can only shorten text, so a generous head is enough to look at.
  const flat = text
    .slice(0, length * 4)
    .replace(/\s+/g, ' ')
    .trim();
  if (flat.length <= length && text.length <= length * 4) return flat;
  return `${flat.slice(0, length - 1).trimEnd()}…`;
}

export function localDay(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** A grade's name without a discipline: the same word in every scheme that uses it. */
export function classificationLabel(classification: Classification): string {
  for (const grades of Object.values(CLASSIFICATION_SCHEMES)) {
    const grade = grades.find((g) => g.classification === classification);
    if (grade) return grade.label;
  }
  return classification;
}

export function buildRegisterRow(
  finding: FindingSource,
  site: SiteSource | undefined,
  inspection: InspectionSource,
  searchTextCache?: SearchTextCache,
): RegisterRow {
  return {
    id: finding.id,
    inspectionId: finding.inspectionId,
    inspectionReference: inspection.reference,
    reference: finding.reference,
    title: finding.title,
    discipline: finding.discipline,
    classification: finding.classification,
    gradeLabel: gradeLabel(finding.discipline, finding.classification),
    siteIdentifier: site?.identifier ?? null,
    status: finding.status,
    statusLabel: FINDING_STATUS_LABELS[finding.status],
    updatedAt: finding._meta.updatedAt,
    changedOn: localDay(finding._meta.updatedAt),
    statement: finding.statement,
    searchText: searchTextOf(finding, searchTextCache),
  };
}

/**
 * Folded search text by finding id and record version. Live queries rebuild every row whenever any
 * finding changes; with the cache only the changed findings are folded again.
 */
export type SearchTextCache = Map<string, { version: number; text: string }>;

function searchTextOf(finding: FindingSource, cache: SearchTextCache | undefined): string {
  const cached = cache?.get(finding.id);
  if (cached && cached.version === finding._meta.version) return cached.text;
  const text = foldText(
    [finding.reference, finding.title, finding.statement, finding.evidence, ...finding.references].join('\n'),
  );
  cache?.set(finding.id, { version: finding._meta.version, text });
  return text;
}

/**
 * The register's rows: findings that are not deleted and whose inspection is known (a deleted
 * inspection's findings leave the register with it). Unsorted; sortRows orders them.
 */
export function buildRegisterRows(
  findings: readonly FindingSource[],
  sites: readonly SiteSource[],
  inspections: readonly InspectionSource[],
  searchTextCache?: SearchTextCache,
): RegisterRow[] {
  const siteById = new Map(sites.map((site) => [site.id, site]));
  const inspectionById = new Map(inspections.map((inspection) => [inspection.id, inspection]));
  const rows: RegisterRow[] = [];
  for (const finding of findings) {
    if (finding._meta.deleted) continue;
    const inspection = inspectionById.get(finding.inspectionId);
    if (!inspection) continue;
    const site = finding.siteId ? siteById.get(finding.siteId) : undefined;
    rows.push(buildRegisterRow(finding, site, inspection, searchTextCache));
  }
  return rows;
}
