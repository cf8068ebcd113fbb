/**
 * The inspection plan on one screen (journey 1): details and scope, the DM network with how each site
 * is covered, products with designation and DMMF version, and the team.
 */
import { Link } from 'react-router';
import { INSPECTION_TYPE_LABELS, TEAM_ROLE_LABELS } from '@shared/domain/inspection';
import { SITE_COVERAGE_LABELS, SITE_KIND_LABELS } from '@shared/domain/network';
import { usePageTitle } from '../../app/usePageTitle';
import { Button } from '../../components/govuk/Button';
import { SummaryList } from '../../components/govuk/SummaryList';
import { Table } from '../../components/govuk/Table';
import { useLiveRecords } from '../../db/liveQueries';
import { formatDate } from '../../forms/dateParts';
import { useInspection } from '../workspace/InspectionContext';
import { sortSites } from './sortSites';

export function PlanPage() {
  usePageTitle('Plan');
  const inspection = useInspection();
  const sites = sortSites(useLiveRecords('site', { inspectionId: inspection.id }) ?? []);
  const products = useLiveRecords('product', { inspectionId: inspection.id }) ?? [];
  const base = `/inspections/${inspection.id}/plan`;
  const remove = (entity: string, id: string) => `/inspections/${inspection.id}/remove/${entity}/${id}`;
  return (
    <>
      <h1 className="govuk-heading-l">Plan</h1>
      <h2 className="govuk-heading-m">Details</h2>
      <SummaryList
        rows={[
          { key: 'Reference', value: inspection.reference },
          { key: 'Organisation', value: inspection.organisationName },
          { key: 'Disciplines', value: inspection.disciplines.join(', ') },
          { key: 'Type', value: INSPECTION_TYPE_LABELS[inspection.type] },
          { key: 'Dates', value: `${formatDate(inspection.startDate)} to ${formatDate(inspection.endDate)}` },
          { key: 'Scope', value: <span className="app-preserve-lines">{inspection.scope || 'Not set'}</span> },
          {
            key: 'Areas not inspected',
            value: <span className="app-preserve-lines">{inspection.areasNotInspected || 'None recorded'}</span>,
          },
          { key: 'Agenda', value: <span className="app-preserve-lines">{inspection.agenda || 'Not set'}</span> },
        ]}
      />
      <p className="govuk-body">
        <Link className="govuk-link" to={`${base}/details`}>
          Change details, scope and agenda
        </Link>
      </p>

      <h2 className="govuk-heading-m">DM network</h2>
      {sites.length === 0 ? (
        <p className="govuk-body">
          No sites yet. Start with the Control Site named on the licence, then its point-of-care sites and modular
          units.
        </p>
      ) : (
        <Table
          caption="Sites in this inspection"
          captionClassName="govuk-visually-hidden"
          head={['Identifier', 'Site', 'Kind', 'Host organisation', 'Coverage', 'Actions']}
          rowKeys={sites.map((s) => s.id)}
          rows={sites.map((site) => [
            site.identifier,
            <>
              {site.name}
              {site.location && <span className="govuk-hint govuk-!-margin-0">{site.location}</span>}
            </>,
            SITE_KIND_LABELS[site.kind],
            site.hostOrganisation,
            SITE_COVERAGE_LABELS[site.coverage],
            <span key="actions" className="app-row-actions">
              <Link className="govuk-link" to={`${base}/sites/${site.id}`}>
                Change<span className="govuk-visually-hidden"> {site.identifier}</span>
              </Link>
              <Link className="govuk-link" to={remove('site', site.id)}>
                Remove<span className="govuk-visually-hidden"> {site.identifier}</span>
              </Link>
            </span>,
          ])}
        />
      )}
      <Button variant="secondary" href={`${base}/sites/new`}>
        Add a site
      </Button>

      <h2 className="govuk-heading-m">Products</h2>
      {products.length === 0 ? (
        <p className="govuk-body">No products yet.</p>
      ) : (
        <Table
          caption="Products in scope"
          captionClassName="govuk-visually-hidden"
          head={['Product', 'Dosage form', 'Designation', 'DMMF version', 'Actions']}
          rowKeys={products.map((p) => p.id)}
          rows={products.map((product) => [
            product.name,
            product.dosageForm,
            `${product.dmLegalTest}${product.dmDesignationReference ? ` (${product.dmDesignationReference})` : ''}`,
            product.dmmfVersion,
            <span key="actions" className="app-row-actions">
              <Link className="govuk-link" to={`${base}/products/${product.id}`}>
                Change<span className="govuk-visually-hidden"> {product.name}</span>
              </Link>
              <Link className="govuk-link" to={remove('product', product.id)}>
                Remove<span className="govuk-visually-hidden"> {product.name}</span>
              </Link>
            </span>,
          ])}
        />
      )}
      <Button variant="secondary" href={`${base}/products/new`}>
        Add a product
      </Button>

      <h2 className="govuk-heading-m">Checklists</h2>
      <p className="govuk-body">
        {inspection.checklistTemplates.length === 0
          ? 'No checklists chosen yet.'
          : `${inspection.checklistTemplates.length} checklist${inspection.checklistTemplates.length === 1 ? '' : 's'} pinned: ${inspection.checklistTemplates.map((p) => `${p.templateId} version ${p.version}`).join(', ')}.`}
      </p>
      <Button variant="secondary" href={`${base}/checklists`}>
        Choose checklists and who covers them
      </Button>

      <h2 className="govuk-heading-m">Team</h2>
      <Table
        caption="Inspection team"
        captionClassName="govuk-visually-hidden"
        head={['Name', 'Initials', 'Role', 'Disciplines', 'Actions']}
        rowKeys={inspection.team.map((m) => m.userId)}
        rows={inspection.team.map((member) => [
          member.name,
          member.initials,
          TEAM_ROLE_LABELS[member.role],
          member.disciplines.join(', '),
          <Link key="change" className="govuk-link" to={`${base}/team/${member.userId}`}>
            Change<span className="govuk-visually-hidden"> {member.name}</span>
          </Link>,
        ])}
      />
      <Button variant="secondary" href={`${base}/team/new`}>
        Add a team member
      </Button>
    </>
  );
}
