/**
 * The closing sections of the report body (DOMAIN.md 4.1 items 11-13, 16-17): other specific issues
 * with the follow-up of the previous inspection's findings, miscellaneous, the summary and
 * conclusions with the compliance statement from the close-out outcome, distribution, signatures.
 */
import { gradeLabel } from '../domain/classificationSchemes';
import { DISCIPLINE_NAMES } from '../domain/disciplines';
import { DOCUMENT_STATUS_LABELS, MEETING_KIND_LABELS } from '../domain/evidenceRecords';
import { IAG_PANEL_LABELS } from '../domain/inspectionCloseOut';
import type { SectionDraft } from './bodySections';
import type { ReportContext } from './reportContext';
import type { ReportBlock } from './reportDocument';
import { countOf, listInProse, longDate } from './reportText';

export function otherSpecificIssues(context: ReportContext): SectionDraft {
  const repeats = context.findings.filter((f) => f.followsUp.trim() !== '');
  const blocks: ReportBlock[] = [
    { kind: 'subheading', text: 'Follow-up of the previous inspection' },
    {
      kind: 'table',
      caption: 'Findings of the previous inspection',
      columns: [
        { header: 'Previous finding', width: 'narrow' },
        { header: 'Title', width: 'wide' },
        { header: 'Grade', width: 'narrow' },
        { header: 'CAPA status', width: 'narrow' },
        { header: 'Followed up by', width: 'medium' },
      ],
      rows: context.previousFindings.map((previous) => [
        previous.reference,
        previous.title,
        gradeLabel(previous.discipline, previous.classification),
        previous.capaStatus,
        repeats
          .filter((f) => f.followsUp.trim() === previous.reference)
          .map((f) => `${context.deficiencyByFinding.get(f.id)?.number ?? ''} ${f.reference}`.trim())
          .join(', ') || 'Closed at this inspection; no repeat finding',
      ]),
      emptyText: 'No findings of a previous inspection were recorded.',
    },
  ];
  const known = new Set(context.previousFindings.map((p) => p.reference));
  const unlisted = repeats.filter((f) => !known.has(f.followsUp.trim()));
  if (unlisted.length > 0) {
    blocks.push({
      kind: 'bullets',
      items: unlisted.map(
        (f) => `${context.deficiencyByFinding.get(f.id)?.number ?? ''} ${f.reference} follows up ${f.followsUp.trim()}.`,
      ),
    });
  }
  return { id: 'other-issues', title: 'Other specific issues', blocks };
}

export function miscellaneous(context: ReportContext): SectionDraft {
  const requested = context.documents.filter((d) => d.kind === 'requested');
  return {
    id: 'miscellaneous',
    title: 'Miscellaneous',
    blocks: [
      { kind: 'paragraph', text: 'Samples taken: none were recorded.' },
      {
        kind: 'table',
        caption: 'Documents requested from the organisation',
        columns: [
          { header: 'Document', width: 'wide' },
          { header: 'Reference', width: 'medium' },
          { header: 'Status', width: 'narrow' },
        ],
        rows: requested.map((d) => [d.title, d.documentReference, DOCUMENT_STATUS_LABELS[d.status]]),
        emptyText: 'No documents were requested.',
      },
      {
        kind: 'table',
        caption: 'Meetings held',
        columns: [
          { header: 'Meeting', width: 'medium' },
          { header: 'Date', width: 'medium' },
          { header: 'Site', width: 'narrow' },
        ],
        rows: context.meetings.map((m) => [
          MEETING_KIND_LABELS[m.kind],
          longDate(m.date),
          m.siteId ? (context.sitesById.get(m.siteId)?.identifier ?? '') : '',
        ]),
        emptyText: 'No meetings were recorded.',
      },
    ],
  };
}

function complianceStatement(context: ReportContext): string {
  const { inspection } = context;
  const practices = listInProse(context.disciplines.map((d) => DISCIPLINE_NAMES[d].toLowerCase()));
  const closeOut = inspection.closeOut;
  if (!closeOut) {
    return `The compliance outcome has not yet been decided. It will be recorded when the organisation's responses to the deficiencies have been assessed.`;
  }
  switch (closeOut.outcome) {
    case 'compliant':
      return `On the basis of this inspection, ${inspection.organisationName} is considered to operate in compliance with the requirements of ${practices}, subject to satisfactory completion of the corrective and preventive actions.`;
    case 'non-compliant':
      return `On the basis of this inspection, ${inspection.organisationName} is considered not to operate in compliance with the requirements of ${practices}.`;
    case 'referred-to-iag':
      return `The findings of this inspection have been referred to the Inspection Action Group${closeOut.iagPanel ? `, ${IAG_PANEL_LABELS[closeOut.iagPanel]}` : ''}, which will decide the regulatory action.`;
  }
}

export function conclusion(context: ReportContext): SectionDraft {
  const rows = context.deficiencyLists.map((list) => {
    const counts = list.groups.map((g) => `${g.deficiencies.length} ${g.label.toLowerCase()}`);
    if (list.comments.length > 0) counts.push(countOf(list.comments.length, 'comment'));
    return [list.discipline, counts.join(', ')];
  });
  const closeOut = context.inspection.closeOut;
  const blocks: ReportBlock[] = [
    {
      kind: 'table',
      caption: 'Deficiencies by grade',
      columns: [
        { header: 'Discipline', width: 'narrow' },
        { header: 'Deficiencies', width: 'wide' },
      ],
      rows,
      emptyText: 'No disciplines.',
    },
    { kind: 'paragraph', text: complianceStatement(context) },
  ];
  if (closeOut?.statement.trim()) blocks.push({ kind: 'paragraph', text: closeOut.statement.trim() });
  if (closeOut) blocks.push({ kind: 'paragraph', text: `Outcome decided on ${longDate(closeOut.decidedOn)}.` });
  return { id: 'conclusion', title: 'Summary and conclusions', blocks };
}

export function distribution(context: ReportContext): SectionDraft {
  return {
    id: 'distribution',
    title: 'Distribution of the report',
    blocks: [
      {
        kind: 'bullets',
        items: [
          `${context.inspection.organisationName} (the organisation inspected)`,
          `The inspection team: ${listInProse(context.inspection.team.map((m) => m.name)) || 'not recorded'}`,
          `${context.agencyName}: the inspection file`,
        ],
      },
      {
        kind: 'paragraph',
        text: 'This report is marked OFFICIAL-SENSITIVE. It must not be passed to anyone else without the agreement of the agency.',
      },
    ],
  };
}

export function signaturesSection(): SectionDraft {
  return {
    id: 'signatures',
    title: 'Signatures',
    blocks: [
      {
        kind: 'paragraph',
        text: 'Each electronic signature is bound to the SHA-256 of the report content it signed. A change to the content after signing makes the signature no longer valid.',
      },
      { kind: 'signatures' },
    ],
  };
}
