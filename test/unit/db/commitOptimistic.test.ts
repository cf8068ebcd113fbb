/**
 * The optimistic commit: another write landing between its reads and its write transaction must make
 * it read again (never write over what it did not see), with both edits kept and the hash chain
 * whole; when writers keep coming in, the locking path finishes the commit.
 */
import { describe, expect, it } from 'vitest';
import { verifyDeviceChain } from '../../../shared/changes/hashChain';
import { formatHlc } from '../../../shared/changes/hlc';
import { commit, observeRemoteClock, ReasonRequiredError, type CommitFaults } from '../../../renderer/src/db/commit';
import { plainCodec, type StorageCodec } from '../../../renderer/src/db/storageCodec';
import type { WorkbenchDatabase } from '../../../renderer/src/db/WorkbenchDatabase';
import { createEncryptingCodec } from '../../../renderer/src/security/encryptingCodec';
import { generateDataKey } from '../../../renderer/src/security/keyring';
import { isSealedBody } from '../../../renderer/src/security/sealedBody';
import { aFinding, anInspection } from '../../support/domainFactories';
import { openTestDatabase, testSession } from '../../support/testDatabase';

const codecs: [string, () => StorageCodec][] = [
  ['plain codec', () => plainCodec],
  ['encrypting codec', () => createEncryptingCodec(generateDataKey(), { acceptPlain: false })],
];

async function withFinding(codec: StorageCodec) {
  const db = await openTestDatabase();
  const session = testSession();
  const inspection = anInspection();
  const finding = aFinding(inspection.id);
  await commit(db, codec, session, {
    intents: [
      { op: 'create', entity: 'inspection', fields: inspection },
      { op: 'create', entity: 'finding', fields: finding },
    ],
  });
  return { db, session, inspection, finding };
}

const retitle = (id: string, title: string) => ({
  intents: [{ op: 'update' as const, entity: 'finding' as const, id, fields: { title } }],
});

async function ownChain(db: WorkbenchDatabase, codec: StorageCodec, deviceId: string) {
  const changes = (await db.changes.orderBy('[device+seq]').toArray()).map((row) => codec.decodeChange(row));
  return { changes, report: verifyDeviceChain(deviceId, changes) };
}

describe.each(codecs)('the optimistic commit (%s)', (_name, makeCodec) => {
  it('reads again when another commit to the same record lands in its window, and keeps both edits', async () => {
    const codec = makeCodec();
    const { db, session, finding } = await withFinding(codec);
    const attempts: number[] = [];
    const faults: CommitFaults = {
      optimisticWindow: async (attempt) => {
        attempts.push(attempt);
        if (attempt === 1) await commit(db, codec, session, retitle(finding.id, 'Edited elsewhere first'));
      },
    };
    const [mine] = await commit(db, codec, session, retitle(finding.id, 'Edited here second'), faults);

    expect(attempts).toEqual([1, 2]);
    // Decided on the state after the other edit: its prior value is that edit, not the stale title.
    expect(mine?.prior).toEqual({ title: 'Edited elsewhere first' });
    const { changes, report } = await ownChain(db, codec, session.deviceId);
    expect(report.ok).toBe(true);
    expect(changes.map((change) => [change.seq, change.fields['title']])).toEqual([
      [1, undefined],
      [2, finding.title],
      [3, 'Edited elsewhere first'],
      [4, 'Edited here second'],
    ]);
    const row = await db.stateTable('findings').get(finding.id);
    expect(codec.decodeRecord('findings', row!)['title']).toBe('Edited here second');
  });

  it('reads again when a received clock moves in its window, and stamps its change after it', async () => {
    const codec = makeCodec();
    const { db, session, finding } = await withFinding(codec);
    const ahead = formatHlc({ wallMs: Date.parse('2026-11-28T00:00:00Z'), counter: 3, node: 'other-device' });
    const attempts: number[] = [];
    const [edit] = await commit(db, codec, session, retitle(finding.id, 'After receipt'), {
      optimisticWindow: async (attempt) => {
        attempts.push(attempt);
        if (attempt === 1)
          await db.transaction('rw', db.meta, () => observeRemoteClock(db, [ahead], 'received', Date.now()));
      },
    });
    expect(attempts).toEqual([1, 2]);
    expect(edit!.hlc > ahead).toBe(true);
  });

  it('reads again when only the record changed in its window (written by a receipt, the head unmoved)', async () => {
    const codec = makeCodec();
    const { db, session, finding } = await withFinding(codec);
    const attempts: number[] = [];
    const [mine] = await commit(db, codec, session, retitle(finding.id, 'Mine'), {
      optimisticWindow: async (attempt) => {
        attempts.push(attempt);
        if (attempt > 1) return;
        // What receiving another device's edit does to the state row; the head stays where it was.
        const table = db.stateTable('findings');
        const record = codec.decodeRecord('findings', (await table.get(finding.id))!);
        await table.put(codec.encodeRecord('findings', {}, { ...record, statement: 'Received statement' }));
      },
    });
    expect(attempts).toEqual([1, 2]);
    expect(mine?.seq).toBe(3);
    const row = await db.stateTable('findings').get(finding.id);
    expect(codec.decodeRecord('findings', row!)).toMatchObject({ title: 'Mine', statement: 'Received statement' });
  });

  it('leaves the commit to the locking path when writers keep coming in, and still loses nothing', async () => {
    const codec = makeCodec();
    const { db, session, finding } = await withFinding(codec);
    const attempts: number[] = [];
    const [mine] = await commit(db, codec, session, retitle(finding.id, 'Mine, in the end'), {
      optimisticWindow: async (attempt) => {
        attempts.push(attempt);
        await commit(db, codec, session, retitle(finding.id, `Theirs ${attempt}`));
      },
    });
    expect(attempts).toEqual([1, 2, 3]);
    expect(mine?.prior).toEqual({ title: 'Theirs 3' });
    const { changes, report } = await ownChain(db, codec, session.deviceId);
    expect(report.ok).toBe(true);
    expect(changes.map((change) => change.fields['title']).slice(2)).toEqual([
      'Theirs 1',
      'Theirs 2',
      'Theirs 3',
      'Mine, in the end',
    ]);
  });

  it('needs a reason when the closing meeting is recorded in its window', async () => {
    const codec = makeCodec();
    const { db, session, inspection, finding } = await withFinding(codec);
    await expect(
      commit(db, codec, session, retitle(finding.id, 'Too late without a reason'), {
        optimisticWindow: async (attempt) => {
          if (attempt === 1)
            await commit(db, codec, session, {
              intents: [
                { op: 'update', entity: 'inspection', id: inspection.id, fields: { status: 'closing-meeting-held' } },
              ],
            });
        },
      }),
    ).rejects.toBeInstanceOf(ReasonRequiredError);
    expect(await db.changes.count()).toBe(3);
  });

  it('writes nothing when a failure is injected after its check, and the sequence stays gapless', async () => {
    const codec = makeCodec();
    const { db, session, finding } = await withFinding(codec);
    for (const fault of ['afterChangeWritten', 'beforeHeadUpdate'] as const) {
      await expect(
        commit(db, codec, session, retitle(finding.id, 'Never saved'), {
          [fault]: () => {
            throw new Error(`injected ${fault}`);
          },
        }),
      ).rejects.toThrow(`injected ${fault}`);
    }
    const row = await db.stateTable('findings').get(finding.id);
    expect(codec.decodeRecord('findings', row!)['title']).toBe(finding.title);
    const [next] = await commit(db, codec, session, retitle(finding.id, 'Saved'));
    expect(next?.seq).toBe(3);
    expect((await ownChain(db, codec, session.deviceId)).report.ok).toBe(true);
  });
});

describe('the optimistic commit with the encrypting codec', () => {
  it('seals with WebCrypto in the format the synchronous opener reads', async () => {
    const codec = createEncryptingCodec(generateDataKey(), { acceptPlain: false });
    const { db, finding } = await withFinding(codec);
    const row = await db.stateTable('findings').get(finding.id);
    expect(isSealedBody(row?.body)).toBe(true);
    expect(codec.decodeRecord('findings', row!)['title']).toBe(finding.title);
    const [change] = await db.changes.toArray();
    expect(isSealedBody(change?.body)).toBe(true);
    expect(codec.decodeChange(change!).seq).toBe(1);
  });
});
