/**
 * Whatever an inspector can type or a device clock can say, the gateway stores the change and gives
 * it back exactly as signed, so its hash still verifies on every other laptop (SECURITY.md C5): NUL
 * characters, unpaired surrogates, emoji and RTL marks in text, and device times from year 0 to 9999.
 */
import fc from 'fast-check';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashChange } from '../../../shared/changes/hashChain';
import { formatHlc } from '../../../shared/changes/hlc';
import { PullResponseSchema, PushResponseSchema } from '../../../shared/sync/protocol';
import { aSite } from '../../support/domainFactories';
import { BACKENDS, DeviceLog, aPerson, anAssignedInspection, openTestDatabase, push, startGateway, type TestDatabase } from './support/gatewayHarness';

describe.each(BACKENDS)('changes round-trip on %s', (backend) => {
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

  it('gives back any text and any device time exactly as signed', async () => {
    const person = await aPerson(app, db.sql);
    const inspectionId = await anAssignedInspection(db.sql, [{ person }]);
    const log = new DeviceLog(person);
    let cursor = '0';
    const text = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 200 }),
      fc.constantFrom('\u0000', 'a\u0000b', '\ud800', 'x\udfffy', '\u202egpj.exe', '💊 Łódź', '"\\\u2028'),
    );
    const deviceTime = fc.date({ min: new Date('0000-01-01T00:00:00.000Z'), max: new Date('9999-12-31T23:59:59.999Z'), noInvalidDate: true });
    await fc.assert(
      fc.asyncProperty(text, deviceTime, async (notes, at) => {
        const site = aSite(inspectionId, { notes, name: notes.trim() ? notes : 'Site' });
        const change = log.next(
          {
            inspectionId,
            entity: 'site',
            entityId: site.id,
            op: 'create',
            fields: { ...site },
            hlc: formatHlc({ wallMs: Date.now(), counter: log.seq % 1000, node: person.deviceId }),
          },
          at,
        );
        const pushed = await push(app, person, [change]);
        expect(pushed.statusCode, pushed.body).toBe(200);
        expect(PushResponseSchema.parse(pushed.json()).accepted).toHaveLength(1);
        const pulled = PullResponseSchema.parse(
          (await app.inject({ method: 'GET', url: `/api/v1/changes?since=${cursor}`, headers: person.headers })).json(),
        );
        cursor = pulled.cursor;
        expect(pulled.changes).toHaveLength(1);
        const { serverSeq: _seq, receivedAt: _received, clockSkewMs: _skew, hash, ...unsigned } = pulled.changes[0]!;
        expect(hash).toBe(change.hash);
        expect(hashChange(unsigned)).toBe(change.hash);
        expect(unsigned.fields['notes']).toBe(notes);
      }),
      { numRuns: 40 },
    );
  });
});
