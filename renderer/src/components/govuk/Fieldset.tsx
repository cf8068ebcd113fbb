/** Groups related inputs under a legend: the GOV.UK Frontend fieldset. */
import type { ReactNode } from 'react';
import { classNames } from '../classNames';
import type { HeadingSize } from './Label';

export interface FieldsetProps {
  legend?: ReactNode;
  legendSize?: HeadingSize | undefined;
  /** Puts the legend's text in the page's `<h1>` (GOV.UK "legend as page heading"). */
  isPageHeading?: boolean | undefined;
  describedBy?: string | undefined;
  /** `group` for groups of text inputs (the date input), so JAWS reads the description. */
  role?: 'group' | undefined;
  className?: string | undefined;
  children: ReactNode;
}

export function Fieldset({
  legend,
  legendSize,
  isPageHeading = false,
  describedBy,
  role,
  className,
  children,
}: FieldsetProps) {
  return (
    <fieldset className={classNames('govuk-fieldset', className)} role={role} aria-describedby={describedBy}>
      {legend !== undefined && (
        <legend className={classNames('govuk-fieldset__legend', legendSize && `govuk-fieldset__legend--${legendSize}`)}>
          {isPageHeading ? <h1 className="govuk-fieldset__heading">{legend}</h1> : legend}
        </legend>
      )}
      {children}
    </fieldset>
  );
}
