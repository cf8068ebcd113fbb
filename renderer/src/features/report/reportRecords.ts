/**
 * Reads everything the report is built from out of the DataStore, deleted records included (the
 * model leaves them out itself, the same way for every caller). Used when signing and issuing, so
 * what is signed and issued is built from what is stored at that moment, not from a screen's copy.
 */
import { citationById } from '@shared/content/citations/citationLibrary';
import type { CitationLibrary } from '@shared/content/citations/citationSchema';
import type { ReportInput } from '@shared/report/reportInput';
import type { DataStore } from '../../db/DataStore';
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

export async function loadReportInput(
  store: DataStore,
  inspectionId: string,
  library: CitationLibrary,
): Promise<ReportInput | undefined> {
  const inspection = await store.get('inspection', inspectionId);
  if (!inspection || inspection._meta.deleted) return undefined;
  const all = { inspectionId, includeDeleted: true };
  const [sites, products, findings, photos, documents, people, meetings, signatures, issues] = await Promise.all([
    store.list('site', all),
    store.list('product', all),
    store.list('finding', all),
    store.list('photo', all),
    store.list('document', all),
    store.list('person', all),
    store.list('meeting', all),
    store.list('signature', all),
    store.list('reportIssue', all),
  ]);
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
    // Previous findings arrive with the inspection from the agency gateway (sync, a later issue).
    previousFindings: [],
    describeReference: referenceDescriber(library),
  };
}
