/** A link for every component: in-app paths go through react-router, anything else is a plain anchor. */
import type { AnchorHTMLAttributes, Ref } from 'react';
import { Link } from 'react-router';

export interface AppLinkProps extends Omit<AnchorHTMLAttributes<HTMLAnchorElement>, 'href'> {
  /** `/inspections/1` routes inside the app (HashRouter); `#id`, `https://…` and others stay plain anchors. */
  href: string;
  ref?: Ref<HTMLAnchorElement> | undefined;
}

export function isAppPath(href: string): boolean {
  // `//host` is protocol-relative, so it is not an app path.
  return href.startsWith('/') && !href.startsWith('//');
}

export function AppLink({ href, children, ...rest }: AppLinkProps) {
  if (isAppPath(href)) {
    return (
      <Link to={href} {...rest}>
        {children}
      </Link>
    );
  }
  return (
    <a href={href} {...rest}>
      {children}
    </a>
  );
}
