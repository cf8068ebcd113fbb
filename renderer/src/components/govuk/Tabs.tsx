/** Related content in panels, one at a time: the GOV.UK Frontend tabs as real ARIA tabs. */
// Left and Right arrows (and Home and End) move between tabs; only the selected tab is a tab stop.
// The URL hash is not used, because the app routes on it.
import { useRef, type KeyboardEvent, type MouseEvent, type ReactNode } from 'react';
import { classNames } from '../classNames';
import { useControllableState } from '../useControllableState';

export interface TabItem {
  /** The panel's id; the tab gets `tab_{id}`, as in GOV.UK. */
  id: string;
  label: ReactNode;
  panel: ReactNode;
}

export interface TabsProps {
  items: readonly TabItem[];
  /** Heading shown above the tab links when they are not styled as tabs (narrow windows). */
  title?: ReactNode;
  selectedId?: string | undefined;
  defaultSelectedId?: string | undefined;
  onChange?: ((id: string) => void) | undefined;
  id?: string | undefined;
  className?: string | undefined;
}

const KEY_STEPS: Readonly<Record<string, (index: number, count: number) => number>> = {
  ArrowRight: (index, count) => (index + 1) % count,
  ArrowLeft: (index, count) => (index - 1 + count) % count,
  Home: () => 0,
  End: (_index, count) => count - 1,
};

export function Tabs({ items, title = 'Contents', selectedId, defaultSelectedId, onChange, id, className }: TabsProps) {
  const [chosen, setChosen] = useControllableState(selectedId, defaultSelectedId ?? items[0]?.id ?? '', onChange);
  const current = items.some((item) => item.id === chosen) ? chosen : items[0]?.id;
  const tabs = useRef(new Map<string, HTMLAnchorElement>());

  const handleClick = (event: MouseEvent<HTMLAnchorElement>, itemId: string) => {
    event.preventDefault();
    setChosen(itemId);
  };

  const handleKeyDown = (event: KeyboardEvent<HTMLAnchorElement>, index: number) => {
    const step = KEY_STEPS[event.key];
    if (!step) return;
    event.preventDefault();
    const next = items[step(index, items.length)];
    if (!next) return;
    setChosen(next.id);
    tabs.current.get(next.id)?.focus();
  };

  return (
    <div id={id} className={classNames('govuk-tabs', className)}>
      <h2 className="govuk-tabs__title">{title}</h2>
      {/* GOV.UK's tabs script turns this list into the tablist; ARIA allows a ul to take that role. */}
      {/* eslint-disable-next-line jsx-a11y/no-noninteractive-element-to-interactive-role */}
      <ul className="govuk-tabs__list" role="tablist">
        {items.map((item, index) => {
          const selected = item.id === current;
          return (
            <li
              key={item.id}
              className={classNames('govuk-tabs__list-item', selected && 'govuk-tabs__list-item--selected')}
              role="presentation"
            >
              <a
                ref={(element) => {
                  if (element) tabs.current.set(item.id, element);
                  else tabs.current.delete(item.id);
                }}
                className="govuk-tabs__tab"
                href={`#${item.id}`}
                id={`tab_${item.id}`}
                role="tab"
                aria-controls={item.id}
                aria-selected={selected}
                tabIndex={selected ? 0 : -1}
                onClick={(event) => handleClick(event, item.id)}
                onKeyDown={(event) => handleKeyDown(event, index)}
              >
                {item.label}
              </a>
            </li>
          );
        })}
      </ul>
      {items.map((item) => {
        const selected = item.id === current;
        return (
          <div
            key={item.id}
            className={classNames('govuk-tabs__panel', !selected && 'govuk-tabs__panel--hidden')}
            id={item.id}
            role="tabpanel"
            aria-labelledby={`tab_${item.id}`}
            hidden={!selected}
          >
            {item.panel}
          </div>
        );
      })}
    </div>
  );
}
