/** A small bordered label for a count or a flag ("Urgent", "3 new"): the MOJ badge. */
import type { ReactNode } from 'react';
import { classNames } from '../classNames';

export type BadgeColour = 'blue' | 'purple' | 'bright-purple' | 'red' | 'green' | 'black' | 'grey';

export interface BadgeProps {
  children: ReactNode;
  /** Defaults to the brand colour. */
  colour?: BadgeColour | undefined;
  large?: boolean | undefined;
  /** Extra words for screen readers, for example "new findings" after "3". */
  visuallyHiddenText?: string | undefined;
  className?: string | undefined;
}

export function Badge({ children, colour, large, visuallyHiddenText, className }: BadgeProps) {
  return (
    <span className={classNames('moj-badge', colour && `moj-badge--${colour}`, large && 'moj-badge--large', className)}>
      {children}
      {visuallyHiddenText && <span className="govuk-visually-hidden"> {visuallyHiddenText}</span>}
    </span>
  );
}
