/** Extra help a user can open: the GOV.UK Frontend details (native `<details>`, so no script is needed). */
import type { DetailsHTMLAttributes, ReactNode } from 'react';
import { classNames } from '../classNames';

export interface DetailsProps extends Omit<DetailsHTMLAttributes<HTMLDetailsElement>, 'className' | 'children'> {
  summary: ReactNode;
  children: ReactNode;
  className?: string | undefined;
}

export function Details({ summary, children, className, ...detailsProps }: DetailsProps) {
  return (
    <details {...detailsProps} className={classNames('govuk-details', className)}>
      <summary className="govuk-details__summary">
        <span className="govuk-details__summary-text">{summary}</span>
      </summary>
      <div className="govuk-details__text">{children}</div>
    </details>
  );
}
