/**
 * Changes received from a device whose clock runs ahead must not make later local edits lose: the
 * local clock moves past every received change (hybrid logical clock receive rule).
 */
import { describe, expect, it } from 'vitest';
import { formatHlc } from '../../../shared/changes/hlc';
import { commit, observeRemoteClock } from '../../../renderer/src/db/commit';
import { plainCodec } from '../../../renderer/src/db/storageCodec';
import { anInspection } from '../../support/domainFactories';
import { openTestDatabase, testSession } from '../../support/testDatabase';

describe('the clock after receiving changes', () => {
  it('stamps the next local change after a received change from a clock two days ahead', async () => {
    const db = await openTestDatabase();
    const session = testSession();
    const inspection = anInspection();
    await commit(db, plainCodec, session, { intents: [{ op: 'create', entity: 'inspection', fields: inspection }] });
    const ahead = formatHlc({
      wallMs: session.now().getTime() + 2 * 24 * 3600 * 1000,
      counter: 7,
      node: 'other-device',
    });
    await db.transaction('rw', db.meta, () => observeRemoteClock(db, [ahead], 'received', session.now().getTime()));
    const [edit] = await commit(db, plainCodec, session, {
      intents: [{ op: 'update', entity: 'inspection', id: inspection.id, fields: { scope: 'after receipt' } }],
    });
    expect(edit!.hlc > ahead).toBe(true);
  });

  it('refuses to move a record to another inspection', async () => {
    const db = await openTestDatabase();
    const session = testSession();
    const a = anInspection();
    const b = anInspection();
    await commit(db, plainCodec, session, {
      intents: [
        { op: 'create', entity: 'inspection', fields: a },
        { op: 'create', entity: 'inspection', fields: b },
        {
          op: 'create',
          entity: 'site',
          fields: {
            id: '01a21100-0000-7000-8000-0000000000a1',
            inspectionId: a.id,
            kind: 'control-site',
            identifier: 'CS',
            name: 'CS',
            location: '',
            hostOrganisation: '',
            responsiblePerson: '',
            coverage: 'on-site',
            notes: '',
          },
        },
      ],
    });
    await expect(
      commit(db, plainCodec, session, {
        intents: [
          { op: 'update', entity: 'site', id: '01a21100-0000-7000-8000-0000000000a1', fields: { inspectionId: b.id } },
        ],
      }),
    ).rejects.toThrow(/cannot move to another inspection/);
  });
});
