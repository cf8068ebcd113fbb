/**
 * The id of the answer to one checklist item in one inspection is derived from the item, not random:
 * two inspectors answering the same item offline write to the same record, so sync merges their
 * answers field by field (and flags a conflict) instead of keeping two contradictory answers.
 */
import { v5 as uuidv5 } from 'uuid';

const CHECKLIST_RESPONSE_NAMESPACE = '6f0b7c52-3f55-4bd8-9a0e-0d6c1b7e2a41';

export function checklistResponseId(inspectionId: string, templateId: string, itemId: string): string {
  return uuidv5(`${inspectionId}/${templateId}/${itemId}`, CHECKLIST_RESPONSE_NAMESPACE);
}
