/** An inspector's answer to one checklist item of a pinned template version. */
import { z } from 'zod';
import { Id, LongText } from './primitives';

export const ChecklistAnswerSchema = z.enum(['satisfactory', 'deficiency', 'not-applicable', 'not-assessed']);
export type ChecklistAnswer = z.infer<typeof ChecklistAnswerSchema>;

export const CHECKLIST_ANSWER_LABELS: Readonly<Record<ChecklistAnswer, string>> = {
  satisfactory: 'Satisfactory',
  deficiency: 'Deficiency',
  'not-applicable': 'Not applicable',
  'not-assessed': 'Not assessed',
};

export const ChecklistResponseSchema = z
  .object({
    id: Id,
    inspectionId: Id,
    templateId: z.string().max(100),
    templateVersion: z.number().int().min(1),
    itemId: z.string().max(100),
    answer: ChecklistAnswerSchema,
    note: LongText,
    siteIds: z.array(Id).max(200),
  })
  .strict();
export type ChecklistResponse = z.infer<typeof ChecklistResponseSchema>;
