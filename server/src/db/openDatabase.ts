/** Opens the database main.ts and the CLI use: PostgreSQL when DATABASE_URL is set, else PGlite in DATA_DIR. */
import { mkdir } from 'node:fs/promises';
import type { ServerEnvironment } from '../config';
import { connectPostgres, openPglite, type Sql } from './database';
import { migrate } from './migrate';

export async function openDatabase(environment: Pick<ServerEnvironment, 'databaseUrl' | 'dataDir'>): Promise<Sql> {
  if (environment.databaseUrl) return connectPostgres(environment.databaseUrl);
  await mkdir(environment.dataDir, { recursive: true });
  return openPglite({ dataDir: environment.dataDir });
}

export async function openMigratedDatabase(environment: Pick<ServerEnvironment, 'databaseUrl' | 'dataDir'>): Promise<Sql> {
  const sql = await openDatabase(environment);
  try {
    await migrate(sql);
  } catch (error) {
    await sql.close();
    throw error;
  }
  return sql;
}
