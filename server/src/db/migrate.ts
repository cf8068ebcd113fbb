/**
 * Applies the SQL files in server/migrations in name order, each once, recorded in
 * schema_migrations. All pending files run in one transaction under an advisory lock, so two gateway
 * instances starting together on one database do not both migrate, and a failed migration leaves the
 * schema as it was.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { Sql } from './database';

export const MIGRATIONS_DIR = resolve(import.meta.dirname, '../../migrations');
const MIGRATION_LOCK = 7_413_001;

export async function migrate(sql: Sql, directory: string = MIGRATIONS_DIR): Promise<string[]> {
  const files = (await readdir(directory)).filter((name) => /^\d{3}_[a-z0-9_]+\.sql$/.test(name)).sort();
  return sql.transaction(async (tx) => {
    await tx.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
    await tx.query(
      'CREATE TABLE IF NOT EXISTS schema_migrations (version text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())',
    );
    const applied = new Set(
      (await tx.query<{ version: string }>('SELECT version FROM schema_migrations')).map((row) => row.version),
    );
    const ran: string[] = [];
    for (const file of files) {
      if (applied.has(file)) continue;
      const text = await readFile(join(directory, file), 'utf8');
      await tx.script(text);
      await tx.query('INSERT INTO schema_migrations (version) VALUES ($1)', [file]);
      ran.push(file);
    }
    return ran;
  });
}
