/** Values and validation of the finding editor. */
import { ClassificationSchema, isValidClassification } from '@shared/domain/classificationSchemes';
import { DisciplineSchema } from '@shared/domain/disciplines';
import { FindingStatusSchema, type Finding } from '@shared/domain/finding';
import type { Validation } from '../../forms/useFormSubmission';

export type FindingFields = Pick<
  Finding,
  | 'title'
  | 'discipline'
  | 'classification'
  | 'statement'
  | 'evidence'
  | 'references'
  | 'siteId'
  | 'checklistItemIds'
  | 'status'
>;

export interface FindingValues {
  title: string;
  discipline: string;
  classification: string;
  statement: string;
  evidence: string;
  references: string;
  siteId: string;
  checklistItemIds: string[];
  status: string;
  reason: string;
}

export function findingValuesFrom(finding: Partial<Finding> | undefined): FindingValues {
  return {
    title: finding?.title ?? '',
    discipline: finding?.discipline ?? '',
    classification: finding?.classification ?? '',
    statement: finding?.statement ?? '',
    evidence: finding?.evidence ?? '',
    references: (finding?.references ?? []).join('\n'),
    siteId: finding?.siteId ?? '',
    checklistItemIds: [...(finding?.checklistItemIds ?? [])],
    status: finding?.status ?? 'draft',
    reason: '',
  };
}

export function validateFinding(
  values: FindingValues,
  reasonNeeded: boolean,
): Validation<FindingFields & { reason?: string }> {
  const errors: Record<string, string> = {};
  const discipline = DisciplineSchema.safeParse(values.discipline);
  const classification = ClassificationSchema.safeParse(values.classification);
  const status = FindingStatusSchema.safeParse(values.status);
  if (!values.title.trim()) errors['title'] = 'Enter a short title for the finding';
  if (!discipline.success) errors['discipline'] = 'Select the discipline';
  if (!classification.success || (discipline.success && !isValidClassification(discipline.data, classification.data))) {
    errors['classification'] = 'Select the grade';
  }
  if (!values.statement.trim()) errors['statement'] = 'Enter the statement of the deficiency';
  if (!status.success) errors['status'] = 'Select the status';
  if (reasonNeeded && !values.reason.trim())
    errors['reason'] = 'Enter why the finding is changing after the closing meeting';
  if (!discipline.success || !classification.success || !status.success || Object.keys(errors).length > 0)
    return { ok: false, errors };
  return {
    ok: true,
    value: {
      title: values.title.trim(),
      discipline: discipline.data,
      classification: classification.data,
      statement: values.statement,
      evidence: values.evidence,
      references: values.references
        .split('\n')
        .map((line) => line.trim())
        .filter(Boolean),
      siteId: values.siteId || null,
      checklistItemIds: values.checklistItemIds,
      status: status.data,
      ...(reasonNeeded ? { reason: values.reason.trim() } : {}),
    },
  };
}
