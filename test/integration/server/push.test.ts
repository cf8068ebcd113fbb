/**
 * Push (SECURITY.md E1, E7, C1, C4, C8): idempotent on change id, chains checked against what the
 * gateway holds with a specific reason for each kind of break, server-owned fields out of the client's
 * reach, administrators refused, clock skew measured and flagged with both times kept.
 */
import { v7 as uuidv7 } from 'uuid';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatHlc } from '../../../shared/changes/hlc';
import { PushResponseSchema, type PushResponse } from '../../../shared/sync/protocol';
import { aSite } from '../../support/domainFactories';
import {
  BACKENDS,
  DeviceLog,
  aPerson,
  anAssignedInspection,
  countRows,
  openTestDatabase,
  push,
  pushBody,
  startGateway,
  type Person,
  type TestDatabase,
} from './support/gatewayHarness';

describe.each(BACKENDS)('push on %s', (backend) => {
  let db: TestDatabase;
  let app: FastifyInstance;
  beforeAll(async () => {
    db = await openTestDatabase(backend);
    app = await startGateway(db.sql);
  });
  afterAll(async () => {
    await app.close();
    await db.drop();
  });

  async function anInspector(): Promise<{ person: Person; inspectionId: string; log: DeviceLog }> {
    const person = await aPerson(app, db.sql);
    const inspectionId = await anAssignedInspection(db.sql, [{ person }]);
    return { person, inspectionId, log: new DeviceLog(person) };
  }
  const result = (body: string): PushResponse => PushResponseSchema.parse(JSON.parse(body));

  it('stores a batch once: sent twice, the second answer repeats the receipts as duplicates', async () => {
    const { person, inspectionId, log } = await anInspector();
    const batch = log.sites(inspectionId, 5);
    const first = await push(app, person, batch);
    expect(first.statusCode).toBe(200);
    const again = await push(app, person, batch);
    expect(result(first.body).accepted).toHaveLength(5);
    expect(result(again.body)).toMatchObject({ accepted: [], rejected: [], duplicates: result(first.body).accepted });
    expect(await countRows(db.sql, 'changes', 'device_id = $1', [person.deviceId])).toBe(5);
    expect(result(again.body).heads).toEqual([{ device: person.deviceId, seq: 5, hash: log.head }]);
  });

  it('stores a batch once when it is sent three times at the same moment', async () => {
    for (let round = 0; round < 3; round += 1) {
      const { person, inspectionId, log } = await anInspector();
      const batch = log.sites(inspectionId, 20);
      const responses = await Promise.all([push(app, person, batch), push(app, person, batch), push(app, person, batch)]);
      expect(responses.map((response) => response.statusCode)).toEqual([200, 200, 200]);
      const answers = responses.map((response) => result(response.body));
      expect(answers.map((answer) => [answer.accepted.length + answer.duplicates.length, answer.rejected.length])).toEqual([
        [20, 0],
        [20, 0],
        [20, 0],
      ]);
      expect(answers.filter((answer) => answer.accepted.length === 20)).toHaveLength(1);
      expect(await countRows(db.sql, 'changes', 'device_id = $1', [person.deviceId])).toBe(20);
    }
  });

  it('takes a push that continues the chain, including a duplicate overlap', async () => {
    const { person, inspectionId, log } = await anInspector();
    const first = log.sites(inspectionId, 3);
    await push(app, person, first);
    const more = log.sites(inspectionId, 2);
    const response = result((await push(app, person, [...first.slice(1), ...more])).body);
    expect(response.duplicates).toHaveLength(2);
    expect(response.accepted.map((receipt) => receipt.id)).toEqual(more.map((change) => change.id));
  });

  it('rejects a gap, with the missing seq named, and everything after it', async () => {
    const { person, inspectionId, log } = await anInspector();
    const [one, , three] = log.sites(inspectionId, 3);
    const response = result((await push(app, person, [one!, three!])).body);
    expect(response.accepted.map((receipt) => receipt.id)).toEqual([one!.id]);
    expect(response.rejected).toHaveLength(1);
    expect(response.rejected[0]).toMatchObject({ id: three!.id, reason: 'gap' });
    expect(response.rejected[0]?.message).toMatch(/Change 2 from device .* is missing/);
  });

  it('rejects a broken link and an altered change with their own reasons', async () => {
    const { person, inspectionId, log } = await anInspector();
    const [one] = log.sites(inspectionId, 1);
    await push(app, person, [one!]);

    const other = new DeviceLog(person);
    other.seq = 1;
    other.head = 'f'.repeat(64);
    const misLinked = other.site(inspectionId);
    const broken = result((await push(app, person, [misLinked])).body);
    expect(broken.rejected[0]).toMatchObject({ reason: 'broken-link', seq: 2 });
    expect(broken.rejected[0]?.message).toMatch(/does not follow the change before it/);

    const honest = log.site(inspectionId);
    const altered = { ...honest, fields: { ...honest.fields, name: 'Edited on the way' } };
    const tampered = result((await push(app, person, [altered, log.site(inspectionId)])).body);
    expect(tampered.rejected.map((rejection) => rejection.reason)).toEqual(['altered', 'after-rejected']);
    expect(tampered.rejected[0]?.message).toMatch(/was altered after it was recorded/);
    expect(await countRows(db.sql, 'changes', 'device_id = $1', [person.deviceId])).toBe(1);
  });

  it('rejects a fork: a different change under a seq the gateway already holds', async () => {
    const { person, inspectionId, log } = await anInspector();
    const [one] = log.sites(inspectionId, 1);
    await push(app, person, [one!]);
    const restored = new DeviceLog(person);
    const forked = restored.site(inspectionId);
    expect(result((await push(app, person, [forked])).body).rejected[0]).toMatchObject({ reason: 'fork', seq: 1 });
  });

  it('refuses server-owned fields: forged receipt fields are a 400, and fields the record does not have too', async () => {
    const { person, inspectionId, log } = await anInspector();
    const change = log.site(inspectionId);
    const forged = await app.inject({
      method: 'POST',
      url: '/api/v1/changes',
      headers: person.headers,
      payload: { ...pushBody([]), changes: [{ ...change, serverSeq: 1, receivedAt: '2020-01-01T00:00:00.000Z' }] },
    });
    expect(forged.statusCode).toBe(400);

    const sneaky = new DeviceLog(person);
    const create = sneaky.site(inspectionId);
    const update = sneaky.next({ inspectionId, entity: 'site', entityId: create.entityId, op: 'update', fields: { createdBy: 'someone' } });
    const response = await push(app, person, [create, update]);
    expect(response.statusCode).toBe(400);
    expect(response.json<{ message: string }>().message).toMatch(/"createdBy" is not a field of a site/);

    // What the gateway records on receipt is its own: serverSeq and receivedAt come from it.
    const before = Date.now();
    const taken = result((await push(app, person, [change])).body).accepted[0];
    expect(taken?.serverSeq).toBeGreaterThan(0);
    expect(Date.parse(taken?.receivedAt ?? '')).toBeGreaterThanOrEqual(before - 1000);
    expect(await countRows(db.sql, 'changes', 'device_id = $1', [person.deviceId])).toBe(1);
  });

  it('refuses a change that moves a record to another inspection, or has no inspection', async () => {
    const { person, inspectionId, log } = await anInspector();
    const site = log.site(inspectionId);
    const move = log.next({ inspectionId, entity: 'site', entityId: site.entityId, op: 'update', fields: { inspectionId: uuidv7() } });
    expect((await push(app, person, [site, move])).json<{ message: string }>().message).toMatch(/cannot move to another inspection/);
    const orphan = new DeviceLog(person).next({ inspectionId: null, entity: 'finding', entityId: uuidv7(), op: 'delete', fields: {} });
    expect((await push(app, person, [orphan])).statusCode).toBe(400);
  });

  it('refuses administrators with 403 (MHRA DI 6.16)', async () => {
    const admin = await aPerson(app, db.sql, 'admin');
    const log = new DeviceLog(admin);
    const response = await push(app, admin, [log.inspection()]);
    expect(response.statusCode).toBe(403);
    expect(response.json()).toMatchObject({ error: 'admin-cannot-edit' });
  });

  it('refuses changes recorded by another person or on a device that is not the caller’s', async () => {
    const { person, inspectionId } = await anInspector();
    const colleague = await aPerson(app, db.sql);
    const theirs = new DeviceLog(colleague).site(inspectionId);
    expect((await push(app, person, [theirs])).json()).toMatchObject({ error: 'not-your-device' });
    const strangersDevice = new DeviceLog({ ...person, deviceId: uuidv7() }).site(inspectionId);
    expect((await push(app, person, [strangersDevice])).statusCode).toBe(403);
    const ghostwritten = new DeviceLog({ ...person, userId: colleague.userId }).site(inspectionId);
    expect((await push(app, person, [ghostwritten])).json()).toMatchObject({ error: 'not-your-change' });
  });

  it('takes a package’s changes from another of the caller’s own devices', async () => {
    const { person, inspectionId } = await anInspector();
    const oldLaptop = await app.inject({
      method: 'POST',
      url: '/api/v1/sessions',
      payload: { username: person.username, password: person.password, deviceId: uuidv7(), deviceLabel: 'Old laptop' },
    });
    const oldDevice = oldLaptop.json<{ deviceId: string }>().deviceId;
    const carried = new DeviceLog(person, oldDevice).sites(inspectionId, 2);
    expect(result((await push(app, person, carried)).body).accepted).toHaveLength(2);
  });

  it('registers an inspection first seen in a push that creates it, with the pusher as lead', async () => {
    const person = await aPerson(app, db.sql, 'lead-inspector');
    const log = new DeviceLog(person);
    const creation = log.inspection();
    const response = await push(app, person, [creation, log.site(creation.entityId)]);
    expect(result(response.body).accepted).toHaveLength(2);
    const assignments = await app.inject({ method: 'GET', url: '/api/v1/assignments', headers: person.headers });
    expect(assignments.json()).toMatchObject({ assignments: [{ inspectionId: creation.entityId, role: 'lead', reference: 'INS-2026-0042' }] });

    const stranger = await aPerson(app, db.sql);
    const intruder = new DeviceLog(stranger);
    expect((await push(app, stranger, [intruder.site(creation.entityId)])).statusCode).toBe(403);
    const sameId = intruder.next({ ...creation, id: uuidv7(), device: stranger.deviceId, actor: { userId: stranger.userId, name: 'x' } });
    expect((await push(app, stranger, [sameId])).statusCode).toBe(403);
  });

  it('keeps profile records private and refuses another person’s profile', async () => {
    const { person } = await anInspector();
    const log = new DeviceLog(person);
    const own = log.next({
      inspectionId: null,
      entity: 'user',
      entityId: person.userId,
      op: 'create',
      fields: { id: person.userId, name: 'Me', initials: 'ME', email: '', agencyRole: 'inspector' },
    });
    expect(result((await push(app, person, [own])).body).accepted).toHaveLength(1);
    const colleague = await aPerson(app, db.sql);
    const other = log.next({
      inspectionId: null,
      entity: 'user',
      entityId: colleague.userId,
      op: 'update',
      fields: { name: 'Renamed' },
    });
    expect((await push(app, person, [other])).json()).toMatchObject({ error: 'not-your-profile' });
    const pulled = await app.inject({ method: 'GET', url: '/api/v1/changes?since=0', headers: colleague.headers });
    expect(pulled.json<{ changes: unknown[] }>().changes).toEqual([]);
  });

  it('measures clock skew: a device two days ahead is flagged, and both times are kept', async () => {
    const { person, inspectionId, log } = await anInspector();
    const ahead = new Date(Date.now() + 2 * 24 * 3600 * 1000);
    const skewed = log.site(inspectionId, ahead);
    const receipt = result((await push(app, person, [skewed], ahead)).body).accepted[0];
    expect(receipt?.clockSkewMs).toBeGreaterThan(47 * 3600 * 1000);
    const [row] = await db.sql.query<{ device_at: Date | null; received_at: Date; clock_skew_flagged: boolean }>(
      'SELECT device_at, received_at, clock_skew_flagged FROM changes WHERE id = $1',
      [skewed.id],
    );
    expect(row?.clock_skew_flagged).toBe(true);
    expect(row?.device_at?.toISOString()).toBe(ahead.toISOString());
    expect(Math.abs((row?.received_at.getTime() ?? 0) - Date.now())).toBeLessThan(60_000);

    // Recorded offline three days ago on a right clock: late, not skewed.
    const late = log.site(inspectionId, new Date(Date.now() - 3 * 24 * 3600 * 1000));
    expect(result((await push(app, person, [late])).body).accepted[0]?.clockSkewMs).toBeUndefined();
  });

  it('takes a change stamped with an absurd device time (year 0) without storing a false time', async () => {
    const { person, inspectionId, log } = await anInspector();
    const site = aSite(inspectionId);
    const ancient = log.next(
      {
        inspectionId,
        entity: 'site',
        entityId: site.id,
        op: 'create',
        fields: { ...site },
        hlc: formatHlc({ wallMs: Date.now(), counter: 0, node: person.deviceId }),
      },
      new Date('0000-01-01T00:00:00.000Z'),
    );
    const response = await push(app, person, [ancient]);
    expect(response.statusCode, response.body).toBe(200);
    const [row] = await db.sql.query<{ device_at: Date | null; body: string }>('SELECT device_at, body FROM changes WHERE id = $1', [ancient.id]);
    expect(row?.device_at).toBeNull();
    expect(JSON.parse(row?.body ?? '{}')).toMatchObject({ at: { utc: '0000-01-01T00:00:00.000Z' } });
  });

  it('refuses a batch over the limit with 400 and a clear message', async () => {
    const { person, inspectionId } = await anInspector();
    const log = new DeviceLog(person);
    const response = await push(app, person, log.sites(inspectionId, 501));
    expect(response.statusCode).toBe(400);
    expect(response.json<{ message: string }>().message).toMatch(/changes/);
  });
});
