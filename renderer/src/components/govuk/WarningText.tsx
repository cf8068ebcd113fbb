/** Something the user must not miss: the GOV.UK Frontend warning text, with its "!" icon read as "Warning". */
import type { ReactNode } from 'react';
import { classNames } from '../classNames';

export interface WarningTextProps {
  children: ReactNode;
  iconFallbackText?: string | undefined;
  className?: string | undefined;
}

export function WarningText({ children, iconFallbackText = 'Warning', className }: WarningTextProps) {
  return (
    <div className={classNames('govuk-warning-text', className)}>
      <span className="govuk-warning-text__icon" aria-hidden="true">
        !
      </span>
      <strong className="govuk-warning-text__text">
        <span className="govuk-visually-hidden">{iconFallbackText}</span>
        {children}
      </strong>
    </div>
  );
}
