/**
 * The automatic backup's file: a package of everything on this device, sealed with a key derived from
 * the data key (security/sealedPackage.ts), so a backup on disk holds no inspection text or photo
 * bytes and is no easier to read than the database it copies. The backup is for when the database is
 * lost; that is why the file carries the passphrase-wrapped data key: the passphrase restores it on
 * any device, and the unlocked workbench restores it on this one.
 */
import type { Actor } from '@shared/changes/change';
import { MAX_IPC_FILE_BYTES } from '@shared/ipc/contract';
import type { DataStore } from '../db/DataStore';
import { sealPackage, type PackageSealingKeys } from '../security/sealedPackage';
import { buildPackage } from './writePackage';

/** Room for the sealed file's header and tag within what IPC carries. */
const SEALING_ROOM = 64 * 1024;

export async function buildBackupPackage(
  store: DataStore,
  createdBy: Actor,
  device: string,
  keys: PackageSealingKeys,
  now = new Date(),
): Promise<Uint8Array> {
  const zip = await buildPackage(store, { kind: 'everything' }, createdBy, device, {
    now,
    maxPackageBytes: MAX_IPC_FILE_BYTES - SEALING_ROOM,
  });
  return sealPackage(zip, keys, now);
}
