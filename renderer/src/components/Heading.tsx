/** A heading whose level the caller picks, so components fit the page's outline (h1 to h6). */
import type { ReactNode } from 'react';

export type HeadingLevel = 1 | 2 | 3 | 4 | 5 | 6;

export interface HeadingProps {
  level: HeadingLevel;
  className?: string | undefined;
  id?: string | undefined;
  children: ReactNode;
}

export function Heading({ level, className, id, children }: HeadingProps) {
  const Tag = `h${level}` as const;
  return (
    <Tag className={className} id={id}>
      {children}
    </Tag>
  );
}
