/** The outcome of a completed transaction: the GOV.UK Frontend panel (confirmation, or interruption). */
import type { ReactNode } from 'react';
import { classNames } from '../classNames';
import { Heading, type HeadingLevel } from '../Heading';

export interface PanelProps {
  title: ReactNode;
  children?: ReactNode;
  headingLevel?: HeadingLevel | undefined;
  /** `interruption` stops the user to check something before continuing; pass its buttons as `actions`. */
  variant?: 'confirmation' | 'interruption' | undefined;
  /** Inverse buttons or links for the interruption panel (`Button variant="inverse"`). */
  actions?: ReactNode;
  className?: string | undefined;
}

export function Panel({ title, children, headingLevel = 1, variant = 'confirmation', actions, className }: PanelProps) {
  return (
    <div className={classNames('govuk-panel', `govuk-panel--${variant}`, className)}>
      <Heading level={headingLevel} className="govuk-panel__title">
        {title}
      </Heading>
      {children !== undefined && <div className="govuk-panel__body">{children}</div>}
      {variant === 'interruption' && actions !== undefined && (
        <div className="govuk-panel__actions">
          <div className="govuk-button-group">{actions}</div>
        </div>
      )}
    </div>
  );
}
