/**
 * A register view: everything a person can set on the register (filters, search, sort, grouping,
 * column order and visibility). One zod schema describes it, so a saved view read back from
 * storage is checked against the same shape the screen uses.
 */
import { z } from 'zod';
import { ClassificationSchema } from '@shared/domain/classificationSchemes';
import { DisciplineSchema } from '@shared/domain/disciplines';
import { FindingStatusSchema } from '@shared/domain/finding';
import { IsoDate } from '@shared/domain/primitives';
import { columnsFor, RegisterColumnIdSchema, type RegisterColumnId } from './registerColumns';

export const RegisterFiltersSchema = z
  .object({
    classifications: z.array(ClassificationSchema).max(10),
    disciplines: z.array(DisciplineSchema).max(10),
    /** Site identifiers; NO_SITE stands for findings about the whole network. */
    sites: z.array(z.string().max(500)).max(1000),
    statuses: z.array(FindingStatusSchema).max(10),
    /** Inspection ids (the register across all inspections only). */
    inspections: z.array(z.string().max(100)).max(1000),
    /** Inclusive range of the local day of the last change; '' leaves that end open. */
    changedFrom: z.union([IsoDate, z.literal('')]),
    changedTo: z.union([IsoDate, z.literal('')]),
  })
  .strict();
export type RegisterFilters = z.infer<typeof RegisterFiltersSchema>;

/** The sort, in TanStack Table's SortingState shape; one column at a time, as in MOJ's sortable table. */
export const RegisterSortingSchema = z
  .array(z.object({ id: RegisterColumnIdSchema, desc: z.boolean() }).strict())
  .max(1);
export type RegisterSorting = z.infer<typeof RegisterSortingSchema>;

export const GroupBySchema = z.enum(['none', 'grade', 'site', 'discipline', 'inspection', 'status']);
export type GroupBy = z.infer<typeof GroupBySchema>;

export const GROUP_BY_LABELS: Readonly<Record<GroupBy, string>> = {
  none: 'No grouping',
  grade: 'Grade',
  site: 'Site',
  discipline: 'Discipline',
  inspection: 'Inspection',
  status: 'Status',
};

export const RegisterViewSchema = z
  .object({
    filters: RegisterFiltersSchema,
    search: z.string().max(500),
    sorting: RegisterSortingSchema,
    groupBy: GroupBySchema,
    columnOrder: z.array(RegisterColumnIdSchema).max(20),
    hiddenColumns: z.array(RegisterColumnIdSchema).max(20),
  })
  .strict();
export type RegisterView = z.infer<typeof RegisterViewSchema>;

export type RegisterScope = 'inspection' | 'all';

/** The value the site filter uses for findings not tied to one site (identifiers are never empty). */
export const NO_SITE = '';

export const NO_FILTERS: RegisterFilters = {
  classifications: [],
  disciplines: [],
  sites: [],
  statuses: [],
  inspections: [],
  changedFrom: '',
  changedTo: '',
};

/**
 * Within one inspection the closing-meeting shape (grouped by grade) is the familiar start; across
 * inspections the newest work comes first.
 */
export function defaultView(scope: RegisterScope): RegisterView {
  return {
    filters: NO_FILTERS,
    search: '',
    sorting: scope === 'inspection' ? [{ id: 'reference', desc: false }] : [{ id: 'lastChanged', desc: true }],
    groupBy: scope === 'inspection' ? 'grade' : 'none',
    columnOrder: [...columnsFor(scope)],
    hiddenColumns: [],
  };
}

export function groupingsFor(scope: RegisterScope): readonly GroupBy[] {
  return GroupBySchema.options.filter((g) => scope === 'all' || g !== 'inspection');
}

/**
 * Fits a view (perhaps saved in the other register, or by an older version) to this register:
 * columns it does not have are dropped, columns it lacks are appended, and settings that only
 * make sense across inspections are reset.
 */
export function fitViewToScope(view: RegisterView, scope: RegisterScope): RegisterView {
  const available = columnsFor(scope);
  const known = (id: RegisterColumnId) => available.includes(id);
  const ordered = [...new Set(view.columnOrder.filter(known))];
  const columnOrder = [...ordered, ...available.filter((id) => !ordered.includes(id))];
  const sorting = view.sorting.filter((s) => known(s.id));
  return {
    ...view,
    filters: scope === 'all' ? view.filters : { ...view.filters, inspections: [] },
    sorting: sorting.length > 0 ? sorting : defaultView(scope).sorting,
    groupBy: groupingsFor(scope).includes(view.groupBy) ? view.groupBy : 'none',
    columnOrder,
    hiddenColumns: view.hiddenColumns.filter((id) => known(id) && id !== 'reference'),
  };
}

/** The columns shown, in order. */
export function visibleColumns(view: RegisterView): RegisterColumnId[] {
  return view.columnOrder.filter((id) => !view.hiddenColumns.includes(id));
}

export function hasActiveFilters(filters: RegisterFilters): boolean {
  return (
    filters.classifications.length > 0 ||
    filters.disciplines.length > 0 ||
    filters.sites.length > 0 ||
    filters.statuses.length > 0 ||
    filters.inspections.length > 0 ||
    filters.changedFrom !== '' ||
    filters.changedTo !== ''
  );
}
