/**
 * The register's rows, live: findings, sites and inspections read through live queries (so edits,
 * imports and sync show at once) and flattened by the pure row model. Undefined while loading.
 * Within one inspection only that inspection's records are read.
 */
import { useMemo, useState } from 'react';
import type { Stored } from '../../db/DataStore';
import { useLiveRecords } from '../../db/liveQueries';
import { buildRegisterRows, type RegisterRow, type SearchTextCache } from './rowModel/registerRow';

export interface RegisterData {
  rows: RegisterRow[];
  inspections: readonly Stored<'inspection'>[];
}

export function useRegisterRows(inspection: Stored<'inspection'> | undefined): RegisterData | undefined {
  const scope = inspection ? { inspectionId: inspection.id } : {};
  const findings = useLiveRecords('finding', scope);
  const sites = useLiveRecords('site', scope);
  const allInspections = useLiveRecords('inspection');
  // Lives as long as the register, so an edit re-folds only the finding that changed.
  const [searchTextCache] = useState<SearchTextCache>(() => new Map());
  return useMemo(() => {
    const inspections = inspection ? [inspection] : allInspections;
    if (!findings || !sites || !inspections) return undefined;
    return { rows: buildRegisterRows(findings, sites, inspections, searchTextCache), inspections };
  }, [findings, sites, allInspections, inspection, searchTextCache]);
}
