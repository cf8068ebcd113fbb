/**
 * Turns IndexedDB failures into errors a person can act on. Dexie reports a full disk as AbortError
 * with the real QuotaExceededError inside (SECURITY.md D3); a database written by a newer app
 * version is a VersionError; other open failures mean the local files are damaged.
 */
export class StorageFullError extends Error {
  constructor() {
    super(
      'This device has run out of storage space, so nothing from this action was saved. ' +
        'Free some space (export and remove finished inspections, or delete files you no longer need from the disk), then try again.',
    );
    this.name = 'StorageFullError';
  }
}

export class NewerDatabaseError extends Error {
  constructor(found: number | undefined, supported: number) {
    super(
      `The data on this device was written by a newer version of Inspection Workbench (data version ${found ?? 'unknown'}; ` +
        `this version understands up to ${supported}). Nothing has been changed. Install the newer version to open it.`,
    );
    this.name = 'NewerDatabaseError';
  }
}

export class UpgradeBlockedError extends Error {
  constructor() {
    super(
      'Inspection Workbench is open in another window or tab with an older version of the data. ' +
        'Close the other window so the data can be upgraded; this window will continue by itself.',
    );
    this.name = 'UpgradeBlockedError';
  }
}

export class DatabaseUnavailableError extends Error {
  constructor(readonly detail: string) {
    super(
      `The local database could not be opened (${detail}). Nothing has been deleted. ` +
        'You can export the raw change log and photos that can still be read, then get help.',
    );
    this.name = 'DatabaseUnavailableError';
  }
}

interface ErrorLike {
  name?: string;
  message?: string;
  inner?: ErrorLike | null;
}

export function isQuotaError(error: unknown): boolean {
  let current = error as ErrorLike | null | undefined;
  for (let depth = 0; current && depth < 5; depth += 1) {
    if (current.name === 'QuotaExceededError') return true;
    current = current.inner;
  }
  return false;
}

/** Storage-full errors become StorageFullError; everything else is returned unchanged. */
export function explainStorageError(error: unknown): unknown {
  return isQuotaError(error) ? new StorageFullError() : error;
}
