/**
 * The Dexie database. Strict durability for every read-write transaction: since Chrome 121 IndexedDB
 * commits are "relaxed" by default and can be lost on power failure after the app said "Saved"
 * (SECURITY.md D1). Schema versions come from schema.ts and their upgrades from migrations.ts.
 */
import Dexie, { type Table } from 'dexie';
import { MIGRATIONS, type UpgradeStep } from './migrations';
import { DATABASE_NAME, SCHEMA_VERSIONS } from './schema';
import type { BlobTransferRow, ConflictRow, MetaRow, StoredBlobRow, StoredChangeRow, StoredRecordRow } from './storedRows';

export class WorkbenchDatabase extends Dexie {
  changes!: Table<StoredChangeRow, string>;
  blobs!: Table<StoredBlobRow, string>;
  meta!: Table<MetaRow, string>;
  conflicts!: Table<ConflictRow, string>;
  blobTransfers!: Table<BlobTransferRow, string>;

  constructor(
    name: string = DATABASE_NAME,
    options: {
      indexedDB?: IDBFactory;
      IDBKeyRange?: typeof IDBKeyRange;
      upTo?: number;
      upgrades?: Record<number, UpgradeStep>;
    } = {},
  ) {
    super(name, {
      chromeTransactionDurability: 'strict',
      autoOpen: false,
      ...(options.indexedDB ? { indexedDB: options.indexedDB } : {}),
      ...(options.IDBKeyRange ? { IDBKeyRange: options.IDBKeyRange } : {}),
    });
    for (const { version, stores } of SCHEMA_VERSIONS) {
      if (options.upTo !== undefined && version > options.upTo) break;
      const declared = this.version(version).stores(stores);
      const upgrade = (options.upgrades ?? MIGRATIONS)[version];
      if (upgrade) declared.upgrade(upgrade);
    }
  }

  /** A state table by its name in schema.ts. */
  stateTable(name: string): Table<StoredRecordRow, string> {
    return this.table(name);
  }
}
