/**
 * Progress through a checklist, computed from the answers: per section, how many items are answered
 * and how many were deficient. Pure, so the task list and the overview read the same numbers.
 */
import type { ChecklistSection, ChecklistTemplate } from '@shared/content/checklists/templateSchema';
import type { ChecklistResponse } from '@shared/domain/checklistResponse';

export interface SectionProgress {
  sectionId: string;
  total: number;
  answered: number;
  deficiencies: number;
}

export type ResponsesByItem = ReadonlyMap<string, ChecklistResponse>;

export const itemKey = (templateId: string, itemId: string) => `${templateId}:${itemId}`;

export function indexResponses(responses: readonly ChecklistResponse[]): ResponsesByItem {
  return new Map(responses.map((response) => [itemKey(response.templateId, response.itemId), response]));
}

export function sectionProgress(
  templateId: string,
  section: ChecklistSection,
  responses: ResponsesByItem,
): SectionProgress {
  let answered = 0;
  let deficiencies = 0;
  for (const item of section.items) {
    const response = responses.get(itemKey(templateId, item.itemId));
    if (!response) continue;
    answered += 1;
    if (response.answer === 'deficiency') deficiencies += 1;
  }
  return { sectionId: section.sectionId, total: section.items.length, answered, deficiencies };
}

export function templateProgress(template: ChecklistTemplate, responses: ResponsesByItem): SectionProgress[] {
  return template.sections.map((section) => sectionProgress(template.templateId, section, responses));
}

export const assignmentKey = (templateId: string, sectionId: string) => `${templateId}/${sectionId}`;
