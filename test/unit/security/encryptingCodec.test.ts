import { describe, expect, it } from 'vitest';
import { commit } from '../../../renderer/src/db/commit';
import { DataStore } from '../../../renderer/src/db/DataStore';
import { sha256Hex } from '../../../renderer/src/db/digest';
import { plainCodec } from '../../../renderer/src/db/storageCodec';
import type { StoredBlobRow, StoredRecordRow } from '../../../renderer/src/db/storedRows';
import {
  createEncryptingCodec,
  PlainBodyRefusedError,
  WorkbenchLockedError,
} from '../../../renderer/src/security/encryptingCodec';
import { generateDataKey } from '../../../renderer/src/security/keyring';
import { isSealedBody, SealedBodyError, type SealedBody } from '../../../renderer/src/security/sealedBody';
import { aFinding, anInspection } from '../../support/domainFactories';
import { openTestDatabase, testSession } from '../../support/testDatabase';

const SECRET_TEXT = 'Batch XK-4471 sterility failure was not investigated';

async function storeWithFinding() {
  const db = await openTestDatabase();
  const codec = createEncryptingCodec(generateDataKey(), { acceptPlain: false });
  const inspection = anInspection();
  const finding = aFinding(inspection.id, { title: SECRET_TEXT });
  const photo = new TextEncoder().encode('JPEG-ish bytes with a distinctive marker 0xFEEDFACE');
  await commit(db, codec, testSession(), {
    intents: [
      { op: 'create', entity: 'inspection', fields: inspection },
      { op: 'create', entity: 'finding', fields: finding },
    ],
    blobs: [{ sha256: await sha256Hex(photo), mediaType: 'image/jpeg', bytes: photo }],
  });
  return { db, codec, store: new DataStore(db, codec), inspection, finding, photo };
}

describe('the encrypting storage codec', () => {
  it('round-trips records, changes and photo bytes, and keeps only indexed columns in the clear', async () => {
    const { db, store, finding, photo, inspection } = await storeWithFinding();
    expect((await store.get('finding', finding.id))?.title).toBe(SECRET_TEXT);
    expect((await store.changesForRecord('finding', finding.id))[0]?.fields).toMatchObject({ title: SECRET_TEXT });
    expect(await store.blobBytes(await sha256Hex(photo))).toEqual(photo);

    const row = (await db.stateTable('findings').get(finding.id)) as StoredRecordRow;
    expect(isSealedBody(row.body)).toBe(true);
    expect(Object.keys(row).sort()).toEqual([
      'body',
      'classification',
      'discipline',
      'id',
      'inspectionId',
      'siteId',
      'status',
    ]);
    expect(row['inspectionId']).toBe(inspection.id);
    const rawText =
      JSON.stringify(await db.stateTable('findings').toArray()) + JSON.stringify(await db.changes.toArray());
    expect(rawText).not.toContain('XK-4471');
    const blobRow = (await db.blobs.toArray())[0] as StoredBlobRow;
    const sealedBytes = new Uint8Array(await (blobRow.body as { blob: Blob }).blob.arrayBuffer());
    expect(Buffer.from(sealedBytes).includes(Buffer.from('0xFEEDFACE'))).toBe(false);
  });

  it('uses a fresh IV for every encryption of the same record', () => {
    const codec = createEncryptingCodec(generateDataKey(), { acceptPlain: false });
    const record = { id: 'r1', title: 'same', _meta: { deleted: false, fieldClock: {} } } as never;
    const a = codec.encodeRecord('findings', {}, record).body as SealedBody;
    const b = codec.encodeRecord('findings', {}, record).body as SealedBody;
    expect(a.iv).toHaveLength(12);
    expect(Buffer.from(a.iv).equals(Buffer.from(b.iv))).toBe(false);
    expect(Buffer.from(a.data).equals(Buffer.from(b.data))).toBe(false);
  });

  it('fails to decrypt a tampered ciphertext', async () => {
    const { db, codec, finding } = await storeWithFinding();
    const row = (await db.stateTable('findings').get(finding.id)) as StoredRecordRow;
    const body = row.body as SealedBody;
    const data = body.data.slice();
    data[5] = (data[5] ?? 0) ^ 0x01;
    expect(() => codec.decodeRecord('findings', { ...row, body: { ...body, data } })).toThrow(SealedBodyError);
  });

  it('binds table and id: a ciphertext moved to another id or table does not open', async () => {
    const { db, codec, finding, inspection } = await storeWithFinding();
    const row = (await db.stateTable('findings').get(finding.id)) as StoredRecordRow;
    expect(() => codec.decodeRecord('findings', { ...row, id: inspection.id })).toThrow(SealedBodyError);
    expect(() => codec.decodeRecord('capas', row)).toThrow(SealedBodyError);
    const change = (await db.changes.toArray())[0];
    const other = (await db.changes.toArray())[1];
    if (!change || !other) throw new Error('expected two changes');
    expect(() => codec.decodeChange({ ...other, body: change.body })).toThrow(SealedBodyError);
  });

  it('does not open with another data key', async () => {
    const { db, finding } = await storeWithFinding();
    const other = createEncryptingCodec(generateDataKey(), { acceptPlain: false });
    const row = (await db.stateTable('findings').get(finding.id)) as StoredRecordRow;
    expect(() => other.decodeRecord('findings', row)).toThrow(SealedBodyError);
  });

  it('refuses plain bodies once the database is encrypted, and reads them while it is being encrypted', async () => {
    const db = await openTestDatabase();
    const inspection = anInspection();
    await commit(db, plainCodec, testSession(), {
      intents: [{ op: 'create', entity: 'inspection', fields: inspection }],
    });
    const row = (await db.stateTable('inspections').get(inspection.id)) as StoredRecordRow;
    const key = generateDataKey();
    expect(createEncryptingCodec(key, { acceptPlain: true }).decodeRecord('inspections', row).id).toBe(inspection.id);
    expect(() => createEncryptingCodec(key, { acceptPlain: false }).decodeRecord('inspections', row)).toThrow(
      PlainBodyRefusedError,
    );
  });

  it('once disposed (locked) zeroes its key and refuses every call', async () => {
    const { db, codec, finding, photo } = await storeWithFinding();
    const row = (await db.stateTable('findings').get(finding.id)) as StoredRecordRow;
    const blobRow = (await db.blobs.get(await sha256Hex(photo))) as StoredBlobRow;
    codec.dispose();
    expect(() => codec.decodeRecord('findings', row)).toThrow(WorkbenchLockedError);
    await expect(codec.decodeBlob(blobRow)).rejects.toThrow(WorkbenchLockedError);
  });

  it('opens many rows at once (WebCrypto) exactly as one by one, with the same refusals', async () => {
    const { db, codec, finding, inspection } = await storeWithFinding();
    const row = (await db.stateTable('findings').get(finding.id)) as StoredRecordRow;
    const [opened] = await codec.decodeRecords('findings', [row]);
    expect(opened).toEqual(codec.decodeRecord('findings', row));
    expect((await new DataStore(db, codec).list('finding'))[0]?.title).toBe(SECRET_TEXT);

    await expect(codec.decodeRecords('findings', [{ ...row, id: inspection.id }])).rejects.toThrow(SealedBodyError);
    const body = row.body as SealedBody;
    const data = body.data.slice();
    data[5] = (data[5] ?? 0) ^ 0x01;
    await expect(codec.decodeRecords('findings', [{ ...row, body: { ...body, data } }])).rejects.toThrow(
      SealedBodyError,
    );
    const plainRow = { ...row, body: codec.decodeRecord('findings', row) };
    await expect(codec.decodeRecords('findings', [plainRow])).rejects.toThrow(PlainBodyRefusedError);
    codec.dispose();
    await expect(codec.decodeRecords('findings', [row])).rejects.toThrow(WorkbenchLockedError);
  });

  it('seals photo bytes with WebCrypto before a commit in the same format, bound to their hash', async () => {
    const codec = createEncryptingCodec(generateDataKey(), { acceptPlain: false });
    const bytes = new TextEncoder().encode('photo bytes 0xFEEDFACE');
    const sha256 = await sha256Hex(bytes);
    const [row] = await codec.encodeBlobs([{ sha256, mediaType: 'image/jpeg', bytes }]);
    if (!row) throw new Error('expected a row');
    expect(row).toMatchObject({ sha256, mediaType: 'image/jpeg', size: bytes.byteLength });
    const sealed = new Uint8Array(await (row.body as { blob: Blob }).blob.arrayBuffer());
    expect(Buffer.from(sealed).includes(Buffer.from('0xFEEDFACE'))).toBe(false);
    expect(await codec.decodeBlob(row)).toEqual(bytes);
    await expect(codec.decodeBlob({ ...row, sha256: '0'.repeat(64) })).rejects.toThrow(SealedBodyError);
  });
});
