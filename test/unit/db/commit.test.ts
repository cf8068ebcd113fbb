import { describe, expect, it } from 'vitest';
import { GENESIS_HASH } from '../../../shared/changes/change';
import { verifyDeviceChain } from '../../../shared/changes/hashChain';
import { commit, CommitValidationError, ReasonRequiredError } from '../../../renderer/src/db/commit';
import { plainCodec } from '../../../renderer/src/db/storageCodec';
import { explainStorageError, StorageFullError } from '../../../renderer/src/db/storageErrors';
import { aFinding, anInspection } from '../../support/domainFactories';
import { openTestDatabase, testSession } from '../../support/testDatabase';

describe('commit', () => {
  it('writes the change and the new state together, with seq, hlc, prior values and a chained hash', async () => {
    const db = await openTestDatabase();
    const session = testSession();
    const inspection = anInspection();
    const [created] = await commit(db, plainCodec, session, {
      intents: [{ op: 'create', entity: 'inspection', fields: inspection }],
    });
    const [updated] = await commit(db, plainCodec, session, {
      intents: [{ op: 'update', entity: 'inspection', id: inspection.id, fields: { scope: 'Narrowed scope' } }],
    });
    expect(created?.seq).toBe(1);
    expect(created?.prevHash).toBe(GENESIS_HASH);
    expect(updated?.seq).toBe(2);
    expect(updated?.prevHash).toBe(created?.hash);
    expect(updated?.prior).toEqual({ scope: inspection.scope });
    expect(updated?.base['scope']).toBe(created?.hlc);
    expect(updated?.at.offsetMinutes).toBeTypeOf('number');
    const row = await db.stateTable('inspections').get(inspection.id);
    expect((row?.body as { scope: string }).scope).toBe('Narrowed scope');
    const changes = (await db.changes.orderBy('[device+seq]').toArray()).map((r) => plainCodec.decodeChange(r));
    expect(verifyDeviceChain(session.deviceId, changes).ok).toBe(true);
  });

  it('records nothing when an update changes nothing', async () => {
    const db = await openTestDatabase();
    const session = testSession();
    const inspection = anInspection();
    await commit(db, plainCodec, session, { intents: [{ op: 'create', entity: 'inspection', fields: inspection }] });
    const none = await commit(db, plainCodec, session, {
      intents: [{ op: 'update', entity: 'inspection', id: inspection.id, fields: { scope: inspection.scope } }],
    });
    expect(none).toEqual([]);
    expect(await db.changes.count()).toBe(1);
  });

  it('refuses invalid records with a specific message and writes nothing', async () => {
    const db = await openTestDatabase();
    const inspection = anInspection({ reference: '   ' });
    await expect(
      commit(db, plainCodec, testSession(), { intents: [{ op: 'create', entity: 'inspection', fields: inspection }] }),
    ).rejects.toThrow(/Inspection: reference must not be empty/);
    expect(await db.changes.count()).toBe(0);
    expect(await db.stateTable('inspections').count()).toBe(0);
  });

  it('requires a reason to delete, and keeps the deleted record with its reason', async () => {
    const db = await openTestDatabase();
    const session = testSession();
    const inspection = anInspection();
    const finding = aFinding(inspection.id);
    await commit(db, plainCodec, session, {
      intents: [
        { op: 'create', entity: 'inspection', fields: inspection },
        { op: 'create', entity: 'finding', fields: finding },
      ],
    });
    await expect(
      commit(db, plainCodec, session, { intents: [{ op: 'delete', entity: 'finding', id: finding.id }] }),
    ).rejects.toBeInstanceOf(ReasonRequiredError);
    await commit(db, plainCodec, session, {
      intents: [{ op: 'delete', entity: 'finding', id: finding.id }],
      reason: 'Duplicate of GMP-JS-002',
    });
    const row = await db.stateTable('findings').get(finding.id);
    const record = plainCodec.decodeRecord('findings', row!);
    expect(record._meta.deleted?.reason).toBe('Duplicate of GMP-JS-002');
    expect(record['statement']).toBe(finding.statement);
  });

  it('requires a reason to edit a finding after the closing meeting', async () => {
    const db = await openTestDatabase();
    const session = testSession();
    const inspection = anInspection({ status: 'closing-meeting-held' });
    const finding = aFinding(inspection.id);
    await commit(db, plainCodec, session, {
      intents: [
        { op: 'create', entity: 'inspection', fields: inspection },
        { op: 'create', entity: 'finding', fields: finding },
      ],
    });
    const edit = {
      op: 'update' as const,
      entity: 'finding' as const,
      id: finding.id,
      fields: { classification: 'other' as const },
    };
    await expect(commit(db, plainCodec, session, { intents: [edit] })).rejects.toThrow(/closing meeting has been held/);
    const [change] = await commit(db, plainCodec, session, { intents: [edit], reason: 'Downgraded after review' });
    expect(change?.reason).toBe('Downgraded after review');
  });

  it('leaves neither change nor state when a failure is injected between the steps', async () => {
    const db = await openTestDatabase();
    const session = testSession();
    const inspection = anInspection();
    await commit(db, plainCodec, session, { intents: [{ op: 'create', entity: 'inspection', fields: inspection }] });
    const finding = aFinding(inspection.id);
    for (const fault of ['afterChangeWritten', 'beforeHeadUpdate'] as const) {
      await expect(
        commit(
          db,
          plainCodec,
          session,
          { intents: [{ op: 'create', entity: 'finding', fields: finding }] },
          {
            [fault]: () => {
              throw new Error(`injected ${fault}`);
            },
          },
        ),
      ).rejects.toThrow(`injected ${fault}`);
      expect(await db.changes.count()).toBe(1);
      expect(await db.stateTable('findings').get(finding.id)).toBeUndefined();
    }
    // The sequence stays gapless after the failures.
    const [next] = await commit(db, plainCodec, session, {
      intents: [{ op: 'create', entity: 'finding', fields: finding }],
    });
    expect(next?.seq).toBe(2);
  });

  it('keeps photo bytes in the content-addressed blob table (Blob round trip)', async () => {
    const db = await openTestDatabase();
    const bytes = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3, 4, 0xff, 0xd9]);
    const digest = Array.from(new Uint8Array(await crypto.subtle.digest('SHA-256', bytes)), (b) =>
      b.toString(16).padStart(2, '0'),
    ).join('');
    await commit(db, plainCodec, testSession(), {
      intents: [],
      blobs: [{ sha256: digest, mediaType: 'image/jpeg', bytes }],
    });
    const row = await db.blobs.get(digest);
    expect(row?.body).toBeInstanceOf(Blob);
    expect(await plainCodec.decodeBlob(row!)).toEqual(bytes);
    await expect(
      commit(db, plainCodec, testSession(), {
        intents: [],
        blobs: [{ sha256: '0'.repeat(64), mediaType: 'image/jpeg', bytes }],
      }),
    ).rejects.toBeInstanceOf(CommitValidationError);
  });
});

describe('a full disk', () => {
  it('is reported with the remedy, and nothing from the action is written', async () => {
    const db = await openTestDatabase();
    const session = testSession();
    const inspection = anInspection();
    await expect(
      commit(
        db,
        plainCodec,
        session,
        { intents: [{ op: 'create', entity: 'inspection', fields: inspection }] },
        {
          afterChangeWritten: () => {
            // What Chromium raises when IndexedDB hits its quota; Dexie wraps it as an AbortError.
            throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
          },
        },
      ),
    ).rejects.toThrow(/run out of storage space, so nothing from this action was saved/);
    expect(await db.changes.count()).toBe(0);
    expect(await db.stateTable('inspections').count()).toBe(0);
  });

  it('is recognised when wrapped as an AbortError with the quota error inside', () => {
    const wrapped = {
      name: 'AbortError',
      message: 'Transaction aborted',
      inner: { name: 'QuotaExceededError', message: 'quota' },
    };
    expect(explainStorageError(wrapped)).toBeInstanceOf(StorageFullError);
    expect(explainStorageError(new Error('other'))).not.toBeInstanceOf(StorageFullError);
  });
});
