/** The inspection's findings grouped by grade, most serious first: the shape of the closing meeting list. */
import { Link } from 'react-router';
import { CLASSIFICATION_ORDER, gradeLabel } from '@shared/domain/classificationSchemes';
import { FINDING_STATUS_LABELS } from '@shared/domain/finding';
import { usePageTitle } from '../../app/usePageTitle';
import { Button } from '../../components/govuk/Button';
import { Table } from '../../components/govuk/Table';
import { useLiveRecords } from '../../db/liveQueries';
import { useInspection } from '../workspace/InspectionContext';

export function FindingsPage() {
  usePageTitle('Findings');
  const inspection = useInspection();
  const findings = useLiveRecords('finding', { inspectionId: inspection.id });
  const sites = new Map((useLiveRecords('site', { inspectionId: inspection.id }) ?? []).map((s) => [s.id, s]));
  const base = `/inspections/${inspection.id}/findings`;
  return (
    <>
      <h1 className="govuk-heading-l">Findings</h1>
      <Button href={`${base}/new`}>New finding</Button>
      {findings === undefined ? (
        <p className="govuk-body">Loading findings…</p>
      ) : findings.length === 0 ? (
        <p className="govuk-body">No findings yet. Raise one from a checklist item, or start a new finding.</p>
      ) : (
        CLASSIFICATION_ORDER.map((classification) => {
          const graded = findings
            .filter((f) => f.classification === classification)
            .sort((a, b) => a.reference.localeCompare(b.reference, 'en-GB', { numeric: true }));
          if (graded.length === 0) return null;
          const label = gradeLabel(graded[0]!.discipline, classification);
          return (
            <Table
              key={classification}
              caption={`${label} (${graded.length})`}
              captionSize="m"
              head={['Reference', 'Title', 'Discipline', 'Site', 'Status']}
              rowKeys={graded.map((f) => f.id)}
              rows={graded.map((finding) => [
                <Link key="ref" className="govuk-link" to={`${base}/${finding.id}`}>
                  {finding.reference}
                </Link>,
                finding.title,
                finding.discipline,
                finding.siteId ? (sites.get(finding.siteId)?.identifier ?? '') : 'Network',
                FINDING_STATUS_LABELS[finding.status],
              ])}
            />
          );
        })
      )}
    </>
  );
}
