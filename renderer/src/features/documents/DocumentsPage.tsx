/** Documents reviewed during the inspection and documents requested from the organisation. */
import { Link } from 'react-router';
import { DOCUMENT_STATUS_LABELS } from '@shared/domain/evidenceRecords';
import { usePageTitle } from '../../app/usePageTitle';
import { Button } from '../../components/govuk/Button';
import { Table } from '../../components/govuk/Table';
import { useLiveRecords } from '../../db/liveQueries';
import type { Stored } from '../../db/DataStore';
import { useInspection } from '../workspace/InspectionContext';

export function DocumentsPage() {
  usePageTitle('Documents');
  const inspection = useInspection();
  const documents = useLiveRecords('document', { inspectionId: inspection.id }) ?? [];
  const sites = new Map(
    (useLiveRecords('site', { inspectionId: inspection.id }) ?? []).map((s) => [s.id, s.identifier]),
  );
  const base = `/inspections/${inspection.id}/documents`;
  const table = (caption: string, list: Stored<'document'>[]) =>
    list.length === 0 ? (
      <p className="govuk-body">None yet.</p>
    ) : (
      <Table
        caption={caption}
        captionClassName="govuk-visually-hidden"
        head={['Title', 'Reference', 'Version', 'Site', 'Status']}
        rowKeys={list.map((d) => d.id)}
        rows={list.map((doc) => [
          <Link key="t" className="govuk-link" to={`${base}/${doc.id}`}>
            {doc.title}
          </Link>,
          doc.documentReference,
          doc.version,
          doc.siteId ? (sites.get(doc.siteId) ?? '') : '',
          DOCUMENT_STATUS_LABELS[doc.status],
        ])}
      />
    );
  return (
    <>
      <h1 className="govuk-heading-l">Documents</h1>
      <h2 className="govuk-heading-m">Documents reviewed</h2>
      {table(
        'Documents reviewed',
        documents.filter((d) => d.kind === 'reviewed'),
      )}
      <Button variant="secondary" href={`${base}/new?kind=reviewed`}>
        Record a document reviewed
      </Button>
      <h2 className="govuk-heading-m">Documents requested</h2>
      {table(
        'Documents requested',
        documents.filter((d) => d.kind === 'requested'),
      )}
      <Button variant="secondary" href={`${base}/new?kind=requested`}>
        Request a document
      </Button>
    </>
  );
}
