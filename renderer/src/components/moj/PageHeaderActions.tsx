/** A page heading with the page's main actions beside it: the MOJ page header actions. */
import type { ReactNode } from 'react';
import { classNames } from '../classNames';
import { Heading, type HeadingLevel } from '../Heading';

export interface PageHeaderActionsProps {
  heading: ReactNode;
  headingLevel?: HeadingLevel | undefined;
  /** Defaults to `govuk-heading-xl`; dense screens often use `govuk-heading-l`. */
  headingClassName?: string | undefined;
  /** The actions: `Button`s (secondary for all but the main one) or a `ButtonMenu`. */
  children?: ReactNode;
  className?: string | undefined;
}

export function PageHeaderActions({
  heading,
  headingLevel = 1,
  headingClassName = 'govuk-heading-xl',
  children,
  className,
}: PageHeaderActionsProps) {
  return (
    <div className={classNames('moj-page-header-actions', className)}>
      <div className="moj-page-header-actions__title">
        <Heading level={headingLevel} className={headingClassName}>
          {heading}
        </Heading>
      </div>
      {children !== undefined && (
        <div className="moj-page-header-actions__actions">
          <div className="moj-button-group moj-button-group--inline">{children}</div>
        </div>
      )}
    </div>
  );
}
