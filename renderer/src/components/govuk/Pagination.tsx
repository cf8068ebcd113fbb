/** Moving between pages of results or related pages: the GOV.UK Frontend pagination. */
// With `items` it is a numbered list; without, previous and next are stacked block links.
import type { ReactNode } from 'react';
import { AppLink } from '../AppLink';
import { classNames } from '../classNames';

export type PaginationItem =
  | { number: number; href: string; current?: boolean | undefined; visuallyHiddenText?: string | undefined }
  | { ellipsis: true };

export interface PaginationLink {
  href: string;
  /** Defaults to "Previous page" / "Next page" (with "page" visually hidden). */
  text?: ReactNode;
  /** In the block style, the title of the page the link goes to. */
  labelText?: string | undefined;
}

export interface PaginationProps {
  items?: readonly PaginationItem[] | undefined;
  previous?: PaginationLink | undefined;
  next?: PaginationLink | undefined;
  landmarkLabel?: string | undefined;
  className?: string | undefined;
}

function Arrow({ direction }: { direction: 'prev' | 'next' }) {
  const path =
    direction === 'prev'
      ? 'm6.5938-0.0078125-6.7266 6.7266 6.7441 6.4062 1.377-1.449-4.1856-3.9768h12.896v-2h-12.984l4.2931-4.293-1.414-1.414z'
      : 'm8.107-0.0078125-1.4136 1.414 4.2926 4.293h-12.986v2h12.896l-4.1855 3.9766 1.377 1.4492 6.7441-6.4062-6.7246-6.7266z';
  return (
    <svg
      className={`govuk-pagination__icon govuk-pagination__icon--${direction}`}
      xmlns="http://www.w3.org/2000/svg"
      height="13"
      width="15"
      aria-hidden="true"
      focusable="false"
      viewBox="0 0 15 13"
    >
      <path d={path} />
    </svg>
  );
}

function ArrowLink({
  link,
  direction,
  blockLevel,
}: {
  link: PaginationLink;
  direction: 'prev' | 'next';
  blockLevel: boolean;
}) {
  const word = direction === 'prev' ? 'Previous' : 'Next';
  const arrowFirst = blockLevel || direction === 'prev';
  return (
    <div className={`govuk-pagination__${direction}`}>
      <AppLink className="govuk-link govuk-pagination__link" href={link.href} rel={direction}>
        {arrowFirst && <Arrow direction={direction} />}
        <span
          className={classNames(
            'govuk-pagination__link-title',
            blockLevel && !link.labelText && 'govuk-pagination__link-title--decorated',
          )}
        >
          {link.text ?? (
            <>
              {word}
              <span className="govuk-visually-hidden"> page</span>
            </>
          )}
        </span>
        {link.labelText && blockLevel && (
          <>
            <span className="govuk-visually-hidden">:</span>
            <span className="govuk-pagination__link-label">{link.labelText}</span>
          </>
        )}
        {!arrowFirst && <Arrow direction={direction} />}
      </AppLink>
    </div>
  );
}

export function Pagination({ items, previous, next, landmarkLabel = 'Pagination', className }: PaginationProps) {
  const blockLevel = !items && (previous !== undefined || next !== undefined);
  return (
    <nav
      className={classNames('govuk-pagination', blockLevel && 'govuk-pagination--block', className)}
      aria-label={landmarkLabel}
    >
      {previous && <ArrowLink link={previous} direction="prev" blockLevel={blockLevel} />}
      {items && (
        <ul className="govuk-pagination__list">
          {items.map((item, index) =>
            'ellipsis' in item ? (
              <li key={`ellipsis-${index}`} className="govuk-pagination__item govuk-pagination__item--ellipsis">
                {'\u22EF'}
              </li>
            ) : (
              <li
                key={item.number}
                className={classNames('govuk-pagination__item', item.current && 'govuk-pagination__item--current')}
              >
                <AppLink
                  className="govuk-link govuk-pagination__link"
                  href={item.href}
                  aria-label={item.visuallyHiddenText ?? `Page ${item.number}`}
                  aria-current={item.current ? 'page' : undefined}
                >
                  {item.number}
                </AppLink>
              </li>
            ),
          )}
        </ul>
      )}
      {next && <ArrowLink link={next} direction="next" blockLevel={blockLevel} />}
    </nav>
  );
}
