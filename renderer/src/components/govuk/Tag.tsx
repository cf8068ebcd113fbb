/** A short status label: the GOV.UK Frontend tag, in its colour variants (blue by default). */
import type { ReactNode } from 'react';
import { classNames } from '../classNames';

export type TagColour =
  'blue' | 'grey' | 'green' | 'turquoise' | 'teal' | 'purple' | 'magenta' | 'pink' | 'red' | 'orange' | 'yellow';

export interface TagProps {
  children: ReactNode;
  colour?: TagColour | undefined;
  className?: string | undefined;
}

export function Tag({ children, colour = 'blue', className }: TagProps) {
  return (
    <strong className={classNames('govuk-tag', colour !== 'blue' && `govuk-tag--${colour}`, className)}>
      {children}
    </strong>
  );
}
