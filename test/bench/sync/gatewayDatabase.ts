/**
 * The gateway's database for the sync benchmark, fresh for every run. PostgreSQL is what an agency
 * deploys: a throwaway cluster (the integration tests' own starter, fsync off) with a migrated
 * template copied per run. PGlite, the embedded option, is measured when asked for
 * (BENCH_SYNC_DB=pglite) or when no PostgreSQL is installed: it stores bytea at a few MB/s, so with
 * 300 MB of photos the gateway's storage, not the sync protocol, would decide the figure.
 */
import { randomUUID } from 'node:crypto';
import { connectPostgres, openPglite, type Sql } from '../../../server/src/db/database';
import { migrate } from '../../../server/src/db/migrate';
import { findPostgresBin, startCluster } from '../../integration/server/postgresGlobalSetup';

export type GatewayBackend = 'postgresql' | 'pglite';

export interface FreshDatabase {
  sql: Sql;
  drop(): Promise<void>;
}

export interface GatewayDatabases {
  backend: GatewayBackend;
  fresh(): Promise<FreshDatabase>;
  stop(): Promise<void>;
}

const TEMPLATE = 'bench_sync_template';

export async function gatewayDatabases(wanted: GatewayBackend | undefined): Promise<GatewayDatabases> {
  const bin = wanted === 'pglite' ? null : findPostgresBin();
  if (wanted === 'postgresql' && !bin)
    throw new Error('BENCH_SYNC_DB=postgresql, but initdb is not installed (npm run setup installs it).');
  if (!bin) {
    return {
      backend: 'pglite',
      async fresh() {
        const sql = await openPglite({ memory: true });
        await migrate(sql);
        return { sql, drop: () => sql.close() };
      },
      stop: async () => {},
    };
  }
  const cluster = await startCluster(bin);
  const admin = connectPostgres(cluster.url, { maxConnections: 1 });
  await admin.query(`CREATE DATABASE ${TEMPLATE}`);
  const template = connectPostgres(urlOf(cluster.url, TEMPLATE), { maxConnections: 1 });
  await migrate(template);
  await template.close();
  let stopping: Promise<void> | null = null;
  return {
    backend: 'postgresql',
    async fresh() {
      const name = `bench_${randomUUID().replaceAll('-', '')}`;
      await admin.query(`CREATE DATABASE ${name} TEMPLATE ${TEMPLATE}`);
      const sql = connectPostgres(urlOf(cluster.url, name));
      return {
        sql,
        async drop() {
          await sql.close();
          await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
        },
      };
    },
    // Idempotent: runSyncBench stops it on the way out and again from a signal or a crash.
    stop: () => (stopping ??= admin.close().then(() => cluster.stop())),
  };
}

function urlOf(adminUrl: string, database: string): string {
  const url = new URL(adminUrl);
  url.pathname = `/${database}`;
  return url.toString();
}
