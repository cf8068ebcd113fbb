import { describe, expect, it } from 'vitest';
import { commit } from '../../../renderer/src/db/commit';
import { sha256Hex } from '../../../renderer/src/db/digest';
import { LOG_TABLES, STATE_TABLES } from '../../../renderer/src/db/schema';
import { plainCodec, type StorageCodec } from '../../../renderer/src/db/storageCodec';
import type { WorkbenchDatabase } from '../../../renderer/src/db/WorkbenchDatabase';
import { createEncryptingCodec, isSealedStoredBody } from '../../../renderer/src/security/encryptingCodec';
import { encryptExistingData, readEncryptionState } from '../../../renderer/src/security/encryptExistingData';
import { generateDataKey } from '../../../renderer/src/security/keyring';
import { aFinding, anInspection, aSite } from '../../support/domainFactories';
import { openTestDatabase, testSession } from '../../support/testDatabase';

/** A plain database as the version before encryption wrote it: inspections, sites, findings, photos. */
async function aPlainDatabase(): Promise<WorkbenchDatabase> {
  const db = await openTestDatabase();
  const session = testSession();
  for (let i = 0; i < 3; i += 1) {
    const inspection = anInspection({ reference: `INS-2026-00${i}` });
    const sites = [
      aSite(inspection.id, { identifier: `POC-${i}01` }),
      aSite(inspection.id, { identifier: `POC-${i}02` }),
    ];
    const findings = Array.from({ length: 4 }, (_, n) =>
      aFinding(inspection.id, { title: `Finding ${i}.${n}: cold chain excursion not assessed` }),
    );
    const photos = [0, 1].map((n) => new TextEncoder().encode(`photo ${i}.${n} bytes`));
    await commit(db, plainCodec, session, {
      intents: [
        { op: 'create', entity: 'inspection', fields: inspection },
        ...sites.map((fields) => ({ op: 'create' as const, entity: 'site' as const, fields })),
        ...findings.map((fields) => ({ op: 'create' as const, entity: 'finding' as const, fields })),
      ],
      blobs: await Promise.all(
        photos.map(async (bytes) => ({ sha256: await sha256Hex(bytes), mediaType: 'image/jpeg', bytes })),
      ),
    });
  }
  return db;
}

/** Every row of every table, decoded, keyed by table and primary key. */
async function decodedContents(db: WorkbenchDatabase, codec: StorageCodec): Promise<Record<string, unknown>> {
  const contents: Record<string, unknown> = {};
  for (const table of Object.values(STATE_TABLES)) {
    for (const row of await db.stateTable(table).toArray())
      contents[`${table}/${row.id}`] = codec.decodeRecord(table, row);
  }
  for (const row of await db.changes.toArray())
    contents[`changes/${row.id}`] = { ...codec.decodeChange(row), pending: row.pending };
  for (const row of await db.blobs.toArray()) contents[`blobs/${row.sha256}`] = Array.from(await codec.decodeBlob(row));
  return contents;
}

async function everyBodySealed(db: WorkbenchDatabase): Promise<boolean> {
  for (const table of [...Object.values(STATE_TABLES), LOG_TABLES.changes, LOG_TABLES.blobs]) {
    for (const row of await db.table<{ body: unknown }>(table).toArray())
      if (!isSealedStoredBody(row.body)) return false;
  }
  return true;
}

describe('encrypting an existing database in place', () => {
  it('encrypts every row and loses nothing', async () => {
    const db = await aPlainDatabase();
    const before = await decodedContents(db, plainCodec);
    const key = generateDataKey();
    await encryptExistingData(db, createEncryptingCodec(key, { acceptPlain: true }), { batchSize: 3 });
    expect(await everyBodySealed(db)).toBe(true);
    expect((await readEncryptionState(db))?.state).toBe('encrypted');
    expect(await decodedContents(db, createEncryptingCodec(key, { acceptPlain: false }))).toEqual(before);
  });

  it('resumes after an interruption part way, with nothing lost or encrypted twice', async () => {
    const db = await aPlainDatabase();
    const before = await decodedContents(db, plainCodec);
    const key = generateDataKey();
    const codec = createEncryptingCodec(key, { acceptPlain: true });
    const progress: number[] = [];
    await expect(
      encryptExistingData(db, codec, {
        batchSize: 2,
        onProgress: ({ done }) => progress.push(done),
        faults: {
          beforeBatchCommit: (table) => {
            if (table === 'findings' && progress.length > 3) throw new Error('injected power cut');
          },
        },
      }),
    ).rejects.toThrow('injected power cut');

    // Part way: some rows sealed, some plain, all still readable through the migrating codec.
    const midway = await readEncryptionState(db);
    expect(midway?.state).toBe('encrypting');
    expect(await everyBodySealed(db)).toBe(false);
    expect(await decodedContents(db, codec)).toEqual(before);

    // A blob batch interrupted as well, then a clean run to the end.
    await expect(
      encryptExistingData(db, codec, {
        batchSize: 2,
        faults: {
          beforeBatchCommit: (table) => {
            if (table === 'blobs') throw new Error('injected crash in the photo store');
          },
        },
      }),
    ).rejects.toThrow('injected crash');
    expect(await decodedContents(db, codec)).toEqual(before);

    await encryptExistingData(db, codec, { batchSize: 2 });
    expect(await everyBodySealed(db)).toBe(true);
    expect(await decodedContents(db, createEncryptingCodec(key, { acceptPlain: false }))).toEqual(before);
  });
});
