/**
 * The annexes whose printing an inspector can choose (the deficiency annex is in findingsSections):
 * photos (display-size images, captions and the SHA-256 of each original), documents reviewed, people
 * met, and the definitions of the grades of each discipline in the report (DOMAIN.md 3, 4.1).
 */
import { gradesFor } from '../domain/classificationSchemes';
import { DISCIPLINE_NAMES } from '../domain/disciplines';
import { DOCUMENT_STATUS_LABELS } from '../domain/evidenceRecords';
import type { SectionDraft } from './bodySections';
import type { ReportContext } from './reportContext';
import type { OptionalAnnex, ReportBlock } from './reportDocument';

export type AnnexDraft = SectionDraft & { annex: OptionalAnnex };

export function photoAnnex(context: ReportContext): AnnexDraft | null {
  if (context.photos.length === 0) return null;
  return {
    id: 'photos',
    annex: 'photos',
    title: 'Photographs',
    blocks: [
      {
        kind: 'paragraph',
        text: 'Photographs supporting the deficiencies. Each shows the SHA-256 of the original file, taken when the photograph was captured; the original is kept unchanged on the inspection file.',
      },
      ...context.photos.map((photo): ReportBlock => ({ kind: 'photo', photo })),
    ],
  };
}

export function documentsAnnex(context: ReportContext): AnnexDraft | null {
  const reviewed = context.documents.filter((d) => d.kind === 'reviewed');
  if (reviewed.length === 0) return null;
  return {
    id: 'documents',
    annex: 'documents',
    title: 'Documents reviewed',
    blocks: [
      {
        kind: 'table',
        caption: 'Documents reviewed',
        columns: [
          { header: 'Document', width: 'wide' },
          { header: 'Reference', width: 'medium' },
          { header: 'Version', width: 'narrow' },
          { header: 'Site', width: 'narrow' },
          { header: 'Status', width: 'narrow' },
        ],
        rows: reviewed.map((d) => [
          d.title,
          d.documentReference,
          d.version,
          d.siteId ? (context.sitesById.get(d.siteId)?.identifier ?? '') : '',
          DOCUMENT_STATUS_LABELS[d.status],
        ]),
        emptyText: 'No documents were reviewed.',
      },
    ],
  };
}

export function peopleAnnex(context: ReportContext): AnnexDraft | null {
  if (context.people.length === 0) return null;
  return {
    id: 'people',
    annex: 'people',
    title: 'People met',
    blocks: [
      {
        kind: 'table',
        caption: 'People met',
        columns: [
          { header: 'Name', width: 'medium' },
          { header: 'Job title', width: 'medium' },
          { header: 'Organisation', width: 'medium' },
          { header: 'Role', width: 'narrow' },
          { header: 'Site', width: 'narrow' },
        ],
        rows: context.people.map((p) => [
          p.name,
          p.jobTitle,
          p.organisation,
          p.role,
          p.siteId ? (context.sitesById.get(p.siteId)?.identifier ?? '') : '',
        ]),
        emptyText: 'No people were recorded.',
      },
    ],
  };
}

export function definitionsAnnex(context: ReportContext): AnnexDraft {
  return {
    id: 'definitions',
    annex: 'definitions',
    title: 'Definitions of the grades',
    blocks: context.disciplines.flatMap((discipline): ReportBlock[] => [
      { kind: 'subheading', text: `${DISCIPLINE_NAMES[discipline]} (${discipline})` },
      { kind: 'fields', fields: gradesFor(discipline).map((g) => ({ label: g.label, value: g.definition })) },
    ]),
  };
}
