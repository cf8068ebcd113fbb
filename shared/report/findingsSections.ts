/**
 * The findings of the report, adapted per discipline (DOMAIN.md 4.1 item 10, 14 and 4.2):
 * - GMP, in the style of the EU Community format: a narrative under each GMP chapter heading, then
 *   the list of deficiencies grouped critical / major / other in the body of the report;
 * - GCP and PV, in the MHRA report style: a summary by grade in the body, the numbered deficiency
 *   annex (1.0 Critical, 2.0 Major with 2.1.1 examples, 3.0 Other or Minor) at the end;
 * - PV comments and recommendations, which are not graded deficiencies, in a section of their own.
 */
import { DISCIPLINE_NAMES, type Discipline } from '../domain/disciplines';
import { describeBriefly } from './dmSection';
import type { SectionDraft } from './bodySections';
import { GMP_HEADINGS, headingOfFinding } from './gmpChapters';
import type { ReportContext } from './reportContext';
import type { DeficiencyList, ReportBlock, ReportDeficiency } from './reportDocument';
import { countOf } from './reportText';

function listOf(context: ReportContext, discipline: Discipline): DeficiencyList | undefined {
  return context.deficiencyLists.find((l) => l.discipline === discipline);
}

function gmpNarrative(context: ReportContext): ReportBlock[] {
  const gmp = context.findings.filter((f) => f.discipline === 'GMP');
  const blocks: ReportBlock[] = [
    {
      kind: 'paragraph',
      text: 'GMP findings are reported under the chapter headings of the EU GMP Guide, Part I. Each deficiency is stated in full in the list of deficiencies, under the number given here.',
    },
  ];
  for (const heading of GMP_HEADINGS) {
    const under = gmp
      .filter((f) => headingOfFinding(f, context.describeReference) === heading.key)
      .map((f) => context.deficiencyByFinding.get(f.id))
      .filter((d): d is ReportDeficiency => Boolean(d) && d?.classification !== 'comment');
    blocks.push({ kind: 'subheading', text: heading.title });
    blocks.push(
      under.length === 0
        ? { kind: 'paragraph', text: 'No deficiencies were recorded under this heading.' }
        : { kind: 'bullets', items: under.map(describeBriefly) },
    );
  }
  return blocks;
}

function gradeSummary(list: DeficiencyList): ReportBlock {
  return {
    kind: 'table',
    caption: `${list.discipline} deficiencies by grade`,
    columns: [
      { header: 'Number', width: 'narrow' },
      { header: 'Grade', width: 'medium' },
      { header: 'Deficiencies', width: 'wide' },
    ],
    rows: [
      ...list.groups.map((g) => [g.number, g.label, g.deficiencies.map((d) => `${d.number} ${d.reference}`).join(', ') || 'None']),
      ...(list.comments.length > 0
        ? [['C', 'Comments (ungraded)', list.comments.map((d) => `${d.number} ${d.reference}`).join(', ')]]
        : []),
    ],
    emptyText: 'None.',
  };
}

export function findingsNarrative(context: ReportContext): SectionDraft {
  const blocks: ReportBlock[] = [];
  for (const discipline of context.disciplines) {
    const list = listOf(context, discipline);
    if (!list) continue;
    if (context.disciplines.length > 1) blocks.push({ kind: 'subheading', text: DISCIPLINE_NAMES[discipline] });
    if (discipline === 'GMP') {
      blocks.push(...gmpNarrative(context));
    } else {
      const count = list.groups.reduce((sum, g) => sum + g.deficiencies.length, 0);
      blocks.push(
        {
          kind: 'paragraph',
          text: `${countOf(count, 'deficiency', 'deficiencies')} ${count === 1 ? 'was' : 'were'} found. They are stated in full, numbered by grade, in the deficiency annex.`,
        },
        gradeSummary(list),
      );
    }
  }
  return { id: 'findings', title: "Inspectors' findings and observations", blocks };
}

/** The body's list of deficiencies: GMP in full; GCP and PV point at their annex. */
export function deficiencyListSection(context: ReportContext, annexNumber: string | null): SectionDraft {
  const blocks: ReportBlock[] = [];
  for (const list of context.deficiencyLists) {
    if (context.disciplines.length > 1) blocks.push({ kind: 'subheading', text: `${DISCIPLINE_NAMES[list.discipline]} (${list.discipline})` });
    if (list.discipline === 'GMP') {
      for (const group of list.groups)
        blocks.push({ kind: 'deficiencyGroup', group, emptyText: `No ${group.label.toLowerCase()} deficiencies.` });
    } else {
      blocks.push({
        kind: 'paragraph',
        text: `The ${list.discipline} deficiencies are listed in Annex ${annexNumber ?? ''}, grouped by grade with their references.`,
      });
    }
  }
  return { id: 'deficiencies', title: 'List of deficiencies', blocks };
}

/** The numbered deficiency annex of GCP and PV, or null when the report has neither. */
export function deficiencyAnnex(context: ReportContext): SectionDraft | null {
  const lists = context.deficiencyLists.filter((l) => l.discipline !== 'GMP');
  if (lists.length === 0) return null;
  const blocks: ReportBlock[] = [
    {
      kind: 'paragraph',
      text: 'Deficiencies are numbered by grade: 1.0 critical, 2.0 major, 3.0 other or minor. Numbered examples follow each deficiency. Please answer each deficiency directly under it.',
    },
  ];
  for (const list of lists) {
    if (context.disciplines.length > 1) blocks.push({ kind: 'subheading', text: `${DISCIPLINE_NAMES[list.discipline]} (${list.discipline})` });
    for (const group of list.groups)
      blocks.push({ kind: 'deficiencyGroup', group, emptyText: `No ${group.label.toLowerCase()} deficiencies.` });
  }
  return { id: 'deficiency-annex', title: 'Deficiency annex', blocks };
}

/** PV comments and recommendations: reported, not graded, not answered as deficiencies. */
export function commentsSection(context: ReportContext): SectionDraft | null {
  const comments = context.deficiencyLists.flatMap((l) => l.comments);
  if (!context.disciplines.includes('PV')) return null;
  return {
    id: 'comments',
    title: 'Comments and recommendations (ungraded)',
    blocks:
      comments.length === 0
        ? [{ kind: 'paragraph', text: 'No comments or recommendations were recorded.' }]
        : [
            {
              kind: 'paragraph',
              text: 'These observations are not graded deficiencies. The organisation is asked to consider them.',
            },
            { kind: 'deficiencies', deficiencies: comments },
          ],
  };
}
