/** Saving one checklist answer (answer, note, sites) through the change log: create or update. */
import { useCallback } from 'react';
import type { ChecklistResponse } from '@shared/domain/checklistResponse';
import { useCommit } from '../../db/DataContext';
import { checklistResponseId } from './responseId';

export type ResponseFields = Pick<ChecklistResponse, 'answer' | 'note' | 'siteIds'>;

export function useSaveResponse(inspectionId: string, templateId: string, templateVersion: number) {
  const commit = useCommit();
  return useCallback(
    async (itemId: string, existing: ChecklistResponse | undefined, fields: Partial<ResponseFields>) => {
      if (existing) {
        await commit({ intents: [{ op: 'update', entity: 'checklistResponse', id: existing.id, fields }] });
        return;
      }
      const created: ChecklistResponse = {
        id: checklistResponseId(inspectionId, templateId, itemId),
        inspectionId,
        templateId,
        templateVersion,
        itemId,
        answer: 'not-assessed',
        note: '',
        siteIds: [],
        ...fields,
      };
      await commit({ intents: [{ op: 'create', entity: 'checklistResponse', fields: created }] });
    },
    [commit, inspectionId, templateId, templateVersion],
  );
}
