/**
 * Checks the change log inside a package on its own terms, before anything touches the database:
 * every change's hash recomputes, no change is there twice, the hash chain links wherever it can be
 * followed, and every change belongs to the scope the manifest declares. Merging with the local log
 * (forks, duplicates) is importPackage's job.
 */
import { GENESIS_HASH, type Change } from '@shared/changes/change';
import { hashChange } from '@shared/changes/hashChain';
import { GLOBAL_ENTITIES } from '@shared/domain/entities';
import type { PackageScope } from '@shared/packages/packageManifest';
import { PackageRejectedError } from './packageErrors';

export function verifyPackageLog(changes: readonly Change[], scope: PackageScope): void {
  const ids = new Set<string>();
  const byDevice = new Map<string, Change[]>();
  for (const change of changes) {
    if (ids.has(change.id))
      throw new PackageRejectedError('invalid-changes', `The package's change log holds change ${change.id} twice.`);
    ids.add(change.id);
    const { hash, ...unsigned } = change;
    if (hashChange(unsigned) !== hash)
      throw new PackageRejectedError(
        'altered-change',
        `Change ${change.seq} from device ${change.device} in the package was altered after it was recorded (its hash does not match its content).`,
        change.id,
      );
    checkBelongs(change, scope);
    const list = byDevice.get(change.device) ?? [];
    list.push(change);
    byDevice.set(change.device, list);
  }
  for (const [device, list] of byDevice) checkLinks(device, list);
}

/**
 * Each device's changes form one hash chain across everything that device recorded, so a package of
 * one inspection legitimately has gaps: the device's changes to other inspections sit between its
 * changes to this one. Links are therefore checked only where both neighbours are present; a full,
 * gapless check happens at the gateway, which holds every device's whole chain.
 */
function checkLinks(device: string, changes: Change[]): void {
  const ordered = [...changes].sort((a, b) => a.seq - b.seq);
  let previous: Change | undefined;
  for (const change of ordered) {
    if (previous && previous.seq === change.seq)
      throw new PackageRejectedError(
        'broken-chain',
        `The package holds two different changes numbered ${change.seq} from device ${device}.`,
        change.id,
      );
    const expected = change.seq === 1 ? GENESIS_HASH : previous?.seq === change.seq - 1 ? previous.hash : null;
    if (expected !== null && change.prevHash !== expected)
      throw new PackageRejectedError(
        'broken-chain',
        `Change ${change.seq} from device ${device} in the package does not follow the change before it (the hash chain is broken).`,
        change.id,
      );
    previous = change;
  }
}

function checkBelongs(change: Change, scope: PackageScope): void {
  const global = GLOBAL_ENTITIES.has(change.entity);
  const consistent = global
    ? change.inspectionId === null
    : change.inspectionId !== null && (change.entity !== 'inspection' || change.inspectionId === change.entityId);
  if (!consistent)
    throw new PackageRejectedError(
      'invalid-changes',
      `Change ${change.seq} from device ${change.device} in the package names the wrong inspection for its record.`,
      change.id,
    );
  if (
    scope.kind === 'inspections' &&
    (change.inspectionId === null || !scope.inspectionIds.includes(change.inspectionId))
  )
    throw new PackageRejectedError(
      'out-of-scope',
      `The package says it holds ${scopeText(scope)}, but change ${change.seq} from device ${change.device} belongs to ${change.inspectionId === null ? 'no inspection' : `inspection ${change.inspectionId}`}.`,
      change.id,
    );
}

export function scopeText(scope: Extract<PackageScope, { kind: 'inspections' }>): string {
  return scope.inspectionIds.length === 1
    ? `inspection ${scope.inspectionIds[0] ?? ''}`
    : `inspections ${scope.inspectionIds.join(', ')}`;
}
