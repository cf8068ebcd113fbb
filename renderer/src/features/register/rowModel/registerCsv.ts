/**
 * The register's CSV: a heading row of the visible columns' names, then every row of the current
 * view (not only the rendered ones) in display order. Escaping and formula neutralising are the
 * shared CSV writer's job.
 */
import type { CsvRecord } from '@shared/export/csv';
import { columnText, REGISTER_COLUMNS, type RegisterColumnId } from './registerColumns';
import type { RegisterRow } from './registerRow';

export function registerCsvRecords(rows: readonly RegisterRow[], columns: readonly RegisterColumnId[]): CsvRecord[] {
  return [
    columns.map((id) => REGISTER_COLUMNS[id].label),
    ...rows.map((row) => columns.map((id) => columnText(row, id))),
  ];
}

/** findings-register-2026-11-25.csv, dated in the viewer's time zone. */
export function registerCsvFileName(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `findings-register-${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}.csv`;
}
