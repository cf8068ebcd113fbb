/** The inspection a workspace screen belongs to, loaded once by the workspace layout. */
import { createContext, useContext } from 'react';
import type { Stored } from '../../db/DataStore';

export const InspectionContext = createContext<Stored<'inspection'> | null>(null);

export function useInspection(): Stored<'inspection'> {
  const inspection = useContext(InspectionContext);
  if (!inspection) throw new Error('useInspection outside an inspection workspace');
  return inspection;
}
