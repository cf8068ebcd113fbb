/** Several secondary actions behind one button: the MOJ button menu. */
// Up and Down move through the items, Home and End jump, Escape closes and returns focus to the
// toggle. With a single item it is just that button.
import { useEffect, useRef, useState, type KeyboardEvent, type MouseEvent, type ReactNode } from 'react';
import { AppLink } from '../AppLink';
import { classNames } from '../classNames';

export type ButtonMenuItem =
  | { text: ReactNode; onClick: () => void; disabled?: boolean | undefined; id?: string | undefined }
  | { text: ReactNode; href: string; id?: string | undefined };

export interface ButtonMenuProps {
  items: readonly ButtonMenuItem[];
  buttonText?: ReactNode;
  /** Extra classes for the toggle, for example `govuk-button--secondary`. */
  buttonClassName?: string | undefined;
  /** `right` when the menu sits at the right edge of the page. */
  alignMenu?: 'left' | 'right' | undefined;
  className?: string | undefined;
}

interface MenuItemProps {
  item: ButtonMenuItem;
  className: string;
  tabIndex?: number;
  onChosen?: () => void;
  onKeyDown?: (event: KeyboardEvent<HTMLElement>) => void;
}

function MenuItem({ item, className, tabIndex, onChosen, onKeyDown }: MenuItemProps) {
  if ('href' in item) {
    return (
      <AppLink href={item.href} className={className} tabIndex={tabIndex} onClick={onChosen} onKeyDown={onKeyDown}>
        {item.text}
      </AppLink>
    );
  }
  const handleClick = () => {
    item.onClick();
    onChosen?.();
  };
  return (
    <button
      type="button"
      className={className}
      tabIndex={tabIndex}
      disabled={item.disabled}
      onClick={handleClick}
      onKeyDown={onKeyDown}
    >
      {item.text}
    </button>
  );
}

function menuItemsOf(menu: HTMLUListElement | null): HTMLElement[] {
  return Array.from(menu?.querySelectorAll<HTMLElement>('a, button') ?? []);
}

/** Focuses the item at `index`, wrapping round at either end. */
function focusMenuItem(menu: HTMLUListElement | null, index: number): void {
  const all = menuItemsOf(menu);
  all[(index + all.length) % all.length]?.focus();
}

export function ButtonMenu({
  items,
  buttonText = 'Actions',
  buttonClassName,
  alignMenu = 'left',
  className,
}: ButtonMenuProps) {
  const root = useRef<HTMLDivElement>(null);
  const toggle = useRef<HTMLButtonElement>(null);
  const menu = useRef<HTMLUListElement>(null);
  const [open, setOpen] = useState(false);
  // The item to focus once the menu has rendered open (-1 for none, as after a mouse click).
  const [focusOnOpen, setFocusOnOpen] = useState(-1);

  useEffect(() => {
    if (open && focusOnOpen !== -1) focusMenuItem(menu.current, focusOnOpen);
  }, [open, focusOnOpen]);

  useEffect(() => {
    if (!open) return;
    const closeOnOutsideClick = (event: globalThis.MouseEvent) => {
      if (event.target instanceof Node && !root.current?.contains(event.target)) setOpen(false);
    };
    document.addEventListener('click', closeOnOutsideClick);
    return () => document.removeEventListener('click', closeOnOutsideClick);
  }, [open]);

  const openMenu = (focusIndex: number) => {
    if (open) {
      if (focusIndex !== -1) focusMenuItem(menu.current, focusIndex);
      return;
    }
    setFocusOnOpen(focusIndex);
    setOpen(true);
  };
  const closeMenu = (moveFocus: boolean) => {
    setOpen(false);
    if (moveFocus) toggle.current?.focus();
  };

  const [single] = items;
  if (items.length === 1 && single) {
    return (
      <div className={classNames('moj-button-menu', className)}>
        <MenuItem
          item={single}
          className={classNames('govuk-button moj-button-menu__single-button', buttonClassName)}
        />
      </div>
    );
  }

  const handleToggleClick = (event: MouseEvent<HTMLButtonElement>) => {
    // detail is 0 when Enter or Space "clicked": then focus goes into the menu, as in MOJ's script.
    if (open) closeMenu(true);
    else openMenu(event.detail === 0 ? 0 : -1);
  };

  const handleKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    const inMenu = event.target instanceof Node && menu.current?.contains(event.target) === true;
    const index = menuItemsOf(menu.current).findIndex((element) => element === document.activeElement);
    if (event.target === toggle.current && (event.key === 'ArrowDown' || event.key === 'ArrowUp')) {
      event.preventDefault();
      openMenu(event.key === 'ArrowDown' ? 0 : items.length - 1);
    } else if (inMenu && open && ['ArrowDown', 'ArrowUp', 'Home', 'End'].includes(event.key)) {
      event.preventDefault();
      const next = { ArrowDown: index + 1, ArrowUp: index - 1, Home: 0, End: items.length - 1 }[event.key] ?? 0;
      focusMenuItem(menu.current, next);
    } else if (event.key === 'Escape' && open) {
      closeMenu(true);
    } else if (event.key === 'Tab' && open) {
      closeMenu(false);
    }
  };

  return (
    <div ref={root} className={classNames('moj-button-menu', className)}>
      <button
        ref={toggle}
        type="button"
        className={classNames('govuk-button moj-button-menu__toggle-button', buttonClassName)}
        aria-haspopup="true"
        aria-expanded={open}
        onClick={handleToggleClick}
        onKeyDown={handleKeyDown}
      >
        <span>
          {buttonText}
          <svg
            width="11"
            height="5"
            viewBox="0 0 11 5"
            xmlns="http://www.w3.org/2000/svg"
            aria-hidden="true"
            focusable="false"
          >
            <path d="M5.5 0L11 5L0 5L5.5 0Z" fill="currentColor" />
          </svg>
        </span>
      </button>
      <ul
        ref={menu}
        className={classNames('moj-button-menu__wrapper', alignMenu === 'right' && 'moj-button-menu__wrapper--right')}
        hidden={!open}
      >
        {items.map((item, index) => (
          <li key={item.id ?? index}>
            <MenuItem
              item={item}
              className="moj-button-menu__item"
              tabIndex={-1}
              onChosen={() => closeMenu(false)}
              onKeyDown={handleKeyDown}
            />
          </li>
        ))}
      </ul>
    </div>
  );
}
