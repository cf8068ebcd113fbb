/**
 * Reads everything the report is built from out of the DataStore, deleted records included (the
 * model leaves them out itself, the same way for every caller). Used when signing and issuing, so
 * what is signed and issued is built from what is stored at that moment, not from a screen's copy.
 */
import { citationById } from '@shared/content/citations/citationLibrary';
import type { CitationLibrary } from '@shared/content/citations/citationSchema';
import type { Inspection } from '@shared/domain/inspection';
import type { ReportInput } from '@shared/report/reportInput';
import { CAPA_STATUS_LABELS, type ContextPack } from '@shared/sync/protocol';
import type { DataStore } from '../../db/DataStore';
import { cachedContextPack } from '../../sync/contextPacks';
import { citationLabel } from '../library/useCitationLibrary';

/** The regulator named on the cover; one agency for now (a setting once agencies are configurable). */
export const AGENCY_NAME = 'Medicines and Healthcare products Regulatory Agency';

/** Citation ids from the library read as their source and section; free text stays as it is. */
export function referenceDescriber(library: CitationLibrary): (reference: string) => string {
  return (reference) => {
    const citation = citationById(reference, library);
    return citation ? citationLabel(citation) : reference;
  };
}

/** The record lists the report is built from: one inspection's, deleted ones included. */
export type ReportRecords = Pick<
  ReportInput,
  'sites' | 'products' | 'findings' | 'photos' | 'documents' | 'people' | 'meetings' | 'signatures' | 'issues'
>;

/**
 * The report's input from the records and the agency's context pack (the previous inspection's
 * findings for the follow-up section): one assembly for the live Report screen and for signing and
 * issuing, so both build the very same content.
 */
export function assembleReportInput(
  inspection: Inspection,
  records: ReportRecords,
  pack: ContextPack | null,
  library: CitationLibrary,
): ReportInput {
  return {
    agencyName: AGENCY_NAME,
    inspection,
    ...records,
    previousFindings: (pack?.content.previousFindings ?? []).map((previous) => ({
      reference: previous.reference,
      title: previous.title,
      discipline: previous.discipline,
      classification: previous.classification,
      capaStatus: CAPA_STATUS_LABELS[previous.capaStatus],
    })),
    describeReference: referenceDescriber(library),
  };
}

export async function loadReportInput(
  store: DataStore,
  inspectionId: string,
  library: CitationLibrary,
): Promise<ReportInput | undefined> {
  const inspection = await store.get('inspection', inspectionId);
  if (!inspection || inspection._meta.deleted) return undefined;
  const all = { inspectionId, includeDeleted: true };
  const [sites, products, findings, photos, documents, people, meetings, signatures, issues, pack] = await Promise.all([
    store.list('site', all),
    store.list('product', all),
    store.list('finding', all),
    store.list('photo', all),
    store.list('document', all),
    store.list('person', all),
    store.list('meeting', all),
    store.list('signature', all),
    store.list('reportIssue', all),
    cachedContextPack(store, inspectionId),
  ]);
  const records = { sites, products, findings, photos, documents, people, meetings, signatures, issues };
  return assembleReportInput(inspection, records, pack, library);
}
