/** Navigation between related views shown as a row of links above the content: the MOJ sub navigation. */
import type { ReactNode } from 'react';
import { AppLink } from '../AppLink';
import { classNames } from '../classNames';

export interface SubNavigationItem {
  href: string;
  text: ReactNode;
  /** The current view: marked with aria-current="page". */
  active?: boolean | undefined;
}

export interface SubNavigationProps {
  items: readonly SubNavigationItem[];
  label?: string | undefined;
  className?: string | undefined;
}

export function SubNavigation({ items, label = 'Secondary navigation region', className }: SubNavigationProps) {
  return (
    <nav className={classNames('moj-sub-navigation', className)} aria-label={label}>
      <ul className="moj-sub-navigation__list">
        {items.map((item) => (
          <li key={item.href} className="moj-sub-navigation__item">
            <AppLink
              className="moj-sub-navigation__link"
              href={item.href}
              aria-current={item.active ? 'page' : undefined}
            >
              {item.text}
            </AppLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
