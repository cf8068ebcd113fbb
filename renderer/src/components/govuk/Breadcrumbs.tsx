/** Where this page sits in the app: the GOV.UK Frontend breadcrumbs; an item without href is the current page. */
import type { ReactNode } from 'react';
import { AppLink } from '../AppLink';
import { classNames } from '../classNames';

export interface BreadcrumbItem {
  text: ReactNode;
  href?: string | undefined;
}

export interface BreadcrumbsProps {
  items: readonly BreadcrumbItem[];
  collapseOnMobile?: boolean | undefined;
  label?: string | undefined;
  className?: string | undefined;
}

export function Breadcrumbs({ items, collapseOnMobile, label = 'Breadcrumb', className }: BreadcrumbsProps) {
  return (
    <nav
      className={classNames(
        'govuk-breadcrumbs',
        collapseOnMobile && 'govuk-breadcrumbs--collapse-on-mobile',
        className,
      )}
      aria-label={label}
    >
      <ol className="govuk-breadcrumbs__list">
        {items.map((item, index) =>
          item.href ? (
            <li key={item.href} className="govuk-breadcrumbs__list-item">
              <AppLink className="govuk-breadcrumbs__link" href={item.href}>
                {item.text}
              </AppLink>
            </li>
          ) : (
            <li key={`current-${index}`} className="govuk-breadcrumbs__list-item" aria-current="page">
              {item.text}
            </li>
          ),
        )}
      </ol>
    </nav>
  );
}
