/** An inspection at a glance: where and what is inspected, the DM network and how each site is covered. */
import { ContextPackPanel } from '../contextPack/ContextPackPanel';
import { Link } from 'react-router';
import { INSPECTION_TYPE_LABELS } from '@shared/domain/inspection';
import { SITE_COVERAGE_LABELS, SITE_KIND_LABELS } from '@shared/domain/network';
import { usePageTitle } from '../../app/usePageTitle';
import { Button } from '../../components/govuk/Button';
import { SummaryList } from '../../components/govuk/SummaryList';
import { Table } from '../../components/govuk/Table';
import { useLiveRecords } from '../../db/liveQueries';
import { formatDate } from '../../forms/dateParts';
import { ExportStatus } from '../packages/ExportStatus';
import { FindingsAtAGlance } from './FindingsAtAGlance';
import { findingsAtAGlance } from './findingsAtAGlance';
import { useExportPackage } from '../packages/useExportPackage';
import { sortSites } from '../plan/sortSites';
import { useInspection } from '../workspace/InspectionContext';

export function OverviewPage() {
  const inspection = useInspection();
  usePageTitle(`${inspection.reference} overview`);
  const sites = sortSites(useLiveRecords('site', { inspectionId: inspection.id }) ?? []);
  const products = useLiveRecords('product', { inspectionId: inspection.id }) ?? [];
  const lead = inspection.team.find((m) => m.role === 'lead');
  const exporter = useExportPackage();
  const findings = useLiveRecords('finding', { inspectionId: inspection.id }) ?? [];
  return (
    <>
      <h1 className="govuk-heading-l">{inspection.reference}</h1>
      <ContextPackPanel inspectionId={inspection.id} />
      <SummaryList
        rows={[
          { key: 'Organisation', value: inspection.organisationName },
          {
            key: 'Type',
            value: `${INSPECTION_TYPE_LABELS[inspection.type]} ${inspection.disciplines.join(', ')} inspection`,
          },
          { key: 'Dates', value: `${formatDate(inspection.startDate)} to ${formatDate(inspection.endDate)}` },
          { key: 'Lead inspector', value: lead?.name ?? 'Not assigned' },
          { key: 'Team', value: inspection.team.map((m) => `${m.name} (${m.initials})`).join(', ') || 'No team yet' },
          {
            key: 'Products',
            value: products.length
              ? products
                  .map(
                    (p) =>
                      `${p.name}: ${p.dmLegalTest} designation ${p.dmDesignationReference || 'not recorded'}, DMMF ${p.dmmfVersion || 'version not recorded'}`,
                  )
                  .join('; ')
              : 'None recorded',
          },
        ]}
      />
      <ExportStatus state={exporter.state} />
      <Button
        variant="secondary"
        disabled={exporter.state.kind === 'working'}
        onClick={() => void exporter.exportPackage({ kind: 'inspections', inspectionIds: [inspection.id] })}
      >
        Export this inspection
      </Button>
      <h2 className="govuk-heading-m">Findings at a glance ({findings.length})</h2>
      <FindingsAtAGlance glance={findingsAtAGlance(findings, sites)} base={`/inspections/${inspection.id}/findings`} />
      <h2 className="govuk-heading-m">DM network</h2>
      {sites.length === 0 ? (
        <p className="govuk-body">
          No sites recorded yet.{' '}
          <Link className="govuk-link" to={`/inspections/${inspection.id}/plan/sites/new`}>
            Add the Control Site
          </Link>
          .
        </p>
      ) : (
        <Table
          caption="Sites and how this inspection covers them"
          captionClassName="govuk-visually-hidden"
          head={['Identifier', 'Site', 'Kind', 'Coverage']}
          rowKeys={sites.map((s) => s.id)}
          rows={sites.map((site) => [
            site.identifier,
            site.name,
            SITE_KIND_LABELS[site.kind],
            SITE_COVERAGE_LABELS[site.coverage],
          ])}
        />
      )}
    </>
  );
}
