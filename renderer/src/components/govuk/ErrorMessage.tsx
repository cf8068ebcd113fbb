/** A field's error: the GOV.UK Frontend error message, prefixed "Error:" for screen reader users. */
import type { ReactNode } from 'react';
import { classNames } from '../classNames';

export interface ErrorMessageProps {
  id?: string | undefined;
  children: ReactNode;
  /** The hidden prefix read before the message; GOV.UK's default is "Error". */
  visuallyHiddenText?: string | undefined;
  className?: string | undefined;
}

export function ErrorMessage({ id, children, visuallyHiddenText = 'Error', className }: ErrorMessageProps) {
  return (
    <p id={id} className={classNames('govuk-error-message', className)}>
      {visuallyHiddenText && <span className="govuk-visually-hidden">{visuallyHiddenText}:</span>} {children}
    </p>
  );
}
