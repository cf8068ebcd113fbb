/** The Inspections home: every inspection on this device, newest first, or a real empty state. */
import { Link } from 'react-router';
import { usePageTitle } from '../../app/usePageTitle';
import { Button } from '../../components/govuk/Button';
import { Table } from '../../components/govuk/Table';
import { useLiveRecords } from '../../db/liveQueries';
import { formatDate } from '../../forms/dateParts';
import { LoadSampleButton } from '../sample/LoadSampleButton';
import { SAMPLE_REFERENCE } from '../sample/sampleInspectionRecords';
import { InspectionStatusTag } from './inspectionStatusTag';

export function InspectionsHome() {
  usePageTitle('Inspections');
  const inspections = useLiveRecords('inspection');
  const sorted = [...(inspections ?? [])].sort((a, b) => (a.startDate < b.startDate ? 1 : -1));
  return (
    <>
      <h1 className="govuk-heading-l">Inspections</h1>
      <div className="govuk-button-group">
        <Button href="/inspections/new">New inspection</Button>
        <LoadSampleButton alreadyLoaded={sorted.some((i) => i.reference === SAMPLE_REFERENCE)} />
        <Button variant="secondary" href="/import">
          Import an inspection package
        </Button>
        {sorted.length > 0 && (
          <Button variant="secondary" href="/export">
            Export everything
          </Button>
        )}
      </div>
      {inspections === undefined ? (
        <p className="govuk-body">Loading inspections…</p>
      ) : sorted.length === 0 ? (
        <div className="app-empty-state">
          <h2 className="govuk-heading-m">No inspections on this device yet</h2>
          <p className="govuk-body">
            Plan a new inspection, load the sample inspection to see how the workbench works, or import an inspection
            package.
          </p>
        </div>
      ) : (
        <Table
          caption="Inspections on this device"
          captionSize="m"
          head={['Reference', 'Organisation', 'Disciplines', 'Dates', 'Status']}
          rowKeys={sorted.map((i) => i.id)}
          rows={sorted.map((inspection) => [
            <Link key="ref" className="govuk-link" to={`/inspections/${inspection.id}`}>
              {inspection.reference}
            </Link>,
            inspection.organisationName,
            inspection.disciplines.join(', '),
            `${formatDate(inspection.startDate)} to ${formatDate(inspection.endDate)}`,
            <InspectionStatusTag key="status" status={inspection.status} />,
          ])}
        />
      )}
    </>
  );
}
