/**
 * Where the lock's own state is kept: the keyring (wrapped data key) and the idle setting in the meta
 * table, which the codec does not encrypt (the keyring is useless without the passphrase; the idle
 * time is not sensitive), and the OS-kept copy of the data key in the platform's secret store,
 * offered only where that store is a real OS keychain (Electron's safeStorage, never basic_text).
 */
import type { Platform } from '../platform/Platform';
import type { WorkbenchDatabase } from '../db/WorkbenchDatabase';
import { KEYRING_KEY, type Keyring } from './keyring';
import { clampIdleMinutes, LOCK_SETTINGS_KEY, OS_DATA_KEY_SECRET, type LockSettings } from './lockState';

export async function readKeyring(db: WorkbenchDatabase): Promise<Keyring | undefined> {
  return (await db.meta.get(KEYRING_KEY))?.value as Keyring | undefined;
}

export async function writeKeyring(db: WorkbenchDatabase, keyring: Keyring): Promise<void> {
  await db.meta.put({ key: KEYRING_KEY, value: keyring });
}

export async function readLockSettings(db: WorkbenchDatabase): Promise<LockSettings> {
  const stored = (await db.meta.get(LOCK_SETTINGS_KEY))?.value as Partial<LockSettings> | undefined;
  return { idleMinutes: clampIdleMinutes(stored?.idleMinutes) };
}

export async function writeLockSettings(db: WorkbenchDatabase, settings: LockSettings): Promise<void> {
  await db.meta.put({ key: LOCK_SETTINGS_KEY, value: { idleMinutes: clampIdleMinutes(settings.idleMinutes) } });
}

/**
 * OS-backed unlock exists only in the desktop app with a real keychain. The browser's secret store
 * keeps its key in the same profile as the data, so a copy there would protect nothing.
 */
export async function osKeychainAvailable(platform: Platform): Promise<boolean> {
  if (platform.kind !== 'electron') return false;
  return (await platform.secrets.status().catch(() => ({ available: false }))).available;
}

export async function keepOsCopy(platform: Platform, dataKey: Uint8Array): Promise<boolean> {
  if (!(await osKeychainAvailable(platform))) return false;
  await platform.secrets.set(OS_DATA_KEY_SECRET, btoa(String.fromCharCode(...dataKey)));
  return true;
}

export async function dataKeyFromOs(platform: Platform): Promise<Uint8Array | null> {
  const stored = await platform.secrets.get(OS_DATA_KEY_SECRET);
  if (!stored) return null;
  return Uint8Array.from(atob(stored), (char) => char.charCodeAt(0));
}

/**
 * Makes sure the OS keychain holds the data key where the platform has a real one: after a passphrase
 * unlock, for a keychain that became available after the passphrase was made, or a copy that was lost
 * (the secrets file removed, the OS account's keychain reset). Returns whether the keychain now holds it.
 */
export async function ensureOsCopy(platform: Platform, dataKey: Uint8Array): Promise<boolean> {
  if (!(await osKeychainAvailable(platform))) return false;
  const kept = await dataKeyFromOs(platform).catch(() => null);
  const same = kept !== null && kept.length === dataKey.length && kept.every((byte, index) => byte === dataKey[index]);
  kept?.fill(0);
  if (same) return true;
  return keepOsCopy(platform, dataKey);
}
