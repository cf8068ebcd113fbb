/**
 * The gateway's database on both backends: migrations apply once, and the change log is append-only
 * at the database level (SECURITY.md C1, "DB role test"): UPDATE, DELETE and TRUNCATE fail whoever
 * asks, so a regulated record cannot be edited or removed behind the API's back.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrate } from '../../../server/src/db/migrate';
import {
  BACKENDS,
  DeviceLog,
  aPerson,
  anAssignedInspection,
  countRows,
  openTestDatabase,
  push,
  startGateway,
  type TestDatabase,
} from './support/gatewayHarness';

describe.each(BACKENDS)('gateway database on %s', (backend) => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await openTestDatabase(backend);
  });
  afterAll(async () => {
    await db.drop();
  });

  it('has every migration applied once, and migrating again changes nothing', async () => {
    const applied = await db.sql.query<{ version: string }>('SELECT version FROM schema_migrations ORDER BY version');
    expect(applied.map((row) => row.version)).toEqual(['001_initial.sql', '002_profile_identities.sql', '003_photo_bytes_stored_once.sql']);
    expect(await migrate(db.sql)).toEqual([]);
  });

  it('refuses UPDATE, DELETE and TRUNCATE on the change log', async () => {
    const app = await startGateway(db.sql);
    const person = await aPerson(app, db.sql);
    const inspectionId = await anAssignedInspection(db.sql, [{ person }]);
    const log = new DeviceLog(person);
    expect((await push(app, person, [log.site(inspectionId)])).statusCode).toBe(200);
    await app.close();

    await expect(db.sql.query("UPDATE changes SET body = '{}'")).rejects.toThrow(/append-only/);
    await expect(db.sql.query('DELETE FROM changes')).rejects.toThrow(/append-only/);
    await expect(db.sql.query('TRUNCATE changes')).rejects.toThrow(/append-only/);
    expect(await countRows(db.sql, 'changes')).toBe(1);
    const [row] = await db.sql.query<{ body: string }>('SELECT body FROM changes');
    expect(JSON.parse(row?.body ?? '{}')).toMatchObject({ id: log.changes[0]?.id });
  });
});
