/**
 * When a change must carry a reason (Annex 11 §9; MHRA DI 6.13): every deletion, and every change to a
 * finding once the closing meeting has been held, because the company has then heard the findings.
 */
import type { EntityName } from './entities';
import { isAfterClosingMeeting, type InspectionStatus } from './inspection';

export function reasonRequiredFor(
  entity: EntityName,
  op: 'create' | 'update' | 'delete',
  inspectionStatus: InspectionStatus | undefined,
): string | null {
  if (op === 'delete') return 'Deleting a record needs a reason.';
  if (entity === 'finding' && op === 'update' && inspectionStatus && isAfterClosingMeeting(inspectionStatus)) {
    return 'The closing meeting has been held, so a change to a finding needs a reason.';
  }
  return null;
}
