/**
 * A sortable column heading's button, as MOJ Frontend's sortable table draws it: the heading text
 * with an arrow for the current direction (both arrows when unsorted). The <th> carries aria-sort.
 */
import type { ReactNode } from 'react';

const PATHS = {
  asc: ['M6.5625 15.5L11 6.63125L15.4375 15.5H6.5625Z'],
  desc: ['M15.4375 7L11 15.8687L6.5625 7L15.4375 7Z'],
  none: ['M8.1875 9.5L10.9609 3.95703L13.7344 9.5H8.1875Z', 'M13.7344 12.0781L10.9609 17.6211L8.1875 12.0781H13.7344Z'],
} as const;

export function SortButton({
  direction,
  onClick,
  children,
}: {
  direction: false | 'asc' | 'desc';
  onClick: ((event: unknown) => void) | undefined;
  children: ReactNode;
}) {
  return (
    <button type="button" className="app-register__sort" onClick={onClick}>
      {children}
      <svg width="22" height="22" focusable="false" aria-hidden="true" viewBox="0 0 22 22" fill="none">
        {PATHS[direction || 'none'].map((d) => (
          <path key={d} d={d} fill="currentColor" />
        ))}
      </svg>
    </button>
  );
}
