/** The list of problems at the top of a form: the GOV.UK Frontend error summary. */
// It takes focus when it appears, and each link moves focus to its field (scrolling its label or
// legend into view) instead of changing the URL, which under hash routing would change the route.
import { useEffect, useRef, type MouseEvent, type ReactNode } from 'react';
import { classNames } from '../classNames';
import { focusElement } from '../focusElement';

export interface ErrorSummaryItem {
  text: ReactNode;
  /** `#` and the id of the field in error (the first radio, the first wrong date box). */
  href?: string | undefined;
}

export interface ErrorSummaryProps {
  errors: readonly ErrorSummaryItem[];
  title?: ReactNode;
  description?: ReactNode;
  /** Focus is taken on mount; remount (change `key`) to take it again after a later submit. */
  disableAutoFocus?: boolean | undefined;
  className?: string | undefined;
}

/** The element to bring into view with a field: its legend for choices, or for a short fieldset; else its label. */
function labelOrLegendFor(field: HTMLElement): HTMLElement | null {
  const legend = field.closest('fieldset')?.querySelector('legend');
  if (legend) {
    if (field instanceof HTMLInputElement && (field.type === 'checkbox' || field.type === 'radio')) return legend;
    const legendTop = legend.getBoundingClientRect().top;
    const fieldRect = field.getBoundingClientRect();
    if (
      fieldRect.height &&
      window.innerHeight &&
      fieldRect.top + fieldRect.height - legendTop < window.innerHeight / 2
    ) {
      return legend;
    }
  }
  return document.querySelector<HTMLElement>(`label[for="${CSS.escape(field.id)}"]`) ?? field.closest('label');
}

export function focusField(fieldId: string): boolean {
  const field = document.getElementById(fieldId);
  if (!field) return false;
  (labelOrLegendFor(field) ?? field).scrollIntoView();
  field.focus({ preventScroll: true });
  return true;
}

export function ErrorSummary({
  errors,
  title = 'There is a problem',
  description,
  disableAutoFocus = false,
  className,
}: ErrorSummaryProps) {
  const root = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!disableAutoFocus && root.current) focusElement(root.current);
  }, [disableAutoFocus]);

  const handleClick = (event: MouseEvent<HTMLAnchorElement>) => {
    const href = event.currentTarget.getAttribute('href') ?? '';
    if (!href.startsWith('#')) return;
    event.preventDefault();
    focusField(decodeURIComponent(href.slice(1)));
  };

  return (
    <div ref={root} className={classNames('govuk-error-summary', className)}>
      {/* role="alert" sits on a child so the announcement does not race the focus move (as in GOV.UK). */}
      <div role="alert">
        <h2 className="govuk-error-summary__title">{title}</h2>
        <div className="govuk-error-summary__body">
          {description !== undefined && <p>{description}</p>}
          {errors.length > 0 && (
            <ul className="govuk-list govuk-error-summary__list">
              {errors.map((error, index) => (
                <li key={error.href ?? index}>
                  {error.href ? (
                    <a href={error.href} onClick={handleClick}>
                      {error.text}
                    </a>
                  ) : (
                    error.text
                  )}
                </li>
              ))}
            </ul>
          )}
        </div>
      </div>
    </div>
  );
}
