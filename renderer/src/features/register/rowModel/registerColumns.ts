/**
 * The register's columns: identity, heading, width, and the plain text each one exports. The
 * TanStack column definitions (tableColumns.tsx) render these; the CSV export reads the text here,
 * so the file always says what the table shows.
 */
import { z } from 'zod';
import type { RegisterRow } from './registerRow';

export const REGISTER_COLUMN_IDS = [
  'reference',
  'title',
  'grade',
  'discipline',
  'site',
  'status',
  'inspection',
  'lastChanged',
  'statement',
] as const;
export const RegisterColumnIdSchema = z.enum(REGISTER_COLUMN_IDS);
export type RegisterColumnId = z.infer<typeof RegisterColumnIdSchema>;

export interface RegisterColumn {
  id: RegisterColumnId;
  label: string;
  /** The reference holds the link to the finding and the keyboard focus, so it cannot be hidden. */
  hideable: boolean;
  /** Newest first is the useful first click on a date. */
  sortDescFirst: boolean;
  /**
   * Width in em. Fixed widths keep columns still while virtual rows come and go; the table is at
   * least as wide as its visible columns and scrolls sideways rather than squeezing them to nothing.
   */
  width: number;
}

export const REGISTER_COLUMNS: Readonly<Record<RegisterColumnId, RegisterColumn>> = {
  reference: { id: 'reference', label: 'Reference', hideable: false, sortDescFirst: false, width: 9.5 },
  title: { id: 'title', label: 'Title', hideable: true, sortDescFirst: false, width: 16 },
  grade: { id: 'grade', label: 'Grade', hideable: true, sortDescFirst: false, width: 8 },
  discipline: { id: 'discipline', label: 'Discipline', hideable: true, sortDescFirst: false, width: 8.5 },
  site: { id: 'site', label: 'Site', hideable: true, sortDescFirst: false, width: 7 },
  status: { id: 'status', label: 'Status', hideable: true, sortDescFirst: false, width: 9 },
  inspection: { id: 'inspection', label: 'Inspection', hideable: true, sortDescFirst: false, width: 9 },
  lastChanged: { id: 'lastChanged', label: 'Last changed', hideable: true, sortDescFirst: true, width: 8 },
  statement: { id: 'statement', label: 'Statement', hideable: true, sortDescFirst: false, width: 22 },
};

/** Which columns a register shows: the inspection column only makes sense across inspections. */
export function columnsFor(scope: 'inspection' | 'all'): readonly RegisterColumnId[] {
  return scope === 'all' ? REGISTER_COLUMN_IDS : REGISTER_COLUMN_IDS.filter((id) => id !== 'inspection');
}

export const NO_SITE_LABEL = 'Network';

/**
 * A column's value as plain text, for the CSV. The statement is exported whole (the table shows
 * an excerpt) and the date as an ISO 8601 instant, which spreadsheets sort and convert reliably.
 */
export function columnText(row: RegisterRow, id: RegisterColumnId): string {
  switch (id) {
    case 'reference':
      return row.reference;
    case 'title':
      return row.title;
    case 'grade':
      return row.gradeLabel;
    case 'discipline':
      return row.discipline;
    case 'site':
      return row.siteIdentifier ?? NO_SITE_LABEL;
    case 'status':
      return row.statusLabel;
    case 'inspection':
      return row.inspectionReference;
    case 'lastChanged':
      return row.updatedAt;
    case 'statement':
      return row.statement;
  }
}
