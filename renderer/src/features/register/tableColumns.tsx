/**
 * The register's TanStack Table setup: the features it registers (sorting state, column visibility
 * and column order; no client row models, because the pure row model in rowModel/ sorts, filters
 * and groups) and the column definitions that render each cell.
 */
import {
  columnOrderingFeature,
  columnVisibilityFeature,
  createColumnHelper,
  rowSortingFeature,
  tableFeatures,
} from '@tanstack/react-table';
import { ClassificationTag } from '../findings/ClassificationTag';
import { FindingLink } from './FindingLink';
import { columnsFor, NO_SITE_LABEL, REGISTER_COLUMNS, type RegisterColumnId } from './rowModel/registerColumns';
import { excerpt, type RegisterRow } from './rowModel/registerRow';

export const registerFeatures = tableFeatures({ rowSortingFeature, columnVisibilityFeature, columnOrderingFeature });

const helper = createColumnHelper<typeof registerFeatures, RegisterRow>();

/** Sorting and hiding rules come from the pure column list, so the table and the CSV agree. */
const rules = (id: RegisterColumnId) => ({
  id,
  header: REGISTER_COLUMNS[id].label,
  enableSorting: true,
  sortDescFirst: REGISTER_COLUMNS[id].sortDescFirst,
  enableHiding: REGISTER_COLUMNS[id].hideable,
});

const shortDateTime = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short' });

const ALL_COLUMNS = helper.columns([
  helper.accessor('reference', { ...rules('reference'), cell: ({ row }) => <FindingLink row={row.original} /> }),
  // Typed text may be right-to-left or carry bidi controls; <bdi> keeps it from reordering the cell.
  helper.accessor('title', { ...rules('title'), cell: ({ getValue }) => <bdi>{getValue()}</bdi> }),
  helper.accessor('classification', {
    ...rules('grade'),
    cell: ({ row }) => (
      <ClassificationTag discipline={row.original.discipline} classification={row.original.classification} />
    ),
  }),
  helper.accessor('discipline', rules('discipline')),
  helper.accessor((row) => row.siteIdentifier ?? NO_SITE_LABEL, {
    ...rules('site'),
    cell: ({ getValue }) => <bdi>{getValue()}</bdi>,
  }),
  helper.accessor('statusLabel', rules('status')),
  helper.accessor('inspectionReference', { ...rules('inspection'), cell: ({ getValue }) => <bdi>{getValue()}</bdi> }),
  helper.accessor('updatedAt', {
    ...rules('lastChanged'),
    cell: ({ getValue }) => <time dateTime={getValue()}>{shortDateTime.format(new Date(getValue()))}</time>,
  }),
  helper.accessor('statement', {
    ...rules('statement'),
    cell: ({ getValue }) => <bdi className="app-register__excerpt">{excerpt(getValue())}</bdi>,
  }),
]);

const INSPECTION_IDS = new Set<string>(columnsFor('inspection'));
const INSPECTION_COLUMNS = ALL_COLUMNS.filter((column) => column.id !== undefined && INSPECTION_IDS.has(column.id));

/** Stable column arrays per register: TanStack rebuilds its column model when the array changes. */
export function tableColumnsFor(scope: 'inspection' | 'all') {
  return scope === 'all' ? ALL_COLUMNS : INSPECTION_COLUMNS;
}
