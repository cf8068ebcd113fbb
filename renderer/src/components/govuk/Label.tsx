/** A form field's label: the GOV.UK Frontend label (govuk-label), optionally the page heading. */
import type { ReactNode } from 'react';
import { classNames } from '../classNames';

export type HeadingSize = 's' | 'm' | 'l' | 'xl';

export interface LabelProps {
  htmlFor: string;
  children: ReactNode;
  /** `l` on a question page where the label is the heading; omitted for the body-sized default. */
  size?: HeadingSize | undefined;
  /** Wraps the label in the page's `<h1>` (GOV.UK "label as page heading"). */
  isPageHeading?: boolean | undefined;
  id?: string | undefined;
  className?: string | undefined;
}

export function Label({ htmlFor, children, size, isPageHeading = false, id, className }: LabelProps) {
  const label = (
    <label id={id} className={classNames('govuk-label', size && `govuk-label--${size}`, className)} htmlFor={htmlFor}>
      {children}
    </label>
  );
  return isPageHeading ? <h1 className="govuk-label-wrapper">{label}</h1> : label;
}
