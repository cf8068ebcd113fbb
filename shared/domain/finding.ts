/**
 * A finding: a graded, referenced statement of a deficiency backed by evidence (DOMAIN.md 3, 6.4).
 * Its reference is taken offline without coordination, so it is built from the discipline, the
 * author's initials and the author's own counter (e.g. GMP-JS-003) and two laptops can never clash.
 */
import { z } from 'zod';
import { ClassificationSchema, isValidClassification } from './classificationSchemes';
import { DisciplineSchema } from './disciplines';
import { Id, LongText, RequiredShortText, ShortText } from './primitives';

export const FindingStatusSchema = z.enum(['draft', 'presented', 'final']);
export type FindingStatus = z.infer<typeof FindingStatusSchema>;

export const FINDING_STATUS_LABELS: Readonly<Record<FindingStatus, string>> = {
  draft: 'Draft',
  presented: 'Presented at closing meeting',
  final: 'Final',
};

export const FindingSchema = z
  .object({
    id: Id,
    inspectionId: Id,
    reference: z.string().regex(/^(GMP|GCP|PV)-[A-Z]{2,4}-\d{3,}$/, 'must look like GMP-AB-001'),
    title: RequiredShortText,
    discipline: DisciplineSchema,
    classification: ClassificationSchema,
    statement: LongText,
    evidence: LongText,
    /** Citation ids from the library, or free-text references. */
    references: z.array(ShortText).max(100),
    siteId: Id.nullable(),
    checklistItemIds: z.array(z.string().max(200)).max(100),
    photoIds: z.array(Id).max(500),
    status: FindingStatusSchema,
    /** The previous inspection's finding this one follows up, if any. */
    followsUp: ShortText,
  })
  .strict()
  .refine((f) => isValidClassification(f.discipline, f.classification), {
    message: 'this grade is not used in the finding’s discipline',
    path: ['classification'],
  });
export type Finding = z.infer<typeof FindingSchema>;

export function findingReference(discipline: string, initials: string, counter: number): string {
  return `${discipline}-${initials}-${String(counter).padStart(3, '0')}`;
}
