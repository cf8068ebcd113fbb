/** The wrapper round every GOV.UK Frontend form field (govuk-form-group), red-barred when in error. */
import type { ReactNode } from 'react';
import { classNames } from '../classNames';

export interface FormGroupProps {
  hasError: boolean;
  className?: string | undefined;
  children: ReactNode;
}

export function FormGroup({ hasError, className, children }: FormGroupProps) {
  return (
    <div className={classNames('govuk-form-group', hasError && 'govuk-form-group--error', className)}>{children}</div>
  );
}
