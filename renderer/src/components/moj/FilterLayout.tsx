/** A filter panel beside the content it filters: the MOJ filter layout, MOJ filter and filter toggle. */
// On wide windows the panel starts open; below MOJ's desktop breakpoint it starts closed, opens over
// the content and gets a Close button, as MOJ's filter toggle script does.
import { Fragment, useEffect, useId, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { classNames } from '../classNames';
import { Button } from '../govuk/Button';
import { useMediaQuery } from '../useMediaQuery';

/** MOJ's `bigModeMediaQuery` for the filter toggle (its desktop breakpoint). */
const WIDE_WINDOW = '(min-width: 48.0625em)';

export interface SelectedFilterCategory {
  heading: ReactNode;
  items: readonly { key: string; text: string; onRemove: () => void }[];
}

export interface SelectedFilters {
  categories: readonly SelectedFilterCategory[];
  onClear: () => void;
  heading?: ReactNode;
  clearText?: string | undefined;
}

export interface FilterLayoutProps {
  /** The filter's fields (checkboxes, a search box…). */
  filter: ReactNode;
  /** The filtered content: usually an action bar's neighbours and a table. */
  children: ReactNode;
  heading?: ReactNode;
  /** Chosen filters shown as removable tags above the fields. */
  selectedFilters?: SelectedFilters | undefined;
  /** When given, the fields sit in a form with an "Apply filters" button; omit it for filters that apply as they change. */
  onApply?: (() => void) | undefined;
  applyText?: string | undefined;
  /** Shown in the action bar beside the toggle, for example an export button. */
  actions?: ReactNode;
  showText?: string | undefined;
  hideText?: string | undefined;
  className?: string | undefined;
}

function SelectedFilterTags({ selected }: { selected: SelectedFilters }) {
  return (
    <div className="moj-filter__selected">
      <div className="moj-filter__selected-heading">
        <div className="moj-filter__heading-title">
          <h2 className="govuk-heading-m">{selected.heading ?? 'Selected filters'}</h2>
        </div>
        <div className="moj-filter__heading-action">
          {/* MOJ uses a link to a cleared URL; filters held in React state need a button, and a plain
              button would not look like a link without styles of our own. */}
          <Button type="button" variant="secondary" className="govuk-!-margin-bottom-0" onClick={selected.onClear}>
            {selected.clearText ?? 'Clear filters'}
          </Button>
        </div>
      </div>
      {selected.categories.map((category, index) => (
        <Fragment key={index}>
          <h3 className="govuk-heading-s govuk-!-margin-bottom-0">{category.heading}</h3>
          <ul className="moj-filter-tags">
            {category.items.map((item) => (
              <li key={item.key}>
                <button type="button" className="moj-filter__tag" onClick={item.onRemove}>
                  <span className="govuk-visually-hidden">Remove this filter</span> {item.text}
                </button>
              </li>
            ))}
          </ul>
        </Fragment>
      ))}
    </div>
  );
}

export function FilterLayout({
  filter,
  children,
  heading = 'Filter',
  selectedFilters,
  onApply,
  applyText = 'Apply filters',
  actions,
  showText = 'Show filter',
  hideText = 'Hide filter',
  className,
}: FilterLayoutProps) {
  const filterId = useId();
  const isWide = useMediaQuery(WIDE_WINDOW);
  // Open by default on wide windows and closed on narrow ones; a resize across the breakpoint resets it.
  const [toggled, setToggled] = useState({ wide: isWide, open: isWide });
  const open = toggled.wide === isWide ? toggled.open : isWide;
  const setOpen = (next: boolean) => setToggled({ wide: isWide, open: next });

  const panel = useRef<HTMLDivElement>(null);
  const toggleButton = useRef<HTMLButtonElement>(null);
  const [focusPanelOnOpen, setFocusPanelOnOpen] = useState(false);
  useEffect(() => {
    if (open && focusPanelOnOpen) panel.current?.focus();
  }, [open, focusPanelOnOpen]);

  const toggle = () => {
    setFocusPanelOnOpen(!open);
    setOpen(!open);
  };
  const close = () => {
    setOpen(false);
    toggleButton.current?.focus();
  };
  const apply = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    onApply?.();
  };

  return (
    <div className={classNames('moj-filter-layout', className)}>
      <div className="moj-filter-layout__filter">
        <div ref={panel} id={filterId} className={classNames('moj-filter', !open && 'moj-js-hidden')} tabIndex={-1}>
          <div className="moj-filter__header">
            <div className="moj-filter__header-title">
              <h2 className="govuk-heading-m">{heading}</h2>
            </div>
            <div className="moj-filter__header-action">
              {!isWide && (
                <button type="button" className="moj-filter__close" onClick={close}>
                  Close
                </button>
              )}
            </div>
          </div>
          <div className="moj-filter__content">
            {selectedFilters && <SelectedFilterTags selected={selectedFilters} />}
            {onApply ? (
              <form className="moj-filter__options" onSubmit={apply}>
                <Button type="submit">{applyText}</Button>
                {filter}
              </form>
            ) : (
              <div className="moj-filter__options">{filter}</div>
            )}
          </div>
        </div>
      </div>
      <div className="moj-filter-layout__content">
        <div className="moj-action-bar">
          <div className="moj-action-bar__filter">
            <Button
              ref={toggleButton}
              type="button"
              variant="secondary"
              aria-controls={filterId}
              aria-expanded={open}
              onClick={toggle}
            >
              {open ? hideText : showText}
            </Button>
          </div>
          {actions}
        </div>
        {children}
      </div>
    </div>
  );
}
