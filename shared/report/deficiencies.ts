/**
 * Numbering and grouping of the deficiencies, once for every renderer (DOMAIN.md 3 and 4.2):
 * grouped by grade in the discipline's scheme, most serious first, numbered "1.0 Critical",
 * "2.0 Major" with deficiencies 2.1, 2.2 and their examples 2.1.1, 2.1.2 (the MHRA GCP/GLP
 * deficiency annex style), "3.0 Other" (GMP, GCP) or "3.0 Minor" (PV). Group numbers are fixed by
 * the scheme, so "2.x" is always a major even when there is no critical. PV comments are not graded
 * deficiencies and are numbered apart (C1, C2). When a report covers several disciplines the numbers
 * carry the discipline ("GMP 2.1"), so no two deficiencies in one report share a number.
 */
import { gradesFor } from '../domain/classificationSchemes';
import type { Discipline } from '../domain/disciplines';
import type { Finding } from '../domain/finding';
import type { Site } from '../domain/network';
import type { DeficiencyList, ReportDeficiency } from './reportDocument';
import { naturalCompare, textLines } from './reportText';

export const DISCIPLINE_ORDER: readonly Discipline[] = ['GMP', 'GCP', 'PV'];

export interface DeficiencyContext {
  disciplines: readonly Discipline[];
  sitesById: ReadonlyMap<string, Site>;
  describeReference: (reference: string) => string;
  /** Photo labels by finding id, from the photo annex numbering. */
  photoLabelsByFinding: ReadonlyMap<string, readonly string[]>;
}

/** The disciplines a report covers: the inspection's, plus any a finding was raised under, in fixed order. */
export function reportDisciplines(declared: readonly Discipline[], findings: readonly Finding[]): Discipline[] {
  const present = new Set<Discipline>([...declared, ...findings.map((f) => f.discipline)]);
  return DISCIPLINE_ORDER.filter((d) => present.has(d));
}

export function siteLabel(siteId: string | null, sitesById: ReadonlyMap<string, Site>): string {
  if (!siteId) return 'Network-wide (not specific to one site)';
  const site = sitesById.get(siteId);
  return site ? `${site.identifier} ${site.name}` : 'Site no longer recorded';
}

export function byReference(a: Finding, b: Finding): number {
  return naturalCompare(a.reference, b.reference) || naturalCompare(a.id, b.id);
}

function deficiencyOf(finding: Finding, number: string, context: DeficiencyContext, gradeLabel: string): ReportDeficiency {
  return {
    number,
    findingId: finding.id,
    reference: finding.reference,
    title: finding.title,
    discipline: finding.discipline,
    classification: finding.classification,
    gradeLabel,
    siteLabel: siteLabel(finding.siteId, context.sitesById),
    statement: finding.statement,
    examples: textLines(finding.evidence).map((text, index) => ({ number: `${number}.${index + 1}`, text })),
    references: finding.references.map((reference) => context.describeReference(reference)),
    followsUp: finding.followsUp,
    photoLabels: context.photoLabelsByFinding.get(finding.id) ?? [],
  };
}

/** The numbered deficiency lists, one per discipline the report covers. */
export function buildDeficiencyLists(findings: readonly Finding[], context: DeficiencyContext): DeficiencyList[] {
  const prefix = context.disciplines.length > 1;
  return context.disciplines.map((discipline) => {
    const own = findings.filter((f) => f.discipline === discipline).sort(byReference);
    const numberOf = (local: string) => (prefix ? `${discipline} ${local}` : local);
    const graded = gradesFor(discipline).filter((grade) => grade.classification !== 'comment');
    const groups = graded.map((grade, groupIndex) => {
      const group = groupIndex + 1;
      const inGrade = own.filter((f) => f.classification === grade.classification);
      return {
        number: numberOf(`${group}.0`),
        discipline,
        classification: grade.classification,
        label: grade.label,
        deficiencies: inGrade.map((finding, index) =>
          deficiencyOf(finding, numberOf(`${group}.${index + 1}`), context, grade.label),
        ),
      };
    });
    const comments = own
      .filter((f) => f.classification === 'comment')
      .map((finding, index) => deficiencyOf(finding, numberOf(`C${index + 1}`), context, 'Comment (ungraded)'));
    return { discipline, groups, comments };
  });
}

/** Every deficiency and comment of the lists, in report order. */
export function allDeficiencies(lists: readonly DeficiencyList[]): ReportDeficiency[] {
  return lists.flatMap((list) => [...list.groups.flatMap((group) => group.deficiencies), ...list.comments]);
}

/** The findings in the order the report lists them: discipline, then grade (comments last), then reference. */
export function findingsInReportOrder(findings: readonly Finding[], disciplines: readonly Discipline[]): Finding[] {
  return disciplines.flatMap((discipline) =>
    gradesFor(discipline).flatMap((grade) =>
      findings
        .filter((f) => f.discipline === discipline && f.classification === grade.classification)
        .sort(byReference),
    ),
  );
}
