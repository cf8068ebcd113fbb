/**
 * The decentralised manufacturing section (DOMAIN.md 4.2, "For DM add"): the products' designation
 * references and DMMF versions, the Control Site and the table of POC sites and modular units with
 * how each was covered, and the deficiencies tagged to each site.
 */
import { SITE_COVERAGE_LABELS, SITE_KIND_LABELS } from '../domain/network';
import type { SectionDraft } from './bodySections';
import type { ReportContext } from './reportContext';
import type { ReportBlock, ReportDeficiency } from './reportDocument';

function deficienciesAt(context: ReportContext, siteId: string | null): ReportDeficiency[] {
  return context.findings
    .filter((f) => f.siteId === siteId || (siteId === null && f.siteId !== null && !context.sitesById.has(f.siteId)))
    .map((f) => context.deficiencyByFinding.get(f.id))
    .filter((d): d is ReportDeficiency => Boolean(d));
}

export function dmSection(context: ReportContext): SectionDraft {
  const blocks: ReportBlock[] = [
    {
      kind: 'table',
      caption: 'DM designation and master file',
      columns: [
        { header: 'Product', width: 'wide' },
        { header: 'DM legal test', width: 'narrow' },
        { header: 'Designation reference', width: 'medium' },
        { header: 'DMMF version', width: 'narrow' },
      ],
      rows: context.products.map((p) => [p.name, p.dmLegalTest, p.dmDesignationReference || 'Not recorded', p.dmmfVersion || 'Not recorded']),
      emptyText: 'No DM products were recorded.',
    },
    {
      kind: 'table',
      caption: 'Sites of the DM network and how each was covered',
      columns: [
        { header: 'Identifier', width: 'narrow' },
        { header: 'Site or unit', width: 'wide' },
        { header: 'Kind', width: 'medium' },
        { header: 'Responsible person', width: 'medium' },
        { header: 'Coverage', width: 'medium' },
        { header: 'Deficiencies', width: 'narrow' },
      ],
      rows: context.sites.map((site) => [
        site.identifier,
        [site.name, site.hostOrganisation].filter(Boolean).join(', '),
        SITE_KIND_LABELS[site.kind],
        site.responsiblePerson,
        SITE_COVERAGE_LABELS[site.coverage],
        deficienciesAt(context, site.id)
          .map((d) => d.number)
          .join(', ') || 'None',
      ]),
      emptyText: 'No sites were recorded.',
    },
    { kind: 'subheading', text: 'Findings by site' },
  ];
  for (const site of context.sites) {
    const here = deficienciesAt(context, site.id);
    blocks.push({
      kind: 'paragraph',
      text: `${site.identifier} ${site.name}: ${here.length === 0 ? 'no deficiencies.' : ''}`,
    });
    if (here.length > 0) blocks.push({ kind: 'bullets', items: here.map(describeBriefly) });
  }
  const networkWide = deficienciesAt(context, null);
  if (networkWide.length > 0) {
    blocks.push(
      { kind: 'paragraph', text: 'Network-wide (not specific to one site):' },
      { kind: 'bullets', items: networkWide.map(describeBriefly) },
    );
  }
  return { id: 'dm-network', title: 'Decentralised manufacturing network', blocks };
}

export function describeBriefly(d: ReportDeficiency): string {
  return `${d.number} ${d.reference} (${d.gradeLabel}): ${d.title}`;
}
