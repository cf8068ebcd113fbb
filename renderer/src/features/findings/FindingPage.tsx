/** One finding in full, with its audit trail: every version of its wording and grade, and why. */
import { Link, useParams } from 'react-router';
import { gradeLabel } from '@shared/domain/classificationSchemes';
import { FINDING_STATUS_LABELS } from '@shared/domain/finding';
import { usePageTitle } from '../../app/usePageTitle';
import { Button } from '../../components/govuk/Button';
import { SummaryList } from '../../components/govuk/SummaryList';
import { useLiveChangesForRecord, useLiveRecord } from '../../db/liveQueries';
import { formatDateTime } from '../../forms/dateParts';
import { AuditTrail } from '../audit/AuditTrail';
import { ConflictBanner } from '../conflicts/ConflictBanner';
import { FindingPhotos } from '../evidence/FindingPhotos';
import { NotFoundPage } from '../help/NotFoundPage';
import { useInspection } from '../workspace/InspectionContext';
import { ClassificationTag } from './ClassificationTag';

export function FindingPage() {
  const { findingId } = useParams();
  const inspection = useInspection();
  const finding = useLiveRecord('finding', findingId);
  const site = useLiveRecord('site', finding?.siteId ?? undefined);
  const changes = useLiveChangesForRecord('finding', findingId);
  usePageTitle(finding ? `Finding ${finding.reference}` : 'Finding');
  if (finding === undefined) return <p className="govuk-body">Loading finding…</p>;
  if (finding === null || finding.inspectionId !== inspection.id) return <NotFoundPage />;
  const base = `/inspections/${inspection.id}/findings`;
  const deleted = finding._meta.deleted;
  return (
    <>
      <span className="govuk-caption-l">{finding.reference}</span>
      <h1 className="govuk-heading-l">{finding.title}</h1>
      <ConflictBanner inspectionId={inspection.id} entityId={finding.id} />
      {deleted && (
        <div className="govuk-warning-text">
          <span className="govuk-warning-text__icon" aria-hidden="true">
            !
          </span>
          <strong className="govuk-warning-text__text">
            <span className="govuk-visually-hidden">Warning</span>
            Deleted by {deleted.by} on {formatDateTime(deleted.at)}: {deleted.reason}
          </strong>
        </div>
      )}
      <SummaryList
        rows={[
          {
            key: 'Grade',
            value: <ClassificationTag discipline={finding.discipline} classification={finding.classification} />,
          },
          { key: 'Discipline', value: finding.discipline },
          { key: 'Status', value: FINDING_STATUS_LABELS[finding.status] },
          { key: 'Site', value: site ? `${site.identifier} ${site.name}` : 'Not specific to one site' },
          { key: 'Statement', value: <span className="app-preserve-lines">{finding.statement}</span> },
          { key: 'Evidence', value: <span className="app-preserve-lines">{finding.evidence || 'None recorded'}</span> },
          { key: 'References', value: finding.references.length ? finding.references.join('; ') : 'None' },
          { key: 'Linked checklist items', value: finding.checklistItemIds.join(', ') || 'None' },
          { key: 'Last changed', value: `${formatDateTime(finding._meta.updatedAt)} by ${finding._meta.updatedBy}` },
        ]}
      />
      {!deleted && (
        <div className="govuk-button-group">
          <Button href={`${base}/${finding.id}/edit`}>Change finding</Button>
          <Link className="govuk-link" to={`/inspections/${inspection.id}/remove/finding/${finding.id}`}>
            Delete finding
          </Link>
        </div>
      )}
      <FindingPhotos finding={finding} />
      <h2 className="govuk-heading-m">History of this finding</h2>
      <p className="govuk-body">
        Grade: {gradeLabel(finding.discipline, finding.classification)}. Every change is listed with who made it and
        why.
      </p>
      {changes && <AuditTrail changes={changes} titleOf={() => finding.reference} />}
    </>
  );
}
