/**
 * Opening the local database at start-up, with every way it can go wrong turned into a state the
 * app can show: blocked by an older window, written by a newer app, or unreadable (recovery mode,
 * where nothing is deleted). Also asks the browser to keep the data persistent (SECURITY.md D4).
 */
import Dexie from 'dexie';
import { CURRENT_SCHEMA_VERSION, DATABASE_NAME } from './schema';
import { DatabaseUnavailableError, NewerDatabaseError, UpgradeBlockedError } from './storageErrors';
import { WorkbenchDatabase } from './WorkbenchDatabase';

export type OpenOutcome =
  | { state: 'ready'; db: WorkbenchDatabase }
  | { state: 'newer'; error: NewerDatabaseError }
  | { state: 'failed'; error: DatabaseUnavailableError };

export interface OpenCallbacks {
  /** Another window holds an older version open; the open continues once it closes. */
  onBlocked(error: UpgradeBlockedError): void;
  /** Another window opened a newer version; this connection has been closed. */
  onVersionChange(): void;
}

export async function openDatabase(callbacks: OpenCallbacks, name: string = DATABASE_NAME): Promise<OpenOutcome> {
  // Dexie 4 would open a newer database and add the tables it misses, changing data it does not
  // understand; so the version on disk is checked first and a newer one is never opened at all.
  const installed = await installedVersion(name);
  if (installed !== undefined && installed > CURRENT_SCHEMA_VERSION) {
    return { state: 'newer', error: new NewerDatabaseError(installed, CURRENT_SCHEMA_VERSION) };
  }
  const db = new WorkbenchDatabase(name);
  db.on('blocked', () => callbacks.onBlocked(new UpgradeBlockedError()));
  db.on('versionchange', () => {
    db.close();
    callbacks.onVersionChange();
    return false;
  });
  try {
    await db.open();
    return { state: 'ready', db };
  } catch (error) {
    if (error instanceof Dexie.VersionError) {
      return { state: 'newer', error: new NewerDatabaseError(await installedVersion(name), CURRENT_SCHEMA_VERSION) };
    }
    const detail = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    return { state: 'failed', error: new DatabaseUnavailableError(detail) };
  }
}

/** The schema version on disk, read without upgrading (Dexie stores version × 10). */
async function installedVersion(name: string): Promise<number | undefined> {
  if (typeof indexedDB.databases !== 'function') return undefined;
  const databases = await indexedDB.databases();
  const found = databases.find((info) => info.name === name)?.version;
  return found === undefined ? undefined : Math.round(found / 10);
}

export type PersistenceState = 'persistent' | 'best-effort' | 'unsupported';

/** Ask for storage the browser will not evict under pressure; the answer is shown in About. */
export async function requestPersistentStorage(): Promise<PersistenceState> {
  if (!navigator.storage?.persist) return 'unsupported';
  if (await navigator.storage.persisted()) return 'persistent';
  return (await navigator.storage.persist()) ? 'persistent' : 'best-effort';
}
