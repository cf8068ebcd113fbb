/**
 * The opening sections of the report body, in the order of the EU Community format (DOMAIN.md 4.1
 * items 8-9): introduction, scope, inspected sites and areas, areas not inspected, key personnel met.
 */
import { DISCIPLINE_NAMES } from '../domain/disciplines';
import { MEETING_KIND_LABELS } from '../domain/evidenceRecords';
import { INSPECTION_TYPE_LABELS } from '../domain/inspection';
import { SITE_COVERAGE_LABELS, SITE_KIND_LABELS } from '../domain/network';
import type { ReportContext } from './reportContext';
import type { ReportBlock } from './reportDocument';
import { countOf, dateRange, listInProse, longDate, textLines } from './reportText';

export type SectionDraft = { id: string; title: string; blocks: ReportBlock[] };

function paragraphs(text: string): ReportBlock[] {
  return text
    .split(/\r?\n\s*\r?\n/)
    .map((part) => part.trim())
    .filter(Boolean)
    .map((part) => ({ kind: 'paragraph', text: part }));
}

export function introduction(context: ReportContext): SectionDraft {
  const { inspection } = context;
  const covered = context.sites.filter((s) => s.coverage !== 'not-covered');
  const blocks: ReportBlock[] = [
    {
      kind: 'paragraph',
      text:
        `${inspection.organisationName} was inspected by ${context.agencyName} on ${dateRange(inspection.startDate, inspection.endDate)}. ` +
        `This was a ${INSPECTION_TYPE_LABELS[inspection.type].toLowerCase()} inspection covering ${listInProse(context.disciplines.map((d) => DISCIPLINE_NAMES[d].toLowerCase()))}.`,
    },
    {
      kind: 'paragraph',
      text:
        context.sites.length > 0
          ? `The decentralised manufacturing network comprises ${countOf(context.sites.length, 'site')}, of which ${countOf(covered.length, 'site')} ${covered.length === 1 ? 'was' : 'were'} covered by this inspection (section on decentralised manufacturing below).`
          : 'No sites of a decentralised manufacturing network were recorded for this inspection.',
    },
  ];
  const meetings = context.meetings.filter((m) => m.kind !== 'daily');
  if (meetings.length > 0) {
    blocks.push({
      kind: 'paragraph',
      text: `${meetings.map((m) => `The ${MEETING_KIND_LABELS[m.kind].toLowerCase()} was held on ${longDate(m.date)}`).join('. ')}.`,
    });
  }
  if (context.previousFindings.length > 0) {
    blocks.push({
      kind: 'paragraph',
      text: `The previous inspection raised ${countOf(context.previousFindings.length, 'finding')}; their follow-up is reported under other specific issues.`,
    });
  }
  return { id: 'introduction', title: 'Introduction', blocks };
}

export function scope(context: ReportContext): SectionDraft {
  const { inspection } = context;
  const blocks: ReportBlock[] = [
    ...paragraphs(inspection.scope),
    {
      kind: 'fields',
      fields: [
        { label: 'Type of inspection', value: INSPECTION_TYPE_LABELS[inspection.type] },
        { label: 'Disciplines', value: listInProse(context.disciplines.map((d) => DISCIPLINE_NAMES[d])) },
        {
          label: 'Products',
          value: context.products.length > 0 ? context.products.map((p) => p.name).join('; ') : 'None recorded',
        },
      ],
    },
  ];
  if (inspection.scope.trim() === '') blocks.unshift({ kind: 'paragraph', text: 'No scope was recorded.' });
  return { id: 'scope', title: 'Scope of the inspection', blocks };
}

export function inspectedAreas(context: ReportContext): SectionDraft {
  const covered = context.sites.filter((s) => s.coverage !== 'not-covered');
  const blocks: ReportBlock[] = [
    {
      kind: 'table',
      caption: 'Sites and units covered',
      columns: [
        { header: 'Identifier', width: 'narrow' },
        { header: 'Site or unit', width: 'wide' },
        { header: 'Kind', width: 'medium' },
        { header: 'How it was covered', width: 'medium' },
      ],
      rows: covered.map((s) => [s.identifier, s.name, SITE_KIND_LABELS[s.kind], SITE_COVERAGE_LABELS[s.coverage]]),
      emptyText: 'No sites were recorded as covered.',
    },
  ];
  const agenda = textLines(context.inspection.agenda);
  if (agenda.length > 0) {
    blocks.push({ kind: 'subheading', text: 'Agenda followed' }, { kind: 'bullets', items: agenda });
  }
  return { id: 'inspected-areas', title: 'Inspected sites and areas', blocks };
}

export function areasNotInspected(context: ReportContext): SectionDraft {
  const notCovered = context.sites.filter((s) => s.coverage === 'not-covered');
  const blocks: ReportBlock[] = paragraphs(context.inspection.areasNotInspected);
  if (notCovered.length > 0) {
    blocks.push({
      kind: 'bullets',
      items: notCovered.map((s) => `${s.identifier} ${s.name} (${SITE_KIND_LABELS[s.kind].toLowerCase()}): not covered`),
    });
  }
  if (blocks.length === 0) blocks.push({ kind: 'paragraph', text: 'No areas were recorded as not inspected.' });
  return { id: 'areas-not-inspected', title: 'Activities and areas not inspected', blocks };
}

/** People met who hold a named role (QP, QPPV, responsible person...); everyone met is in the annex. */
export function keyPersonnel(context: ReportContext): SectionDraft {
  const key = context.people.filter((p) => p.role.trim() !== '');
  return {
    id: 'key-personnel',
    title: 'Key personnel met',
    blocks: [
      {
        kind: 'table',
        caption: 'Key personnel met',
        columns: [
          { header: 'Name', width: 'medium' },
          { header: 'Role', width: 'medium' },
          { header: 'Job title', width: 'medium' },
          { header: 'Site', width: 'narrow' },
        ],
        rows: key.map((p) => [p.name, p.role, p.jobTitle, p.siteId ? (context.sitesById.get(p.siteId)?.identifier ?? '') : '']),
        emptyText: 'No key personnel were recorded.',
      },
    ],
  };
}
