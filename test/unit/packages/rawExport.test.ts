/**
 * The recovery export (fault-injection case 7) on fake-indexeddb: everything readable comes out,
 * each unreadable record is skipped and listed by store and key (a lost photo file by its hash),
 * large exports come in parts, and the database is never created, changed or deleted.
 */
// First, so Dexie finds fake-indexeddb when it loads.
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { v4 as uuidv4 } from 'uuid';
import type { Change } from '../../../shared/changes/change';
import { DataStore } from '../../../renderer/src/db/DataStore';
import { sha256Hex } from '../../../renderer/src/db/digest';
import { plainCodec } from '../../../renderer/src/db/storageCodec';
import { RawDatabaseError } from '../../../renderer/src/packages/rawDatabaseReader';
import { exportRawDatabase, type RawExportPart } from '../../../renderer/src/packages/rawExport';
import { WorkbenchDatabase } from '../../../renderer/src/db/WorkbenchDatabase';
import { createEncryptingCodec } from '../../../renderer/src/security/encryptingCodec';
import { generateDataKey } from '../../../renderer/src/security/keyring';
import {
  openBytes,
  openJson,
  placeOf,
  SEALED_FORMAT,
  SealedBodyError,
  type SealedBody,
} from '../../../renderer/src/security/sealedBody';
import { base64ToBytes as fromBase64 } from '../../../renderer/src/security/base64';
import { databaseFingerprint, seedInspection } from '../../support/inspectionFixture';
import { openTestDatabase, testSession } from '../../support/testDatabase';
import { unzipPackage } from '../../support/zipCrafting';

const decoder = new TextDecoder();
const json = <T>(files: Map<string, Uint8Array>, name: string): T => JSON.parse(decoder.decode(files.get(name))) as T;

interface Seeded {
  name: string;
  fingerprint: Awaited<ReturnType<typeof databaseFingerprint>>;
  changeIds: string[];
  blobHashes: string[];
  notABlob: string;
  damagedBlob: string;
}

/** A database with an inspection, and three kinds of damage a raw read must survive. */
async function seedDamagedDatabase(): Promise<Seeded> {
  const name = `recovery-${uuidv4()}`;
  const db = await openTestDatabase(name);
  const store = new DataStore(db, plainCodec);
  const seeded = await seedInspection(store, testSession());
  const notABlob = 'a'.repeat(64);
  const damagedBlob = seeded.blobHashes[1] ?? '';
  await db.blobs.put({ sha256: notABlob, mediaType: 'image/jpeg', size: 3, body: 'this body lost its file' });
  const damaged = await db.blobs.get(damagedBlob);
  if (!damaged) throw new Error('fixture blob missing');
  await db.blobs.put({ ...damaged, body: new Blob([new Uint8Array([1, 2, 3])]) });
  const cyclic: Record<string, unknown> = { note: 'refers to itself' };
  cyclic['self'] = cyclic;
  await db.meta.put({ key: 'cyclic', value: cyclic });
  const fingerprint = await databaseFingerprint(db);
  const changeIds = (await store.allChanges()).map((change) => change.id).sort();
  db.close();
  return {
    name,
    fingerprint,
    changeIds,
    blobHashes: seeded.blobHashes.filter((hash) => hash !== damagedBlob),
    notABlob,
    damagedBlob,
  };
}

async function fingerprintOf(name: string) {
  const db = new WorkbenchDatabase(name);
  await db.open();
  try {
    return await databaseFingerprint(db);
  } finally {
    db.close();
  }
}

async function exportParts(name: string, maxPartBytes?: number) {
  const parts: RawExportPart[] = [];
  const summary = await exportRawDatabase({
    databaseName: name,
    now: new Date('2026-11-25T09:30:00Z'),
    onPart: async (part) => {
      parts.push(part);
    },
    ...(maxPartBytes === undefined ? {} : { maxPartBytes }),
  });
  return { parts, summary };
}

// Taken with Reflect so it stays a plain function, called below with the store as `this`.
const originalGet = Reflect.get<IDBObjectStore, 'get'>(IDBObjectStore.prototype, 'get');
afterEach(() => {
  vi.restoreAllMocks();
});

describe('exportRawDatabase', () => {
  it('exports every readable record and photo, lists what it could not read, and changes nothing', async () => {
    const seeded = await seedDamagedDatabase();

    const { parts, summary } = await exportParts(seeded.name);

    expect(parts.map((part) => part.fileName)).toEqual(['inspection-workbench-recovery-2026-11-25-0930Z.zip']);
    const files = unzipPackage(parts[0]?.bytes ?? new Uint8Array(0));
    const changes = json<{ key: string; value: Change }[]>(files, 'raw/changes.json');
    expect(changes.map((row) => row.value.id).sort()).toEqual(seeded.changeIds);
    expect(changes.every((row) => row.key === row.value.id)).toBe(true);
    expect(json<unknown[]>(files, 'raw/findings.json')).toHaveLength(2);
    for (const hash of seeded.blobHashes) {
      const bytes = files.get(`raw/blobs/${hash}`);
      expect(bytes && (await sha256Hex(bytes))).toBe(hash);
    }
    expect(files.get(`raw/blobs/${seeded.damagedBlob}.damaged`)).toEqual(new Uint8Array([1, 2, 3]));

    const unreadable = json<{ store: string; key: string; reason: string }[]>(files, 'raw/unreadable.json');
    expect(unreadable).toHaveLength(3);
    expect(unreadable).toEqual(
      expect.arrayContaining([
        { store: 'meta', key: 'cyclic', reason: expect.stringMatching(/^it could not be decoded/) as unknown },
        {
          store: 'blobs',
          key: seeded.notABlob,
          reason: expect.stringMatching(/^its photo bytes cannot be read/) as unknown,
        },
        { store: 'blobs', key: seeded.damagedBlob, reason: 'its bytes do not match its SHA-256: the file is damaged' },
      ]),
    );
    expect(summary.unreadable).toEqual(unreadable);
    expect(json<{ version: number; stores: unknown[] }>(files, 'raw/about.json')).toMatchObject({
      format: 'inspection-workbench-raw-export',
      databaseName: seeded.name,
      unreadable: 3,
    });
    expect(await fingerprintOf(seeded.name)).toEqual(seeded.fingerprint);
  });

  it('skips a record whose value cannot be read and carries on with the rest', async () => {
    const seeded = await seedDamagedDatabase();
    const lost = seeded.blobHashes[0] ?? '';
    // Chrome reports a deleted *.blob file as a NotFoundError on the read request itself.
    vi.spyOn(IDBObjectStore.prototype, 'get').mockImplementation(function (this: IDBObjectStore, key) {
      if (key !== lost) return originalGet.call(this, key);
      const transaction = this.transaction as unknown as {
        _execRequestAsync(request: { operation: () => never; source: IDBObjectStore }): IDBRequest;
      };
      return transaction._execRequestAsync({
        operation: () => {
          throw new DOMException('The blob file backing this value was not found.', 'NotFoundError');
        },
        source: this,
      });
    });

    const { parts, summary } = await exportParts(seeded.name);

    expect(summary.unreadable).toContainEqual({
      store: 'blobs',
      key: lost,
      reason: 'NotFoundError: The blob file backing this value was not found.',
    });
    const files = unzipPackage(parts[0]?.bytes ?? new Uint8Array(0));
    expect(files.has(`raw/blobs/${lost}`)).toBe(false);
    for (const hash of seeded.blobHashes.filter((h) => h !== lost)) expect(files.has(`raw/blobs/${hash}`)).toBe(true);
  });

  it('splits large exports into parts, each under the limit, with the lists in the last', async () => {
    const seeded = await seedDamagedDatabase();

    const { parts, summary } = await exportParts(seeded.name, 60_000);

    expect(parts.length).toBeGreaterThan(1);
    expect(summary.parts).toBe(parts.length);
    expect(parts.map((part) => part.fileName)).toEqual(
      parts.map((_part, index) => `inspection-workbench-recovery-2026-11-25-0930Z-part${index + 1}.zip`),
    );
    const all = new Map(parts.flatMap((part) => [...unzipPackage(part.bytes)]));
    for (const hash of seeded.blobHashes) expect(all.has(`raw/blobs/${hash}`)).toBe(true);
    expect(unzipPackage(parts[parts.length - 1]?.bytes ?? new Uint8Array(0)).has('raw/unreadable.json')).toBe(true);
  });

  it('decrypts nothing from an encrypted database: sealed rows and photos go out as stored, openable only with the key', async () => {
    const name = `recovery-sealed-${uuidv4()}`;
    const db = await openTestDatabase(name);
    const dataKey = generateDataKey();
    const codec = createEncryptingCodec(dataKey, { acceptPlain: false });
    const store = new DataStore(db, codec);
    const seeded = await seedInspection(store, testSession(), { reference: 'INS-SEALED-7731', photos: 1 });
    const finding = await store.get('finding', seeded.findingIds[0] ?? '');
    const photo = await store.blobBytes(seeded.blobHashes[0] ?? '');
    if (!finding || !photo) throw new Error('fixture missing');
    await db.meta.put({ key: 'keyring', value: { note: 'the passphrase-wrapped data key lives here' } });
    db.close();

    const { parts, summary } = await exportParts(name);

    expect(summary.plain).toBe(0);
    expect(summary.sealed).toBeGreaterThan(5);
    expect(summary.unreadable).toEqual([]);
    const bytes = Buffer.from(parts[0]?.bytes ?? new Uint8Array(0));
    for (const text of ['INS-SEALED-7731', finding.title]) expect(bytes.includes(Buffer.from(text))).toBe(false);
    expect(bytes.includes(Buffer.from(photo.subarray(20_000, 20_032)))).toBe(false);

    // What was exported is what was stored, so the key (and only the key) opens it.
    const files = unzipPackage(parts[0]?.bytes ?? new Uint8Array(0));
    const findings = json<
      {
        key: string;
        value: { id: string; body: { sealed: string; iv: { base64: string }; data: { base64: string } } };
      }[]
    >(files, 'raw/findings.json');
    const exported = findings.find((row) => row.key === finding.id)?.value.body;
    if (!exported) throw new Error('the finding was not exported');
    const sealedBody: SealedBody = {
      sealed: SEALED_FORMAT,
      iv: fromBase64(exported.iv.base64),
      data: fromBase64(exported.data.base64),
    };
    expect(openJson(dataKey, placeOf('findings', finding.id), sealedBody, 'test')).toEqual(finding);
    expect(() => openJson(generateDataKey(), placeOf('findings', finding.id), sealedBody, 'test')).toThrow(
      SealedBodyError,
    );
    const blobs = json<{ sha256: string; iv: { base64: string } }[]>(files, 'raw/blobs.json');
    const sealedPhoto = files.get(`raw/blobs/${seeded.blobHashes[0] ?? ''}.sealed`);
    const iv = blobs.find((row) => row.sha256 === seeded.blobHashes[0])?.iv.base64;
    if (!sealedPhoto || !iv) throw new Error('the photo was not exported sealed');
    expect(
      openBytes(
        dataKey,
        placeOf('blobs', seeded.blobHashes[0] ?? ''),
        { sealed: SEALED_FORMAT, iv: fromBase64(iv), data: sealedPhoto },
        'test',
      ),
    ).toEqual(photo);
    expect(json<unknown[]>(files, 'raw/meta.json')).toContainEqual({
      key: 'keyring',
      value: { key: 'keyring', value: { note: 'the passphrase-wrapped data key lives here' } },
    });
  });

  it('refuses to export a database that does not exist, without creating it', async () => {
    const name = `absent-${uuidv4()}`;
    await expect(exportParts(name)).rejects.toThrow(RawDatabaseError);
    await expect(exportParts(name)).rejects.toThrow(`There is no database called “${name}” on this device`);
    expect((await indexedDB.databases()).map((info) => info.name)).not.toContain(name);
  });
});
