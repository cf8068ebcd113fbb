/**
 * How findings are graded in each discipline (DOMAIN.md section 3), with the definition shown where
 * an inspector chooses the grade. GMP follows the PIC/S definitions used by MHRA; MHRA GCP uses
 * critical/major/other; PV follows GVP Module III (critical/major/minor) and adds ungraded comments.
 * The wording is paraphrased, as in DOMAIN.md; exact regulatory text belongs in versioned content.
 */
import { z } from 'zod';
import type { Discipline } from './disciplines';

export const ClassificationSchema = z.enum(['critical', 'major', 'other', 'minor', 'comment']);
export type Classification = z.infer<typeof ClassificationSchema>;

export interface Grade {
  classification: Classification;
  label: string;
  definition: string;
}

export const CLASSIFICATION_SCHEMES: Readonly<Record<Discipline, readonly Grade[]>> = {
  GMP: [
    {
      classification: 'critical',
      label: 'Critical',
      definition:
        'Has produced, or leads to a significant risk of producing, a product that is harmful to the patient. Fraud, misrepresentation or falsification of products or data is also treated as critical.',
    },
    {
      classification: 'major',
      label: 'Major',
      definition:
        'A non-critical deficiency that has produced or may produce a product not complying with its marketing authorisation; or indicates a major deviation from GMP or from the terms of the manufacturing authorisation; or shows unsatisfactory batch release procedures or a QP failing in their legal duties; or a combination of several "other" deficiencies that together amount to a major.',
    },
    {
      classification: 'other',
      label: 'Other',
      definition:
        'A departure from GMP that cannot be classified as critical or major, either because it is minor or because there is not enough information to grade it higher.',
    },
  ],
  GCP: [
    {
      classification: 'critical',
      label: 'Critical',
      definition:
        "A significant, unjustified departure from legislation with evidence that participants' safety or well-being was or could significantly be put at risk, and/or the trial data are unreliable, and/or there are several major findings across areas of responsibility showing a systematic quality assurance failure.",
    },
    {
      classification: 'major',
      label: 'Major',
      definition:
        'A non-critical finding where a significant, unjustified departure from legislation has occurred that could become critical if not addressed, and/or several departures within one area of responsibility show a systematic quality assurance failure.',
    },
    {
      classification: 'other',
      label: 'Other',
      definition: 'A departure from legislation, GCP guidelines or procedures that is neither critical nor major.',
    },
  ],
  PV: [
    {
      classification: 'critical',
      label: 'Critical',
      definition:
        "A deficiency in pharmacovigilance systems, practices or processes that adversely affects patients' rights, safety or well-being, or poses a potential risk to public health, or is a serious violation of legislation or guidance.",
    },
    {
      classification: 'major',
      label: 'Major',
      definition:
        "A deficiency that could potentially affect patients' rights, safety or well-being, or could potentially pose a risk to public health, or is a violation of legislation or guidance.",
    },
    {
      classification: 'minor',
      label: 'Minor',
      definition: "A deficiency that is not expected to affect patients' rights, safety or well-being.",
    },
    {
      classification: 'comment',
      label: 'Comment (ungraded)',
      definition: 'An observation or recommendation that is not a graded deficiency.',
    },
  ],
};

export function gradesFor(discipline: Discipline): readonly Grade[] {
  return CLASSIFICATION_SCHEMES[discipline];
}

export function isValidClassification(discipline: Discipline, classification: Classification): boolean {
  return CLASSIFICATION_SCHEMES[discipline].some((grade) => grade.classification === classification);
}

export function gradeLabel(discipline: Discipline, classification: Classification): string {
  return CLASSIFICATION_SCHEMES[discipline].find((g) => g.classification === classification)?.label ?? classification;
}

/** Severity order for sorting and grouping: critical first, comments last. */
export const CLASSIFICATION_ORDER: readonly Classification[] = ['critical', 'major', 'other', 'minor', 'comment'];
