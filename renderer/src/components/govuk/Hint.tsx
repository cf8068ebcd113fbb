/** Hint text under a label or legend: the GOV.UK Frontend hint (govuk-hint). */
import type { ReactNode } from 'react';
import { classNames } from '../classNames';

export interface HintProps {
  id?: string | undefined;
  children: ReactNode;
  className?: string | undefined;
}

export function Hint({ id, children, className }: HintProps) {
  return (
    <div id={id} className={classNames('govuk-hint', className)}>
      {children}
    </div>
  );
}
