/**
 * The cover of the report and the PDF's document properties: the common denominator of DOMAIN.md
 * 4.1 items 1-7 and 4.2 (reference, inspected entity and sites with their identifiers, dates,
 * inspectors and experts with the authority, inspection type, products with their DM designation).
 */
import { DISCIPLINE_NAMES } from '../domain/disciplines';
import { INSPECTION_TYPE_LABELS, TEAM_ROLE_LABELS } from '../domain/inspection';
import { SITE_COVERAGE_LABELS, SITE_KIND_LABELS } from '../domain/network';
import type { ReportContext } from './reportContext';
import type { ReportCover, ReportProperties } from './reportDocument';
import { dateRange, listInProse } from './reportText';

export function buildCover(context: ReportContext): ReportCover {
  const { inspection } = context;
  const leads = inspection.team.filter((m) => m.role === 'lead').map((m) => m.name);
  return {
    agencyName: context.agencyName,
    title: 'Inspection report',
    reportReference: inspection.reference,
    organisationName: inspection.organisationName,
    fields: [
      { label: 'Report reference', value: inspection.reference },
      { label: 'Organisation inspected', value: inspection.organisationName },
      { label: 'Inspection dates', value: dateRange(inspection.startDate, inspection.endDate) },
      { label: 'Type of inspection', value: INSPECTION_TYPE_LABELS[inspection.type] },
      {
        label: 'Disciplines',
        value: listInProse(context.disciplines.map((d) => `${DISCIPLINE_NAMES[d]} (${d})`)),
      },
      { label: 'Lead inspector', value: leads.length > 0 ? listInProse(leads) : 'Not recorded' },
      { label: 'Competent authority', value: context.agencyName },
    ],
    sites: context.sites.map((site) => [
      site.identifier,
      site.name,
      SITE_KIND_LABELS[site.kind],
      [site.location, site.hostOrganisation].filter(Boolean).join(', '),
      SITE_COVERAGE_LABELS[site.coverage],
    ]),
    team: inspection.team.map((member) => [
      member.name,
      TEAM_ROLE_LABELS[member.role],
      member.disciplines.join(', '),
      context.agencyName,
    ]),
    products: context.products.map((product) => [
      product.name,
      product.dosageForm,
      product.dmLegalTest,
      product.dmDesignationReference,
      product.dmmfVersion,
      product.authorisation,
    ]),
  };
}

export function buildProperties(context: ReportContext): ReportProperties {
  const { inspection } = context;
  const lead = inspection.team.find((m) => m.role === 'lead')?.name;
  return {
    title: `Inspection report ${inspection.reference}: ${inspection.organisationName}`,
    subject: `${context.disciplines.join(', ')} inspection of ${inspection.organisationName}, ${dateRange(inspection.startDate, inspection.endDate)}`,
    author: lead ? `${lead}, ${context.agencyName}` : context.agencyName,
    keywords: [
      inspection.reference,
      ...context.disciplines,
      'inspection report',
      'decentralised manufacturing',
      inspection.organisationName,
      ...context.sites.map((s) => s.identifier),
    ],
  };
}
