/** The exact template versions an inspection pinned, and any it pinned that this device lacks. */
import { useMemo } from 'react';
import { resolvePinned } from '@shared/content/checklists/templateVersions';
import { useChecklistTemplates } from '../library/useChecklistTemplates';
import type { Stored } from '../../db/DataStore';

export function usePinnedTemplates(inspection: Stored<'inspection'>) {
  const { templates, loading } = useChecklistTemplates();
  return useMemo(
    () => ({ ...resolvePinned(inspection.checklistTemplates, templates), loading }),
    [inspection.checklistTemplates, templates, loading],
  );
}
