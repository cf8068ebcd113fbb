/** Sets the window title for a screen, as GOV.UK pages do: "Screen – Inspection Workbench". */
import { useEffect } from 'react';

export function usePageTitle(title: string): void {
  useEffect(() => {
    document.title = `${title} – Inspection Workbench`;
  }, [title]);
}
