/**
 * How a finding's reference link joins the register's keyboard navigation: the active row's link
 * is the table's one Tab stop (roving tabindex), and arrow keys pressed on it move the active row.
 * The table provides this; the reference cell consumes it, so TanStack's cell templates stay plain.
 */
import { createContext, useContext, type KeyboardEvent } from 'react';

export interface RowFocus {
  activeId: string | undefined;
  onKeyDown: (event: KeyboardEvent<HTMLAnchorElement>, findingId: string) => void;
  onFocus: (findingId: string) => void;
}

export const RowFocusContext = createContext<RowFocus | null>(null);

export function useRowFocus(): RowFocus {
  const focus = useContext(RowFocusContext);
  if (!focus) throw new Error('useRowFocus outside the register table');
  return focus;
}
