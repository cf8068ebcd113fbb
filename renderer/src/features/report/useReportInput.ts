/**
 * The report's input, live: every record the report is built from, read through the live queries,
 * so the Report screen's signatures and hashes update the moment anything changes, on this laptop or
 * by sync. `undefined` while any of it is still loading.
 */
import { useMemo } from 'react';
import type { ReportInput } from '@shared/report/reportInput';
import { useLiveRecords } from '../../db/liveQueries';
import { useCitationLibrary } from '../library/useCitationLibrary';
import { useInspection } from '../workspace/InspectionContext';
import { AGENCY_NAME, referenceDescriber } from './reportRecords';

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
  const { library } = useCitationLibrary();
  return useMemo(() => {
    if (!sites || !products || !findings || !photos || !documents || !people || !meetings || !signatures || !issues)
      return undefined;
    return {
      agencyName: AGENCY_NAME,
      inspection,
      sites,
      products,
      findings,
      photos,
      documents,
      people,
      meetings,
      signatures,
      issues,
      previousFindings: [],
      describeReference: referenceDescriber(library),
    };
  }, [inspection, sites, products, findings, photos, documents, people, meetings, signatures, issues, library]);
}
