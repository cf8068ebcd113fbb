/**
 * Global setup of the `integration` vitest project: the databases the gateway tests run against.
 *
 * - Real PostgreSQL: a throwaway cluster (initdb + pg_ctl on a free loopback port, in a temp folder,
 *   fsync off), stopped and deleted afterwards. initdb refuses to run as root, so as root it runs as
 *   the `postgres` user through runuser; as anyone else it runs directly. initdb is looked for on PATH
 *   and then under /usr/lib/postgresql/<version>/bin (Debian's layout). When DATABASE_URL is set, that
 *   server is used instead and nothing is started (it needs the right to CREATE DATABASE).
 *   A migrated `gateway_template` database is made once; each test file copies it (CREATE DATABASE
 *   ... TEMPLATE), which takes milliseconds.
 * - PGlite: one migrated database dumped to a file once; each test file loads it (loadDataDir), which
 *   is several times faster than creating and migrating a fresh one.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { chmod, chown, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { connectPostgres, openPglite } from '../../../server/src/db/database';
import { migrate } from '../../../server/src/db/migrate';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Connection string of a server where tests may create databases; null when none could be had. */
    postgresAdminUrl: string | null;
    /** Why there is no PostgreSQL, when postgresAdminUrl is null. */
    postgresMissingReason: string;
    /** Path of the dumped, migrated PGlite data folder. */
    pgliteTemplatePath: string;
  }
}

export const TEMPLATE_DATABASE = 'gateway_template';

export function findPostgresBin(): string | null {
  const onPath = (name: string) => {
    try {
      return execFileSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' }).trim() || null;
    } catch {
      return null;
    }
  };
  const initdb = onPath('initdb');
  if (initdb) return join(initdb, '..');
  const root = '/usr/lib/postgresql';
  if (!existsSync(root)) return null;
  const versions = readdirSync(root)
    .filter((name) => existsSync(join(root, name, 'bin', 'initdb')))
    .sort((a, b) => Number(b) - Number(a));
  return versions[0] ? join(root, versions[0], 'bin') : null;
}

function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolvePort(address.port) : reject(new Error('no port'))));
    });
  });
}

export interface Cluster {
  url: string;
  stop(): Promise<void>;
}

export async function startCluster(bin: string): Promise<Cluster> {
  const base = await mkdtemp(join(tmpdir(), 'gateway-pg-'));
  const port = await freePort();
  const asRoot = process.getuid?.() === 0;
  await mkdir(join(base, 'sock'));
  if (asRoot) {
    const ids = execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim();
    const gid = execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).trim();
    await chmod(base, 0o755);
    await chown(base, Number(ids), Number(gid));
    await chown(join(base, 'sock'), Number(ids), Number(gid));
  }
  const run = (program: string, args: string[]) =>
    asRoot
      ? execFileSync('runuser', ['-u', 'postgres', '--', join(bin, program), ...args], { stdio: 'pipe', cwd: base })
      : execFileSync(join(bin, program), args, { stdio: 'pipe', cwd: base });
  run('initdb', ['-D', join(base, 'data'), '-U', 'app', '--auth=trust', '-E', 'UTF8', '--no-locale']);
  run('pg_ctl', [
    '-D',
    join(base, 'data'),
    '-l',
    join(base, 'log'),
    '-w',
    '-o',
    `-p ${port} -k ${join(base, 'sock')} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200`,
    'start',
  ]);
  return {
    url: `postgres://app@127.0.0.1:${port}/postgres`,
    async stop() {
      try {
        run('pg_ctl', ['-D', join(base, 'data'), '-m', 'fast', '-w', 'stop']);
      } finally {
        await rm(base, { recursive: true, force: true });
      }
    },
  };
}

async function makePostgresTemplate(adminUrl: string): Promise<void> {
  const admin = connectPostgres(adminUrl, { maxConnections: 1 });
  try {
    await admin.query(`DROP DATABASE IF EXISTS ${TEMPLATE_DATABASE}`);
    await admin.query(`CREATE DATABASE ${TEMPLATE_DATABASE}`);
  } finally {
    await admin.close();
  }
  const url = new URL(adminUrl);
  url.pathname = `/${TEMPLATE_DATABASE}`;
  const template = connectPostgres(url.toString(), { maxConnections: 1 });
  try {
    await migrate(template);
  } finally {
    await template.close();
  }
}

async function makePgliteTemplate(folder: string): Promise<string> {
  const db = await openPglite({ memory: true });
  try {
    await migrate(db);
    const dump = await db.dumpDataDir();
    const path = join(folder, 'pglite-template.tar.gz');
    await writeFile(path, new Uint8Array(await dump.arrayBuffer()));
    return path;
  } finally {
    await db.close();
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const folder = await mkdtemp(join(tmpdir(), 'gateway-tests-'));
  let cluster: Cluster | null = null;
  let adminUrl: string | null = process.env['DATABASE_URL'] || null;
  let missing = '';
  if (!adminUrl) {
    const bin = findPostgresBin();
    if (bin) {
      cluster = await startCluster(bin);
      adminUrl = cluster.url;
    } else {
      missing = 'No PostgreSQL: initdb is neither on PATH nor under /usr/lib/postgresql/*/bin, and DATABASE_URL is not set.';
    }
  }
  try {
    if (adminUrl) await makePostgresTemplate(adminUrl);
    project.provide('pgliteTemplatePath', await makePgliteTemplate(folder));
  } catch (error) {
    await cluster?.stop();
    throw error;
  }
  project.provide('postgresAdminUrl', adminUrl);
  project.provide('postgresMissingReason', missing);
  return async () => {
    await cluster?.stop();
    await rm(folder, { recursive: true, force: true });
  };
}
