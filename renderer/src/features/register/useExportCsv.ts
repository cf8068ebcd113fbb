/**
 * CSV export of the register as it is now: every matching row (not only those rendered), in
 * display order, with the visible columns in their order, saved through the platform bridge as
 * UTF-8 with a byte order mark.
 */
import { useCallback } from 'react';
import { csvBytes } from '@shared/export/csv';
import { usePlatform } from '../../platform/PlatformContext';
import type { RegisterColumnId } from './rowModel/registerColumns';
import { registerCsvFileName, registerCsvRecords } from './rowModel/registerCsv';
import type { RegisterRow } from './rowModel/registerRow';

export type ExportOutcome = { saved: true; fileName: string; count: number } | { saved: false };

export function useExportCsv(): (
  rows: readonly RegisterRow[],
  columns: readonly RegisterColumnId[],
) => Promise<ExportOutcome> {
  const platform = usePlatform();
  return useCallback(
    async (rows, columns) => {
      const fileName = registerCsvFileName(new Date());
      const bytes = csvBytes(registerCsvRecords(rows, columns));
      const result = await platform.saveFile(fileName, bytes, [
        { name: 'CSV (comma-separated values)', extensions: ['csv'] },
      ]);
      return result.saved ? { saved: true, fileName, count: rows.length } : { saved: false };
    },
    [platform],
  );
}
