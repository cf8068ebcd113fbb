/**
 * One small database interface over either a real PostgreSQL server (`pg` pool, when DATABASE_URL is
 * set) or embedded PGlite (PostgreSQL compiled to WASM, in a data folder), so the gateway runs on a
 * fresh machine with no database installed and on the agency's PostgreSQL with the same SQL.
 *
 * Both drivers are made to return the same JavaScript types: bigint columns as numbers (server
 * sequence numbers stay far below 2^53), timestamptz as Date, bytea as Uint8Array (a Buffer is one).
 */
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';

export interface SqlQueryable {
  /** Rows are shaped by the SQL that selects them; callers name that shape. */
  readonly query: <Row extends object = Record<string, unknown>>(text: string, params?: readonly unknown[]) => Promise<Row[]>;
  /** Runs several statements without parameters (a migration file). */
  readonly script: (text: string) => Promise<void>;
}

export interface Sql extends SqlQueryable {
  readonly kind: 'postgresql' | 'pglite';
  /**
   * Runs `work` in one transaction (READ COMMITTED). It is retried, up to three times, when
   * PostgreSQL aborts it for a deadlock or serialisation failure, so `work` must be safe to re-run.
   */
  readonly transaction: <T>(work: (tx: SqlQueryable) => Promise<T>) => Promise<T>;
  readonly close: () => Promise<void>;
}

const RETRYABLE_CODES = new Set(['40001', '40P01']);
const MAX_ATTEMPTS = 3;

/** The SQLSTATE of a database error, from either driver. */
export function sqlErrorCode(error: unknown): string | undefined {
  if (typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'string') return error.code;
  return undefined;
}

async function withRetries<T>(attempt: () => Promise<T>): Promise<T> {
  for (let tries = 1; ; tries += 1) {
    try {
      return await attempt();
    } catch (error) {
      const code = sqlErrorCode(error);
      if (tries >= MAX_ATTEMPTS || code === undefined || !RETRYABLE_CODES.has(code)) throw error;
    }
  }
}

/** Closing twice (a test's teardown after a restart, a signal during shutdown) is harmless. */
function closeOnce(close: () => Promise<void>): () => Promise<void> {
  let closing: Promise<void> | undefined;
  return () => (closing ??= close());
}

const INT8_OID = 20;

export function connectPostgres(connectionString: string, options: { maxConnections?: number } = {}): Sql {
  const types = new pg.TypeOverrides();
  types.setTypeParser(INT8_OID, (value: string) => Number(value));
  const pool = new pg.Pool({ connectionString, max: options.maxConnections ?? 10, types });
  // An idle client losing its connection (the server restarting) must not crash the process.
  pool.on('error', () => undefined);
  const queryOn = (client: pg.Pool | pg.PoolClient): SqlQueryable => ({
    async query<Row extends object>(text: string, params: readonly unknown[] = []) {
      const result = await client.query(text, [...params]);
      return result.rows as Row[];
    },
    async script(text: string) {
      await client.query(text);
    },
  });
  const direct = queryOn(pool);
  return {
    kind: 'postgresql',
    query: direct.query,
    script: direct.script,
    transaction: <T>(work: (tx: SqlQueryable) => Promise<T>) =>
      withRetries(async () => {
        const client = await pool.connect();
        try {
          await client.query('BEGIN');
          const result = await work(queryOn(client));
          await client.query('COMMIT');
          return result;
        } catch (error) {
          await client.query('ROLLBACK').catch(() => undefined);
          throw error;
        } finally {
          client.release();
        }
      }),
    close: closeOnce(() => pool.end()),
  };
}

/** A data folder (seeded from a dump when `loadDataDir` is given and the folder is new), a dump in memory, or empty memory. */
export type PgliteSource = { dataDir: string; loadDataDir?: Blob } | { loadDataDir: Blob } | { memory: true };

export async function openPglite(source: PgliteSource): Promise<Sql & { dumpDataDir(): Promise<Blob> }> {
  const db =
    'dataDir' in source
      ? await PGlite.create(source.loadDataDir ? { dataDir: source.dataDir, loadDataDir: source.loadDataDir } : { dataDir: source.dataDir })
      : 'loadDataDir' in source
        ? await PGlite.create({ loadDataDir: source.loadDataDir })
        : await PGlite.create();
  const queryOn = (target: Pick<PGlite, 'query' | 'exec'>): SqlQueryable => ({
    async query<Row extends object>(text: string, params: readonly unknown[] = []) {
      const result = await target.query<Row>(text, [...params]);
      return result.rows;
    },
    async script(text: string) {
      await target.exec(text);
    },
  });
  const direct = queryOn(db);
  return {
    kind: 'pglite',
    query: direct.query,
    script: direct.script,
    // PGlite has one connection: its transaction() holds it exclusively until the work is done.
    transaction: <T>(work: (tx: SqlQueryable) => Promise<T>) =>
      withRetries(() => db.transaction((tx) => work(queryOn(tx)))),
    close: closeOnce(() => db.close()),
    dumpDataDir: () => db.dumpDataDir('gzip'),
  };
}
