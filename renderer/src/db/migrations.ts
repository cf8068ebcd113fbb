/**
 * Upgrade steps between schema versions (schema.ts). Each upgrade also appends to the schema history
 * in the meta table, so a recovery export shows which versions the data has passed through.
 * Upgrade functions return promises and only touch IndexedDB, as Dexie requires (SECURITY.md D6).
 */
import type { Transaction } from 'dexie';

export type UpgradeStep = (transaction: Transaction) => Promise<void>;

export const SCHEMA_HISTORY_KEY = 'schema-history';

export interface SchemaHistoryEntry {
  version: number;
  upgradedAt: string;
}

async function recordUpgrade(transaction: Transaction, version: number): Promise<void> {
  const meta = transaction.table('meta');
  const existing = ((await meta.get(SCHEMA_HISTORY_KEY)) as { value?: SchemaHistoryEntry[] } | undefined)?.value ?? [];
  await meta.put({ key: SCHEMA_HISTORY_KEY, value: [...existing, { version, upgradedAt: new Date().toISOString() }] });
}

export const MIGRATIONS: Readonly<Record<number, UpgradeStep>> = {
  // v2 adds the tables for imported checklist templates and citation libraries; existing records are
  // unchanged, so the upgrade only records itself.
  2: (transaction) => recordUpgrade(transaction, 2),
  // v3 adds the table of issued report versions; existing records are unchanged.
  3: (transaction) => recordUpgrade(transaction, 3),
  // v4 adds conflict resolutions, found conflicts and photo transfers; existing records are unchanged.
  4: (transaction) => recordUpgrade(transaction, 4),
};
