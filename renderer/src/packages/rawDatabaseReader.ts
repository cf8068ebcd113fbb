/**
 * Read-only access to the local IndexedDB database through the raw API, for the recovery screen when
 * Dexie cannot open it. It opens without a version, so no upgrade can run; it aborts the open if the
 * database does not exist (an open without a version would otherwise create an empty one); and it
 * reads record by record so one unreadable value (Chrome's NotFoundError for a lost blob file, a
 * damaged LevelDB block) is listed and skipped instead of ending the export. It never writes.
 */

export class RawDatabaseError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'RawDatabaseError';
  }
}

export type RawRead = { ok: true; key: IDBValidKey; value: unknown } | { ok: false; key: IDBValidKey; reason: string };

const GET_BATCH = 100;

export async function openExistingDatabase(factory: IDBFactory, name: string): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    let missing = false;
    const request = factory.open(name);
    request.onupgradeneeded = () => {
      // Only a database that does not exist yet gets an upgrade when opened without a version:
      // abort, so looking for the data never creates an empty database in its place.
      missing = true;
      request.transaction?.abort();
    };
    request.onsuccess = () => {
      const db = request.result;
      db.onversionchange = () => db.close();
      resolve(db);
    };
    request.onerror = (event) => {
      event.preventDefault();
      reject(
        new RawDatabaseError(
          missing
            ? `There is no database called “${name}” on this device, so there is nothing to export.`
            : `The database cannot be opened even to read it (${describeError(request.error)}). Its files are still on the disk; nothing has been deleted.`,
        ),
      );
    };
    request.onblocked = () =>
      reject(new RawDatabaseError('Another window is upgrading the database. Close the other windows and try again.'));
  });
}

/** Every key of a store, from a key cursor: keys can be listed even when some values cannot be read. */
export async function listKeys(db: IDBDatabase, storeName: string): Promise<IDBValidKey[]> {
  return new Promise((resolve, reject) => {
    const keys: IDBValidKey[] = [];
    const transaction = db.transaction(storeName, 'readonly');
    const request = transaction.objectStore(storeName).openKeyCursor();
    request.onsuccess = () => {
      const cursor = request.result;
      if (!cursor) return;
      keys.push(cursor.primaryKey);
      cursor.continue();
    };
    transaction.oncomplete = () => resolve(keys);
    transaction.onabort = () =>
      reject(
        new RawDatabaseError(
          `The list of records in “${storeName}” cannot be read (${describeError(transaction.error)}).`,
        ),
      );
  });
}

/**
 * Reads the values of some keys: a batch per transaction, and when a batch's transaction fails as a
 * whole, each of its keys again on its own, so only the truly unreadable ones are lost.
 */
export async function readValues(db: IDBDatabase, storeName: string, keys: readonly IDBValidKey[]): Promise<RawRead[]> {
  const results: RawRead[] = [];
  for (let start = 0; start < keys.length; start += GET_BATCH) {
    const batch = keys.slice(start, start + GET_BATCH);
    const reads = await readBatch(db, storeName, batch);
    if (reads) results.push(...reads);
    else
      for (const key of batch)
        results.push(...((await readBatch(db, storeName, [key])) ?? [unreadable(key, 'the read failed')]));
  }
  return results;
}

/** The batch's reads, or null when its transaction could not complete. */
function readBatch(db: IDBDatabase, storeName: string, keys: readonly IDBValidKey[]): Promise<RawRead[] | null> {
  return new Promise((resolve) => {
    const reads: RawRead[] = [];
    let transaction: IDBTransaction;
    try {
      transaction = db.transaction(storeName, 'readonly');
    } catch {
      resolve(null);
      return;
    }
    const store = transaction.objectStore(storeName);
    for (const key of keys) {
      try {
        const request = store.get(key);
        request.onsuccess = () => reads.push({ ok: true, key, value: request.result });
        request.onerror = (event) => {
          // Handled here: without preventDefault the error would abort the whole transaction.
          event.preventDefault();
          event.stopPropagation();
          reads.push(unreadable(key, describeError(request.error)));
        };
      } catch (error) {
        reads.push(unreadable(key, describeError(error)));
      }
    }
    transaction.oncomplete = () => resolve(reads);
    transaction.onabort = () => resolve(null);
  });
}

function unreadable(key: IDBValidKey, reason: string): RawRead {
  return { ok: false, key, reason };
}

export function describeError(error: unknown): string {
  if (error instanceof Error || error instanceof DOMException) return `${error.name}: ${error.message}`;
  if (typeof error === 'string') return error;
  return 'unknown error';
}
