/**
 * The report's input, live: every record the report is built from, read through the live queries,
 * so the Report screen's signatures and hashes update the moment anything changes, on this laptop or
 * by sync. `undefined` while any of it is still loading.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import type { ReportInput } from '@shared/report/reportInput';
import { useDataStore } from '../../db/DataContext';
import { useLiveRecords } from '../../db/liveQueries';
import { cachedContextPack } from '../../sync/contextPacks';
import { useCitationLibrary } from '../library/useCitationLibrary';
import { useInspection } from '../workspace/InspectionContext';
import { assembleReportInput } from './reportRecords';

export function useReportInput(): ReportInput | undefined {
  const inspection = useInspection();
  const scope = { inspectionId: inspection.id };
  const sites = useLiveRecords('site', scope);
  const products = useLiveRecords('product', scope);
  const findings = useLiveRecords('finding', scope);
  const photos = useLiveRecords('photo', scope);
  const documents = useLiveRecords('document', scope);
  const people = useLiveRecords('person', scope);
  const meetings = useLiveRecords('meeting', scope);
  const signatures = useLiveRecords('signature', scope);
  const issues = useLiveRecords('reportIssue', scope);
  const store = useDataStore();
  const pack = useLiveQuery(() => cachedContextPack(store, inspection.id), [store, inspection.id]);
  const { library } = useCitationLibrary();
  return useMemo(() => {
    if (!sites || !products || !findings || !photos || !documents || !people || !meetings || !signatures || !issues)
      return undefined;
    if (pack === undefined) return undefined;
    const records = { sites, products, findings, photos, documents, people, meetings, signatures, issues };
    return assembleReportInput(inspection, records, pack, library);
  }, [inspection, sites, products, findings, photos, documents, people, meetings, signatures, issues, pack, library]);
}
