/**
 * The automatic backup on disk (issue 8): a backup of an encrypted workbench holds none of its
 * inspection text or photo bytes; the workbench that made it restores it without a passphrase, even
 * after the passphrase changed; another device restores it with the passphrase of the day it was
 * made; a wrong passphrase opens nothing, and a changed, truncated or re-headed file is refused as
 * damaged before anything is parsed.
 */
import { describe, expect, it } from 'vitest';
import type { EntityName } from '../../../shared/domain/entities';
import { DataStore } from '../../../renderer/src/db/DataStore';
import { STATE_TABLES } from '../../../renderer/src/db/schema';
import { buildBackupPackage } from '../../../renderer/src/packages/backupPackage';
import { importPackage } from '../../../renderer/src/packages/importPackage';
import { parsePackage } from '../../../renderer/src/packages/readPackage';
import { createEncryptingCodec } from '../../../renderer/src/security/encryptingCodec';
import {
  changePassphrase,
  createKeyring,
  WrongPassphraseError,
  type Keyring,
} from '../../../renderer/src/security/keyring';
import {
  isSealedPackage,
  openSealedPackage,
  openSealedPackageWithPassphrase,
  SealedPackageDamagedError,
  type PackageSealingKeys,
} from '../../../renderer/src/security/sealedPackage';
import { seedInspection } from '../../support/inspectionFixture';
import { openTestDatabase, testSession } from '../../support/testDatabase';

const PASSPHRASE = 'correct horse battery staple';
const REFERENCE = 'INS-GMP-2026-QX7731';
const session = testSession();

/** A workbench as DataContext holds it while unlocked: an encrypting store and its package keys. */
async function unlockedWorkbench(passphrase = PASSPHRASE) {
  const created = await createKeyring(passphrase);
  let keyring: Keyring = created.keyring;
  const codec = createEncryptingCodec(created.dataKey, { acceptPlain: false });
  created.dataKey.fill(0);
  const store = new DataStore(await openTestDatabase(), codec);
  const keys: PackageSealingKeys = { wrappedDataKey: () => keyring.passphrase, deriveKey: codec.deriveKey };
  return {
    store,
    codec,
    keys,
    changePassphrase: async (next: string) => {
      keyring = await changePassphrase(keyring, passphrase, next);
    },
  };
}

async function backupOfASeededWorkbench() {
  const workbench = await unlockedWorkbench();
  const seeded = await seedInspection(workbench.store, session, { reference: REFERENCE, photos: 1 });
  const backup = await buildBackupPackage(workbench.store, session.actor, session.deviceId, workbench.keys);
  return { ...workbench, seeded, backup };
}

async function stateOf(store: DataStore) {
  const state: Record<string, unknown[]> = {};
  for (const [entity, table] of Object.entries(STATE_TABLES)) {
    const rows = await store.db.stateTable(table).toArray();
    const records = await Promise.all(rows.map((row) => store.get(entity as EntityName, row.id)));
    state[table] = records.sort((a, b) => String(a?.id).localeCompare(String(b?.id)));
  }
  return state;
}

const contains = (haystack: Uint8Array, needle: Uint8Array) => Buffer.from(haystack).includes(Buffer.from(needle));

describe('the automatic backup', () => {
  it('holds none of the inspection text or photo bytes it backs up', async () => {
    const { store, seeded, backup } = await backupOfASeededWorkbench();
    const finding = await store.get('finding', seeded.findingIds[0] ?? '');
    const photo = await store.blobBytes(seeded.blobHashes[0] ?? '');
    if (!photo) throw new Error('the seeded photo has no bytes');
    expect(finding?.title.length).toBeGreaterThan(10);
    expect(isSealedPackage(backup)).toBe(true);
    const needles = [REFERENCE, finding?.title ?? '', finding?.statement ?? '', 'Jo Smith'].filter(Boolean);
    for (const text of needles) {
      expect(contains(backup, Buffer.from(text, 'utf8'))).toBe(false);
      expect(contains(backup, Buffer.from(text, 'utf16le'))).toBe(false);
    }
    expect(contains(backup, photo.subarray(20_000, 20_032))).toBe(false);
    // No readable ZIP inside either: no local file header, no manifest name.
    expect(contains(backup, new Uint8Array([0x50, 0x4b, 0x03, 0x04]))).toBe(false);
    expect(contains(backup, new TextEncoder().encode('manifest.json'))).toBe(false);
  });

  // Each passphrase is 600,000 PBKDF2 rounds, about a second on a busy machine.
  it('is restored by the workbench that made it, with no passphrase, even after the passphrase changed', async () => {
    const { store, keys, backup, changePassphrase } = await backupOfASeededWorkbench();
    await changePassphrase('a quite different passphrase');
    const opened = await openSealedPackage(backup, keys.deriveKey);
    if (!opened.opened) throw new Error('the workbench that made the backup could not open it');
    const restored = await unlockedWorkbench('a third passphrase entirely');
    const summary = await importPackage(restored.store, await parsePackage(opened.zip));
    expect(summary.newBlobs).toBe(3);
    expect(await stateOf(restored.store)).toEqual(await stateOf(store));
  }, 60_000);

  it('is restored on another device with the passphrase of the day it was made, and no other', async () => {
    const { store, seeded, backup, changePassphrase } = await backupOfASeededWorkbench();
    await changePassphrase('the passphrase after the backup');
    const elsewhere = await unlockedWorkbench('another laptop’s own passphrase');
    const asked = await openSealedPackage(backup, elsewhere.keys.deriveKey);
    expect(asked.opened).toBe(false);
    if (!asked.opened) expect(asked.sealedAt).toMatch(/^\d{4}-\d\d-\d\dT/);

    await expect(openSealedPackageWithPassphrase(backup, 'the passphrase after the backup')).rejects.toThrow(
      WrongPassphraseError,
    );
    await expect(openSealedPackageWithPassphrase(backup, `${PASSPHRASE} `)).rejects.toThrow(WrongPassphraseError);
    const zip = await openSealedPackageWithPassphrase(backup, PASSPHRASE);
    await importPackage(elsewhere.store, await parsePackage(zip));
    expect(await stateOf(elsewhere.store)).toEqual(await stateOf(store));
    expect(await elsewhere.store.blobBytes(seeded.blobHashes[0] ?? '')).toEqual(
      await store.blobBytes(seeded.blobHashes[0] ?? ''),
    );
  }, 60_000);

  it('refuses a changed, truncated or re-headed file as damaged', async () => {
    const { keys, backup } = await backupOfASeededWorkbench();
    const flipped = backup.slice();
    flipped[flipped.length - 100] = (flipped[flipped.length - 100] ?? 0) ^ 1;
    await expect(openSealedPackage(flipped, keys.deriveKey)).rejects.toThrow(SealedPackageDamagedError);
    await expect(openSealedPackageWithPassphrase(flipped, PASSPHRASE)).rejects.toThrow(
      /changed or damaged since it was written/,
    );
    await expect(openSealedPackage(backup.subarray(0, 40), keys.deriveKey)).rejects.toThrow(SealedPackageDamagedError);
    await expect(openSealedPackage(backup.subarray(0, backup.length - 1), keys.deriveKey)).rejects.toThrow(
      /changed or damaged/,
    );

    // The header's date changed: the header is additional data, so the tag no longer matches.
    const text = new TextDecoder('latin1').decode(backup);
    const redated = Uint8Array.from(text.replace(/"sealedAt":"\d{4}/, '"sealedAt":"1999'), (c) => c.charCodeAt(0));
    await expect(openSealedPackage(redated, keys.deriveKey)).rejects.toThrow(/changed or damaged/);

    // Another workbench's wrapped key put in the header: its passphrase opens the key, which did not seal the file.
    const other = await backupOfASeededWorkbench();
    const length = new DataView(backup.buffer).getUint32(8);
    const header = JSON.parse(new TextDecoder().decode(backup.subarray(12, 12 + length))) as Record<string, unknown>;
    const otherHeader = JSON.parse(
      new TextDecoder().decode(other.backup.subarray(12, 12 + new DataView(other.backup.buffer).getUint32(8))),
    ) as Record<string, unknown>;
    const swapped = new TextEncoder().encode(JSON.stringify({ ...header, dataKey: otherHeader['dataKey'] }));
    const rebuilt = new Uint8Array(12 + swapped.length + backup.length - 12 - length);
    rebuilt.set(backup.subarray(0, 8));
    new DataView(rebuilt.buffer).setUint32(8, swapped.length);
    rebuilt.set(swapped, 12);
    rebuilt.set(backup.subarray(12 + length), 12 + swapped.length);
    await expect(openSealedPackageWithPassphrase(rebuilt, PASSPHRASE)).rejects.toThrow(/header has been changed/);
  }, 60_000);

  it('cannot be made once the workbench has locked', async () => {
    const { store, keys, codec } = await backupOfASeededWorkbench();
    codec.dispose();
    await expect(buildBackupPackage(store, session.actor, session.deviceId, keys)).rejects.toThrow(/locked/);
  });
});
