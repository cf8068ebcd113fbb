/**
 * The findings register: every finding of one inspection, or of all of them, as a sortable,
 * filterable, groupable, searchable, virtualised table with saved views and CSV export. It owns
 * the register's view state; the pure row model turns rows and view into what is shown, and the
 * table, filter panel and panels only render and report changes.
 */
import { useEffect, useMemo, useState } from 'react';
import { useSearchParams } from 'react-router';
import { Button } from '../../components/govuk/Button';
import { Select } from '../../components/govuk/Select';
import { TextInput } from '../../components/govuk/TextInput';
import { FilterLayout, type SelectedFilterCategory } from '../../components/moj/FilterLayout';
import type { Stored } from '../../db/DataStore';
import { ColumnsPanel } from './ColumnsPanel';
import { filterOptions, filterTagCategories } from './filterOptions';
import { RegisterFilterFields } from './RegisterFilterFields';
import { RegisterTable } from './RegisterTable';
import { selectRows } from './rowModel/computeRegister';
import {
  defaultView,
  fitViewToScope,
  GROUP_BY_LABELS,
  GroupBySchema,
  groupingsFor,
  NO_FILTERS,
  visibleColumns,
  type RegisterScope,
  type RegisterView,
} from './rowModel/registerView';
import { viewFromQuery } from './rowModel/queryFilters';
import { sortRows } from './rowModel/sortRows';
import { SavedViewsPanel } from './SavedViewsPanel';
import { useExportCsv } from './useExportCsv';
import { useRegisterRows } from './useRegisterRows';
import { useSavedViews } from './useSavedViews';
import './register.scss';

/** Long enough not to re-filter 10,000 rows on every keystroke, short enough to feel immediate. */
const SEARCH_DELAY_MS = 250;

const numbers = new Intl.NumberFormat('en-GB');

export interface FindingsRegisterProps {
  /** The inspection whose findings to show; all inspections when omitted. */
  inspection?: Stored<'inspection'> | undefined;
}

export function FindingsRegister({ inspection }: FindingsRegisterProps) {
  const scope: RegisterScope = inspection ? 'inspection' : 'all';
  const data = useRegisterRows(inspection);
  const savedViews = useSavedViews();
  const exportCsv = useExportCsv();
  const [params] = useSearchParams();
  const query = params.toString();
  const [view, setView] = useState<RegisterView>(() => ({ ...defaultView(scope), ...viewFromQuery(params, scope) }));
  const [searchInput, setSearchInput] = useState(view.search);
  const [linkedQuery, setLinkedQuery] = useState(query);
  if (query !== linkedQuery) {
    // Another link into the register (e.g. a different bar of the overview chart): start from its filters.
    setLinkedQuery(query);
    const linked = viewFromQuery(params, scope);
    setView((current) => ({ ...current, ...linked }));
    setSearchInput(linked.search);
  }
  const [exportMessage, setExportMessage] = useState('');

  useEffect(() => {
    const timer = setTimeout(
      () => setView((current) => (current.search === searchInput ? current : { ...current, search: searchInput })),
      SEARCH_DELAY_MS,
    );
    return () => clearTimeout(timer);
  }, [searchInput]);

  // Sorting once and filtering the sorted list keeps each keystroke's work to a linear scan.
  const sorted = useMemo(() => (data ? sortRows(data.rows, view.sorting) : undefined), [data, view.sorting]);
  const { filters, search, groupBy } = view;
  const result = useMemo(
    () => (sorted ? selectRows(sorted, { filters, search, groupBy }) : undefined),
    [sorted, filters, search, groupBy],
  );
  const options = useMemo(() => (data ? filterOptions(data.rows, data.inspections) : undefined), [data]);

  if (!data || !result || !options) return <p className="govuk-body">Loading findings…</p>;

  const update = (patch: Partial<RegisterView>) => setView((current) => ({ ...current, ...patch }));
  const applyView = (next: RegisterView) => {
    const fitted = fitViewToScope(next, scope);
    setView(fitted);
    setSearchInput(fitted.search);
  };
  const clearSearch = () => {
    setSearchInput('');
    update({ search: '' });
  };
  const referenceOf = (id: string) => data.inspections.find((i) => i.id === id)?.reference ?? 'Unknown inspection';
  const selectedCategories: SelectedFilterCategory[] = [
    ...filterTagCategories(view.filters, referenceOf).map((category) => ({
      heading: category.heading,
      items: category.tags.map((tag) => ({
        key: tag.key,
        text: tag.text,
        // From the current state, so two quick removals do not undo each other.
        onRemove: () => setView((current) => ({ ...current, filters: tag.remove(current.filters) })),
      })),
    })),
    ...(view.search
      ? [{ heading: 'Search', items: [{ key: 'search', text: `‘${view.search}’`, onRemove: clearSearch }] }]
      : []),
  ];

  const onExport = async () => {
    setExportMessage('');
    const outcome = await exportCsv(result.rows, visibleColumns(view));
    setExportMessage(
      outcome.saved
        ? `Exported ${numbers.format(outcome.count)} ${outcome.count === 1 ? 'finding' : 'findings'} to ${outcome.fileName}`
        : 'The export was cancelled',
    );
  };

  const shown = result.rows.length;
  const noun = result.total === 1 ? 'finding' : 'findings';
  return (
    <FilterLayout
      className="app-register"
      filter={
        <RegisterFilterFields
          scope={scope}
          filters={view.filters}
          options={options}
          onChange={(next) => update({ filters: next })}
        />
      }
      selectedFilters={
        selectedCategories.length > 0
          ? {
              categories: selectedCategories,
              onClear: () => {
                setSearchInput('');
                update({ filters: NO_FILTERS, search: '' });
              },
            }
          : undefined
      }
      actions={
        <Button type="button" variant="secondary" onClick={() => void onExport()}>
          Export CSV
        </Button>
      }
    >
      <div className="app-register__toolbar">
        <TextInput
          id="register-search"
          type="search"
          label="Search findings"
          hint="Reference, title, statement, evidence or references"
          width={30}
          value={searchInput}
          onChange={(event) => setSearchInput(event.target.value)}
        />
        <Select
          id="register-group-by"
          label="Group by"
          value={view.groupBy}
          options={groupingsFor(scope).map((g) => ({ value: g, text: GROUP_BY_LABELS[g] }))}
          onChange={(event) => {
            const groupBy = GroupBySchema.safeParse(event.target.value);
            if (groupBy.success) update({ groupBy: groupBy.data });
          }}
        />
      </div>
      <div className="app-register__panels">
        <ColumnsPanel
          order={view.columnOrder}
          hidden={view.hiddenColumns}
          onChange={(columnOrder, hiddenColumns) => update({ columnOrder, hiddenColumns })}
        />
        <SavedViewsPanel
          views={savedViews.views}
          onSave={(name) => savedViews.save(name, { ...view, search: searchInput })}
          onApply={(saved) => applyView(saved.view)}
          onDelete={savedViews.remove}
        />
      </div>
      <p className="govuk-body govuk-!-font-weight-bold" aria-live="polite" aria-atomic="true">
        Showing {numbers.format(shown)} of {numbers.format(result.total)} {noun}
      </p>
      <p className="govuk-body" role="status">
        {exportMessage}
      </p>
      {result.total === 0 ? (
        <p className="govuk-body">
          {inspection
            ? 'No findings yet. Raise one from a checklist item, or start a new finding.'
            : 'No findings yet. Findings raised in any inspection on this device appear here.'}
        </p>
      ) : shown === 0 ? (
        <p className="govuk-body">No findings match. Remove a filter or change the search.</p>
      ) : (
        <RegisterTable
          scope={scope}
          result={result}
          view={view}
          caption={inspection ? `Findings of ${inspection.reference}` : 'Findings across all inspections'}
          onSortingChange={(sorting) => update({ sorting })}
        />
      )}
    </FilterLayout>
  );
}
