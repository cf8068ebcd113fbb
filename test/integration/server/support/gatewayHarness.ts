/**
 * Test harness for the gateway: a fresh database per test file on either backend (copied from the
 * templates postgresGlobalSetup.ts made), gateway instances on it, people with sessions, and signed
 * change chains like the ones a workbench's commit path writes.
 */
import { randomUUID } from 'node:crypto';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { v7 as uuidv7 } from 'uuid';
import { inject } from 'vitest';
import { GENESIS_HASH, type Change, type UnsignedChange } from '../../../../shared/changes/change';
import { signChange } from '../../../../shared/changes/hashChain';
import { formatHlc } from '../../../../shared/changes/hlc';
import type { TeamRole } from '../../../../shared/domain/inspection';
import type { AgencyRole, SessionResponse } from '../../../../shared/sync/protocol';
import { assignUser, createUser } from '../../../../server/src/admin/accounts';
import { buildApp, type BuildAppOptions } from '../../../../server/src/app';
import type { GatewaySettings } from '../../../../server/src/config';
import { connectPostgres, openPglite, type Sql } from '../../../../server/src/db/database';
import { anInspection, aSite } from '../../../support/domainFactories';

export type Backend = 'postgresql' | 'pglite';

/** The backends to run on: PGlite always, PostgreSQL when the global setup could provide one. */
export const BACKENDS: readonly Backend[] = inject('postgresAdminUrl') ? ['postgresql', 'pglite'] : ['pglite'];
if (!inject('postgresAdminUrl')) console.warn(`Gateway tests run on PGlite only. ${inject('postgresMissingReason')}`);

/** Cheap Argon2 for tests: the parameters are recorded in each hash, so verification still works. */
export const TEST_ARGON2 = { memoryKiB: 256, iterations: 1 } as const;

export interface TestDatabase {
  sql: Sql;
  /** Connection string, for a second pool (PostgreSQL only). */
  url: string | null;
  drop(): Promise<void>;
}

export async function openTestDatabase(backend: Backend): Promise<TestDatabase> {
  if (backend === 'pglite') {
    const dump = await readFile(inject('pgliteTemplatePath'));
    const sql = await openPglite({ loadDataDir: new Blob([dump]) });
    return { sql, url: null, drop: () => sql.close() };
  }
  const adminUrl = inject('postgresAdminUrl');
  if (!adminUrl) throw new Error('No PostgreSQL for this run.');
  const name = `gw_${randomUUID().replaceAll('-', '')}`;
  const admin = connectPostgres(adminUrl, { maxConnections: 1 });
  await admin.query(`CREATE DATABASE ${name} TEMPLATE gateway_template`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const sql = connectPostgres(url.toString());
  return {
    sql,
    url: url.toString(),
    async drop() {
      await sql.close();
      await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.close();
    },
  };
}

export async function startGateway(
  sql: Sql,
  options: Omit<BuildAppOptions, 'sql' | 'settings'> & { settings?: Partial<GatewaySettings> } = {},
): Promise<FastifyInstance> {
  return buildApp({
    ...options,
    sql,
    settings: { argon2: TEST_ARGON2, rateLimit: false, ...options.settings },
  });
}

/** Starts the gateway listening on a free loopback port (the real HTTP stack, for clients and proxies); returns the port. */
export async function listenOnLoopback(app: FastifyInstance): Promise<number> {
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  if (typeof address !== 'object' || !address) throw new Error('The gateway is not listening on a port.');
  return address.port;
}

export interface Person {
  username: string;
  password: string;
  userId: string;
  deviceId: string;
  session: SessionResponse;
  headers: { authorization: string };
  name: string;
}

let counter = 0;

/** A new user with a signed-in device. */
export async function aPerson(
  app: FastifyInstance,
  sql: Sql,
  role: AgencyRole = 'inspector',
  deviceId: string = uuidv7(),
): Promise<Person> {
  counter += 1;
  const username = `user${counter}.${randomUUID().slice(0, 8)}`;
  const password = `correct horse battery ${counter}`;
  const name = `Test Person ${counter}`;
  const userId = await createUser(sql, { username, name, initials: 'TP', role, password }, TEST_ARGON2);
  const response = await app.inject({
    method: 'POST',
    url: '/api/v1/sessions',
    payload: { username, password, deviceId, deviceLabel: 'Test laptop' },
  });
  if (response.statusCode !== 200) throw new Error(`sign-in failed: ${response.body}`);
  const session = response.json<SessionResponse>();
  return { username, password, userId, deviceId, session, headers: { authorization: `Bearer ${session.accessToken}` }, name };
}

export async function anAssignedInspection(
  sql: Sql,
  members: readonly { person: Person; role?: TeamRole }[],
): Promise<string> {
  const inspectionId = uuidv7();
  for (const { person, role } of members)
    await assignUser(sql, { inspectionId, reference: 'INS-TEST-0001', username: person.username, role: role ?? 'inspector' });
  return inspectionId;
}

/**
 * A device's change log as commit.ts writes it: gapless seq, chained hashes. `next` appends one
 * signed change; the chain remembers its head.
 */
export class DeviceLog {
  seq = 0;
  head = GENESIS_HASH;
  readonly changes: Change[] = [];

  constructor(
    readonly person: Pick<Person, 'userId' | 'name' | 'deviceId'>,
    readonly deviceId: string = person.deviceId,
  ) {}

  next(content: Pick<UnsignedChange, 'inspectionId' | 'entity' | 'entityId' | 'op' | 'fields'> & Partial<UnsignedChange>, at: Date = new Date()): Change {
    this.seq += 1;
    const change = signChange({
      id: uuidv7(),
      prior: {},
      base: {},
      actor: { userId: this.person.userId, name: this.person.name },
      device: this.deviceId,
      seq: this.seq,
      hlc: formatHlc({ wallMs: at.getTime(), counter: this.seq % 1000, node: this.deviceId }),
      at: { utc: at.toISOString(), offsetMinutes: 0 },
      prevHash: this.head,
      ...content,
    });
    this.head = change.hash;
    this.changes.push(change);
    return change;
  }

  /** A new site in an inspection. */
  site(inspectionId: string, at?: Date): Change {
    const site = aSite(inspectionId, { identifier: `POC-${this.seq + 1}` });
    return this.next({ inspectionId, entity: 'site', entityId: site.id, op: 'create', fields: { ...site } }, at);
  }

  /** The creation of a new inspection (one the gateway has not heard of). */
  inspection(at?: Date): Change {
    const inspection = anInspection({ id: uuidv7() });
    const fields = JSON.parse(JSON.stringify(inspection)) as Change['fields'];
    return this.next({ inspectionId: inspection.id, entity: 'inspection', entityId: inspection.id, op: 'create', fields }, at);
  }

  sites(inspectionId: string, count: number): Change[] {
    return Array.from({ length: count }, () => this.site(inspectionId));
  }
}

export function pushBody(changes: readonly Change[], sentAt: Date = new Date()) {
  return { sentAt: sentAt.toISOString(), changes };
}

export function push(app: FastifyInstance, person: Person, changes: readonly Change[], sentAt?: Date): Promise<LightMyRequestResponse> {
  return app.inject({ method: 'POST', url: '/api/v1/changes', headers: person.headers, payload: pushBody(changes, sentAt) });
}

export async function countRows(sql: Sql, table: string, where = 'true', params: unknown[] = []): Promise<number> {
  const [row] = await sql.query<{ count: number | string }>(`SELECT count(*)::int AS count FROM ${table} WHERE ${where}`, params);
  return Number(row?.count ?? 0);
}

/** A database that can be closed and opened again, as across a gateway restart. */
export interface RestartableDatabase {
  open(): Promise<Sql>;
  drop(): Promise<void>;
}

export async function openRestartableDatabase(backend: Backend): Promise<RestartableDatabase> {
  if (backend === 'postgresql') {
    const template = await openTestDatabase('postgresql');
    const url = template.url ?? '';
    let first = true;
    return {
      async open() {
        if (first) {
          first = false;
          return template.sql;
        }
        return connectPostgres(url);
      },
      drop: () => template.drop(),
    };
  }
  const folder = await mkdtemp(join(tmpdir(), 'gateway-pglite-'));
  let first = true;
  return {
    async open() {
      const source = first ? { dataDir: folder, loadDataDir: new Blob([await readFile(inject('pgliteTemplatePath'))]) } : { dataDir: folder };
      first = false;
      return openPglite(source);
    },
    drop: () => rm(folder, { recursive: true, force: true }),
  };
}
