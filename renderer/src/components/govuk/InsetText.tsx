/** Text set apart from the content around it (a quotation, an example): the GOV.UK Frontend inset text. */
import type { ReactNode } from 'react';
import { classNames } from '../classNames';

export interface InsetTextProps {
  children: ReactNode;
  id?: string | undefined;
  className?: string | undefined;
}

export function InsetText({ children, id, className }: InsetTextProps) {
  return (
    <div id={id} className={classNames('govuk-inset-text', className)}>
      {children}
    </div>
  );
}
