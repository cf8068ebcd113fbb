/**
 * Links between photos and findings. A finding lists its evidence in `photoIds`; linking and
 * unlinking are changes to the finding, so they appear in the finding's audit trail.
 */
import type { Finding } from '@shared/domain/finding';
import type { RecordIntent } from '../db/commit';

type LinkableFinding = Pick<Finding, 'id' | 'photoIds'>;

export function linkPhotosIntent(finding: LinkableFinding, photoIds: readonly string[]): RecordIntent | null {
  const added = photoIds.filter((id) => !finding.photoIds.includes(id));
  if (added.length === 0) return null;
  return { op: 'update', entity: 'finding', id: finding.id, fields: { photoIds: [...finding.photoIds, ...added] } };
}

export function unlinkPhotoIntent(finding: LinkableFinding, photoId: string): RecordIntent | null {
  if (!finding.photoIds.includes(photoId)) return null;
  return {
    op: 'update',
    entity: 'finding',
    id: finding.id,
    fields: { photoIds: finding.photoIds.filter((id) => id !== photoId) },
  };
}

export function findingsUsingPhoto<F extends LinkableFinding>(findings: readonly F[], photoId: string): F[] {
  return findings.filter((finding) => finding.photoIds.includes(photoId));
}
