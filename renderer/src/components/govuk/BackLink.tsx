/** A link to the previous page in a journey: the GOV.UK Frontend back link. */
import type { AnchorHTMLAttributes, ReactNode } from 'react';
import { AppLink } from '../AppLink';
import { classNames } from '../classNames';

export interface BackLinkProps extends Omit<
  AnchorHTMLAttributes<HTMLAnchorElement>,
  'href' | 'className' | 'children'
> {
  href: string;
  children?: ReactNode;
  /** `govuk-back-link--inverse` on dark backgrounds. */
  className?: string | undefined;
}

export function BackLink({ href, children = 'Back', className, ...rest }: BackLinkProps) {
  return (
    <AppLink {...rest} href={href} className={classNames('govuk-back-link', className)}>
      {children}
    </AppLink>
  );
}
