/**
 * Keeps the benchmarks from rotting: the bench modules import, and a small seed (100 findings)
 * goes through the same seeding code and reads back through DataStore as the register sees it.
 * No timings are asserted here; `npm run bench` measures.
 */
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { measureRegisterRows, seed } from '../../bench/page/benchmarks';
import { openWorkbench } from '../../bench/page/benchStore';
import { buildRegisterRows } from '../../../renderer/src/features/register/rowModel/registerRow';
import { verifyChains } from '../../../shared/changes/hashChain';
import { createEncryptingCodec } from '../../../renderer/src/security/encryptingCodec';
import { generateDataKey } from '../../../renderer/src/security/keyring';

describe('the benchmark modules', () => {
  it('seed a small database whose change log verifies and whose findings reach the register', async () => {
    const store = await openWorkbench(`bench-smoke-${Date.now()}`);
    const jpeg = new Uint8Array([0xff, 0xd8, 0xff, 0xd9]);
    const result = await seed(
      store,
      { original: jpeg, thumbnail: jpeg },
      {
        inspections: 3,
        findings: 100,
        changes: 150,
        photos: 4,
        largestShare: 0.5,
      },
    );
    expect(result.changes).toBe(150);
    const changes = await store.allChanges();
    expect(changes).toHaveLength(150);
    expect(verifyChains(changes, new Set()).every((report) => report.ok)).toBe(true);
    const rows = buildRegisterRows(
      await store.list('finding'),
      await store.list('site'),
      await store.list('inspection'),
    );
    expect(rows).toHaveLength(100);
    expect((await store.list('finding', { inspectionId: result.largestInspectionId })).length).toBe(50);
    const interactions = await measureRegisterRows(rows, 0, 1);
    expect(interactions['filter grade=critical']?.subject.runs).toBe(1);
    store.db.close();
  });

  it('seed through the encrypting codec, as the bench does, and read back through it', async () => {
    const dataKey = generateDataKey();
    const store = await openWorkbench(
      `bench-smoke-sealed-${Date.now()}`,
      createEncryptingCodec(dataKey, { acceptPlain: false }),
    );
    const jpeg = new Uint8Array([0xff, 0xd8, 0xff, 0xd9]);
    const plan = { inspections: 2, findings: 20, changes: 30, photos: 2, largestShare: 0.5 };
    const result = await seed(store, { original: jpeg, thumbnail: jpeg }, plan);
    const stored = await store.db.stateTable('findings').toArray();
    expect(stored.every((row) => JSON.stringify(row.body).includes('aes-256-gcm/1'))).toBe(true);
    expect(verifyChains(await store.allChanges(), new Set()).every((report) => report.ok)).toBe(true);
    expect((await store.list('finding', { inspectionId: result.largestInspectionId })).length).toBe(10);
    const photo = (await store.list('photo'))[0];
    expect(await store.blobBytes(photo?.sha256 ?? '')).toHaveLength(jpeg.byteLength + 8);
    store.db.close();
  });
});
