/**
 * The register's table: a real <table> (so screen readers keep row and column semantics) with
 * TanStack Table for headers, cells, sorting state, column order and visibility, and TanStack
 * Virtual so only the rows in view are in the DOM. Spacer rows stand in for the rest; aria-rowcount
 * and aria-rowindex tell assistive technology where each rendered row sits in the whole list.
 * The active row's reference link is the one Tab stop; arrow keys, Page Up/Down, Home and End
 * move it, and Enter opens the finding.
 */
import { functionalUpdate, useTable, type SortingState } from '@tanstack/react-table';
import { defaultRangeExtractor, useVirtualizer, type Range } from '@tanstack/react-virtual';
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { RegisterResult } from './rowModel/computeRegister';
import { REGISTER_COLUMNS, RegisterColumnIdSchema } from './rowModel/registerColumns';
import type { RegisterScope, RegisterSorting, RegisterView } from './rowModel/registerView';
import { firstFindingIndex, isNavigationKey, nextActiveIndex } from './rowModel/rowNavigation';
import { bodySlots, withActiveIndex } from './rowModel/virtualWindow';
import { RowFocusContext, type RowFocus } from './RowFocusContext';
import { SortButton } from './SortButton';
import { registerFeatures, tableColumnsFor } from './tableColumns';

const ESTIMATED_ROW_HEIGHT = 56;
const ESTIMATED_GROUP_HEIGHT = 48;

export interface RegisterTableProps {
  scope: RegisterScope;
  result: RegisterResult;
  view: RegisterView;
  onSortingChange: (sorting: RegisterSorting) => void;
  caption: string;
}

function toRegisterSorting(sorting: SortingState): RegisterSorting {
  return sorting.flatMap(({ id, desc }) => {
    const column = RegisterColumnIdSchema.safeParse(id);
    return column.success ? [{ id: column.data, desc }] : [];
  });
}

export function RegisterTable({ scope, result, view, onSortingChange, caption }: RegisterTableProps) {
  const { items, rows } = result;
  const columnVisibility = useMemo(
    () => Object.fromEntries(view.hiddenColumns.map((id) => [id, false])),
    [view.hiddenColumns],
  );
  const table = useTable({
    features: registerFeatures,
    columns: tableColumnsFor(scope),
    data: rows,
    getRowId: (row) => row.id,
    // The pure row model has already sorted `rows`; TanStack only keeps the sorting state.
    manualSorting: true,
    enableMultiSort: false,
    enableSortingRemoval: false,
    state: { sorting: view.sorting, columnVisibility, columnOrder: view.columnOrder },
    onSortingChange: (updater) => onSortingChange(toRegisterSorting(functionalUpdate(updater, view.sorting))),
  });
  const visibleColumns = table.getVisibleLeafColumns();
  const visibleColumnCount = visibleColumns.length;
  const columnWidths = visibleColumns.map((column) => {
    const id = RegisterColumnIdSchema.safeParse(column.id);
    return { id: column.id, width: id.success ? REGISTER_COLUMNS[id.data].width : 10 };
  });
  const tableWidth = columnWidths.reduce((sum, column) => sum + column.width, 0);

  const scrollRef = useRef<HTMLDivElement>(null);
  const headRef = useRef<HTMLTableSectionElement>(null);
  const bodyRef = useRef<HTMLTableSectionElement>(null);
  const [headHeight, setHeadHeight] = useState(0);
  useLayoutEffect(() => {
    // The sticky header sits above the first row inside the scroll area; the virtualiser needs its
    // height to place rows and to keep a row scrolled into view from hiding under it. A resize
    // observer reports it once on observing and again whenever headings wrap differently.
    const head = headRef.current;
    if (!head) return;
    const observer = new ResizeObserver(() => setHeadHeight(head.offsetHeight));
    observer.observe(head);
    return () => observer.disconnect();
  }, []);

  const indexById = useMemo(() => {
    const map = new Map<string, number>();
    items.forEach((item, index) => {
      if (item.kind === 'finding') map.set(item.row.id, index);
    });
    return map;
  }, [items]);
  const [chosenId, setChosenId] = useState<string>();
  const activeIndex = (chosenId !== undefined ? indexById.get(chosenId) : undefined) ?? firstFindingIndex(items);
  const activeItem = activeIndex === undefined ? undefined : items[activeIndex];
  const activeId = activeItem?.kind === 'finding' ? activeItem.row.id : undefined;

  const rangeExtractor = useCallback(
    (range: Range) => withActiveIndex(defaultRangeExtractor(range), activeIndex, range.count),
    [activeIndex],
  );
  // The app is not built with the React Compiler, so the compiler's caution about this hook's
  // unmemoisable functions does not apply; the virtualiser re-renders this component on scroll.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer<HTMLDivElement, HTMLTableRowElement>({
    count: items.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: (index) => (items[index]?.kind === 'group' ? ESTIMATED_GROUP_HEIGHT : ESTIMATED_ROW_HEIGHT),
    getItemKey: (index) => {
      const item = items[index];
      return item === undefined ? index : item.kind === 'group' ? item.key : item.row.id;
    },
    overscan: 6,
    scrollMargin: headHeight,
    scrollPaddingStart: headHeight,
    rangeExtractor,
  });

  // A new filter, search, sort or grouping is a new list: start it at the top. Live data changes
  // (an edit, an import, sync) keep the place the inspector scrolled to.
  const { filters, search, sorting, groupBy } = view;
  useEffect(() => {
    virtualizer.scrollToOffset(0);
  }, [virtualizer, filters, search, sorting, groupBy]);

  const focusRequest = useRef<number | null>(null);
  useEffect(() => {
    const index = focusRequest.current;
    if (index === null) return;
    const link = bodyRef.current?.querySelector<HTMLAnchorElement>(`tr[data-index="${index}"] a`);
    if (link) {
      focusRequest.current = null;
      // The virtualiser scrolls; letting focus scroll as well would fight it under the sticky header.
      link.focus({ preventScroll: true });
    }
  });

  const rowFocus = useMemo<RowFocus>(
    () => ({
      activeId,
      onFocus: (findingId) => setChosenId(findingId),
      onKeyDown: (event: KeyboardEvent<HTMLAnchorElement>, findingId) => {
        if (!isNavigationKey(event.key) || event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
        const from = indexById.get(findingId);
        if (from === undefined) return;
        event.preventDefault();
        const viewport = scrollRef.current?.clientHeight ?? 0;
        const pageSize = Math.max(1, Math.floor((viewport - headHeight) / ESTIMATED_ROW_HEIGHT) - 1);
        const next = nextActiveIndex(items, from, event.key, pageSize);
        const target = items[next];
        if (target?.kind !== 'finding') return;
        setChosenId(target.row.id);
        virtualizer.scrollToIndex(next, { align: 'auto' });
        focusRequest.current = next;
      },
    }),
    [activeId, indexById, items, headHeight, virtualizer],
  );

  const virtualItems = virtualizer.getVirtualItems();
  const slots = bodySlots(virtualItems, virtualizer.getTotalSize(), headHeight);
  const sorted = view.sorting[0];
  const sortedLabel = sorted ? REGISTER_COLUMNS[sorted.id].label : undefined;

  return (
    <RowFocusContext.Provider value={rowFocus}>
      <div ref={scrollRef} className="app-register__scroll">
        <table
          className="govuk-table app-register__table"
          aria-rowcount={items.length + 1}
          style={{ minWidth: `${tableWidth}em` }}
        >
          <caption className="govuk-table__caption govuk-visually-hidden">
            {caption} (column headers with buttons are sortable).
          </caption>
          <colgroup>
            {columnWidths.map(({ id, width }) => (
              <col key={id} style={{ width: `${width}em` }} />
            ))}
          </colgroup>
          <thead ref={headRef} className="govuk-table__head">
            {table.getHeaderGroups().map((group) => (
              <tr key={group.id} className="govuk-table__row" aria-rowindex={1}>
                {group.headers.map((header) => {
                  const direction = header.column.getIsSorted();
                  return (
                    <th
                      key={header.id}
                      scope="col"
                      className="govuk-table__header"
                      aria-sort={direction === 'asc' ? 'ascending' : direction === 'desc' ? 'descending' : 'none'}
                    >
                      <SortButton direction={direction} onClick={header.column.getToggleSortingHandler()}>
                        <table.FlexRender header={header} />
                      </SortButton>
                    </th>
                  );
                })}
              </tr>
            ))}
          </thead>
          <tbody ref={bodyRef} className="govuk-table__body">
            {slots.map((slot) => {
              if (slot.kind === 'spacer') {
                return (
                  <tr key={slot.key} aria-hidden="true" className="app-register__spacer">
                    <td colSpan={visibleColumnCount} style={{ height: slot.height }} />
                  </tr>
                );
              }
              const { index, key } = slot.item;
              const item = items[index];
              if (!item) return null;
              if (item.kind === 'group') {
                return (
                  <tr
                    key={String(key)}
                    ref={virtualizer.measureElement}
                    data-index={index}
                    aria-rowindex={index + 2}
                    className="govuk-table__row app-register__group"
                  >
                    <td className="govuk-table__cell" colSpan={visibleColumnCount}>
                      <span className="govuk-!-font-weight-bold">{item.label}</span> ({item.count}{' '}
                      {item.count === 1 ? 'finding' : 'findings'})
                    </td>
                  </tr>
                );
              }
              const row = table.getRow(item.row.id);
              return (
                <tr
                  key={String(key)}
                  ref={virtualizer.measureElement}
                  data-index={index}
                  aria-rowindex={index + 2}
                  className={`govuk-table__row app-register__row${item.row.id === activeId ? ' app-register__row--active' : ''}`}
                >
                  {row.getVisibleCells().map((cell) => (
                    <td key={cell.id} className="govuk-table__cell">
                      <table.FlexRender cell={cell} />
                    </td>
                  ))}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <p className="govuk-visually-hidden" role="status">
        {sortedLabel && sorted ? `Sorted by ${sortedLabel} (${sorted.desc ? 'descending' : 'ascending'})` : ''}
      </p>
    </RowFocusContext.Provider>
  );
}
