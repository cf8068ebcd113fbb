/**
 * Opening the workbench database from the bench page as the app does: the bench page is on the
 * app's origin, so it unwraps the very keyring the app created at set-up (PBKDF2, 600,000 iterations)
 * with the bench passphrase and reads and writes through the encrypting codec. The plain codec is
 * only for the encryption-cost comparison and the Node smoke test.
 */
import { DataStore } from '../../../renderer/src/db/DataStore';
import { DATABASE_NAME } from '../../../renderer/src/db/schema';
import { plainCodec, type StorageCodec } from '../../../renderer/src/db/storageCodec';
import { WorkbenchDatabase } from '../../../renderer/src/db/WorkbenchDatabase';
import { createEncryptingCodec } from '../../../renderer/src/security/encryptingCodec';
import { unwrapWithPassphrase } from '../../../renderer/src/security/keyring';
import { readKeyring } from '../../../renderer/src/security/vault';
import { timeRuns, type Timing } from './measure';

export async function openWorkbench(
  name: string = DATABASE_NAME,
  codec: StorageCodec = plainCodec,
): Promise<DataStore> {
  const db = new WorkbenchDatabase(name);
  await db.open();
  return new DataStore(db, codec);
}

async function dataKeyFor(db: WorkbenchDatabase, passphrase: string): Promise<Uint8Array> {
  const keyring = await readKeyring(db);
  if (!keyring) throw new Error('The bench device has no keyring: set it up through the UI first.');
  return unwrapWithPassphrase(keyring.passphrase, passphrase);
}

/** The app's database, unlocked with the passphrase chosen at set-up. */
export async function openUnlockedWorkbench(passphrase: string, name: string = DATABASE_NAME): Promise<DataStore> {
  const db = new WorkbenchDatabase(name);
  await db.open();
  const dataKey = await dataKeyFor(db, passphrase);
  try {
    return new DataStore(db, createEncryptingCodec(dataKey, { acceptPlain: false }));
  } finally {
    dataKey.fill(0);
  }
}

/** The passphrase step of unlocking alone: PBKDF2-SHA256 and the unwrap of the data key. */
export async function measureUnlock(passphrase: string, runs: number): Promise<Timing> {
  const db = new WorkbenchDatabase(DATABASE_NAME);
  await db.open();
  try {
    return await timeRuns(1, runs, async () => (await dataKeyFor(db, passphrase)).fill(0));
  } finally {
    db.close();
  }
}
