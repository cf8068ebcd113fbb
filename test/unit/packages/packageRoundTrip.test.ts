/**
 * An inspector exports an inspection as a package and a colleague imports it: the changes arrive
 * identical, the state is the same, the photos are byte for byte the same, importing twice changes
 * nothing, and a package of one inspection carries nothing of another.
 */
import { describe, expect, it } from 'vitest';
import { verifyDeviceChain } from '../../../shared/changes/hashChain';
import { PackageManifestSchema } from '../../../shared/packages/packageManifest';
import { headKey } from '../../../renderer/src/db/commit';
import { DataStore } from '../../../renderer/src/db/DataStore';
import { STATE_TABLES } from '../../../renderer/src/db/schema';
import { plainCodec } from '../../../renderer/src/db/storageCodec';
import { importPackage } from '../../../renderer/src/packages/importPackage';
import { PackageExportError } from '../../../renderer/src/packages/packageErrors';
import { parsePackage } from '../../../renderer/src/packages/readPackage';
import { buildPackage, buildPackageWithReport, packageFileName } from '../../../renderer/src/packages/writePackage';
import { anInspection } from '../../support/domainFactories';
import { databaseFingerprint, seedInspection } from '../../support/inspectionFixture';
import { openTestDatabase, testSession } from '../../support/testDatabase';
import { unzipPackage } from '../../support/zipCrafting';

const author = { userId: '0193a1b2-0000-7000-8000-000000000001', name: 'Jo Smith' };
const colleague = testSession({
  actor: { userId: '0193a1b2-0000-7000-8000-000000000002', name: 'Sam Patel' },
  deviceId: '0193a1b2-0000-7000-8000-00000000d002',
});

const asJson = (value: unknown): unknown => JSON.parse(JSON.stringify(value));

async function newStore(): Promise<DataStore> {
  return new DataStore(await openTestDatabase(), plainCodec);
}

async function allStateRows(store: DataStore) {
  const rows: Record<string, unknown[]> = {};
  for (const table of Object.values(STATE_TABLES)) {
    rows[table] = (await store.db.stateTable(table).toArray()).sort((a, b) => a.id.localeCompare(b.id));
  }
  return rows;
}

describe('inspection packages', () => {
  it('round-trips an inspection: identical changes, equal state rows, byte-identical photos', async () => {
    const source = await newStore();
    const session = testSession();
    const seeded = await seedInspection(source, session);
    const scope = { kind: 'inspections' as const, inspectionIds: [seeded.inspectionId] };
    const bytes = await buildPackage(source, scope, author, session.deviceId);

    const target = await newStore();
    const parsed = await parsePackage(bytes);
    expect(parsed.missingBlobs).toEqual([]);
    const summary = await importPackage(target, parsed);

    const sourceChanges = await source.changesForInspection(seeded.inspectionId);
    // Compared as JSON: commit stores `offsetMinutes: -0` in a UTC zone, which JSON (and the hash)
    // writes as 0; every other value must be identical.
    expect(asJson(await target.changesForInspection(seeded.inspectionId))).toEqual(asJson(sourceChanges));
    expect(summary).toEqual({
      newChanges: sourceChanges.length,
      skippedChanges: 0,
      records: 1 + seeded.siteIds.length + seeded.findingIds.length + seeded.photoIds.length,
      newBlobs: seeded.blobHashes.length,
      missingBlobs: 0,
    });
    expect(await allStateRows(target)).toEqual(await allStateRows(source));
    for (const hash of seeded.blobHashes) expect(await target.blobBytes(hash)).toEqual(await source.blobBytes(hash));
    expect((await target.db.blobs.get(seeded.blobHashes[0] ?? ''))?.mediaType).toBe('image/jpeg');

    const deleted = await target.get('finding', seeded.deletedFindingId);
    expect(deleted?._meta.deleted?.reason).toBe('Duplicate of GMP-JS-001');
    expect(await target.db.changes.where('pending').equals(1).count()).toBe(sourceChanges.length);
    // The importer's own chain is untouched; the imported changes keep their device and numbers.
    expect(await target.db.meta.get(headKey(session.deviceId))).toBeUndefined();
    expect(verifyDeviceChain(session.deviceId, await target.allChanges()).ok).toBe(true);
  });

  it('changes nothing when the same package is imported twice', async () => {
    const source = await newStore();
    const session = testSession();
    const seeded = await seedInspection(source, session);
    const bytes = await buildPackage(
      source,
      { kind: 'inspections', inspectionIds: [seeded.inspectionId] },
      author,
      session.deviceId,
    );
    const target = await newStore();
    await importPackage(target, await parsePackage(bytes));
    const before = await databaseFingerprint(target.db);

    const again = await importPackage(target, await parsePackage(bytes));

    expect(again).toMatchObject({ newChanges: 0, records: 0, newBlobs: 0 });
    expect(again.skippedChanges).toBeGreaterThan(0);
    expect(await databaseFingerprint(target.db)).toEqual(before);
  });

  it('merges into a database that already has its own work, keeping both devices’ chains', async () => {
    const source = await newStore();
    const session = testSession();
    const seeded = await seedInspection(source, session);
    const target = await newStore();
    await seedInspection(target, colleague, { reference: 'INS-2026-0099' });
    const targetChanges = await target.allChanges();

    const bytes = await buildPackage(
      source,
      { kind: 'inspections', inspectionIds: [seeded.inspectionId] },
      author,
      session.deviceId,
    );
    await importPackage(target, await parsePackage(bytes));

    const all = await target.allChanges();
    expect(all).toHaveLength(targetChanges.length + (await source.allChanges()).length);
    expect(
      verifyDeviceChain(
        colleague.deviceId,
        all.filter((c) => c.device === colleague.deviceId),
      ).ok,
    ).toBe(true);
    // The colleague's device can keep saving after the import: its head was not moved.
    await target.commit(colleague, {
      intents: [
        { op: 'update', entity: 'finding', id: seeded.findingIds[0] ?? '', fields: { evidence: 'Seen on site' } },
      ],
    });
    expect((await target.get('finding', seeded.findingIds[0] ?? ''))?.evidence).toBe('Seen on site');
  });

  it('puts nothing of another inspection into a one-inspection package', async () => {
    const source = await newStore();
    const session = testSession();
    const wanted = await seedInspection(source, session, { reference: 'INS-WANTED' });
    const other = await seedInspection(source, session, { reference: 'INS-OTHER', photos: 1 });

    const bytes = await buildPackage(
      source,
      { kind: 'inspections', inspectionIds: [wanted.inspectionId] },
      author,
      session.deviceId,
    );

    const files = unzipPackage(bytes);
    const everything = [...files.values()].map((file) => new TextDecoder('latin1').decode(file)).join('\n');
    for (const id of [
      other.inspectionId,
      ...other.siteIds,
      ...other.findingIds,
      ...other.photoIds,
      ...other.blobHashes,
    ])
      expect(everything).not.toContain(id);
    expect(everything).not.toContain('INS-OTHER');
    const parsed = await parsePackage(bytes);
    expect(parsed.changes.every((change) => change.inspectionId === wanted.inspectionId)).toBe(true);
    expect([...parsed.blobs.keys()].sort()).toEqual([...wanted.blobHashes].sort());
  });

  it('exports everything, including the device profile, and lists every entry in the manifest', async () => {
    const source = await newStore();
    const session = testSession();
    await source.commit(session, {
      intents: [
        {
          op: 'create',
          entity: 'user',
          fields: { id: session.actor.userId, name: 'Jo Smith', initials: 'JS', email: '', agencyRole: 'inspector' },
        },
      ],
    });
    await seedInspection(source, session);
    await source.commit(session, { intents: [{ op: 'create', entity: 'inspection', fields: anInspection() }] });

    const built = await buildPackageWithReport(source, { kind: 'everything' }, author, session.deviceId, {
      now: new Date('2026-11-25T09:30:00Z'),
    });

    const files = unzipPackage(built.bytes);
    const manifest = PackageManifestSchema.parse(JSON.parse(new TextDecoder().decode(files.get('manifest.json'))));
    expect(manifest.createdAt).toBe('2026-11-25T09:30:00.000Z');
    expect(manifest.entries.map((entry) => entry.path).sort()).toEqual(
      [...files.keys()].filter((n) => n !== 'manifest.json').sort(),
    );
    expect(manifest.counts.changes).toBe((await source.allChanges()).length);
    const parsed = await parsePackage(built.bytes);
    expect(parsed.records.has(`user/${session.actor.userId}`)).toBe(true);
    const target = await newStore();
    await importPackage(target, parsed);
    expect(await allStateRows(target)).toEqual(await allStateRows(source));
  });

  it('sends a package without a photo file this device has lost, and the receiver is told', async () => {
    const source = await newStore();
    const session = testSession();
    const seeded = await seedInspection(source, session, { photos: 1 });
    const lost = seeded.blobHashes[1] ?? '';
    await source.db.blobs.delete(lost);

    const built = await buildPackageWithReport(
      source,
      { kind: 'inspections', inspectionIds: [seeded.inspectionId] },
      author,
      session.deviceId,
    );
    expect(built.missingBlobs).toEqual([lost]);
    const parsed = await parsePackage(built.bytes);
    expect(parsed.missingBlobs).toEqual([{ photoId: seeded.photoIds[0], field: 'thumbnailSha256', sha256: lost }]);
    expect((await importPackage(await newStore(), parsed)).missingBlobs).toBe(1);
  });

  it('stores JSON that deflate would squeeze past the zip-bomb ratio, so an honest package still imports', async () => {
    const source = await newStore();
    const session = testSession();
    const seeded = await seedInspection(source, session, { photos: 0 });
    await source.commit(session, {
      intents: [
        {
          op: 'update',
          entity: 'finding',
          id: seeded.findingIds[0] ?? '',
          fields: { evidence: 'x'.repeat(1_500_000) },
        },
      ],
    });
    const bytes = await buildPackage(
      source,
      { kind: 'inspections', inspectionIds: [seeded.inspectionId] },
      author,
      session.deviceId,
    );
    const parsed = await parsePackage(bytes);
    expect(parsed.records.get(`finding/${seeded.findingIds[0] ?? ''}`)?.['evidence']).toHaveLength(1_500_000);
  });

  it('refuses to export an inspection this device does not have, or a package too large to read back', async () => {
    const source = await newStore();
    const session = testSession();
    const seeded = await seedInspection(source, session, { photos: 1 });
    const absent = '0193a1b2-0000-7000-8000-0000000000aa';
    await expect(
      buildPackage(source, { kind: 'inspections', inspectionIds: [absent] }, author, session.deviceId),
    ).rejects.toThrow(new PackageExportError(`Inspection ${absent} is not on this device.`));
    const scope = { kind: 'inspections' as const, inspectionIds: [seeded.inspectionId] };
    await expect(buildPackage(source, scope, author, session.deviceId, { maxPackageBytes: 10_000 })).rejects.toThrow(
      /^This package would be [\d.]+ KiB, more than the 9\.8 KiB a package file can be\. Export fewer inspections at a time\.$/,
    );
    await expect(
      buildPackage(source, scope, author, session.deviceId, { caps: { maxEntryBytes: 20_000 } }),
    ).rejects.toThrow(/^blobs\/[0-9a-f]{64} would be 39\.1 KiB, more than the 19\.5 KiB a package entry can be\./);
  });

  it('names package files by what they hold and when', () => {
    const date = new Date('2026-11-25T09:05:00Z');
    expect(packageFileName({ kind: 'everything' }, date)).toBe('inspection-workbench-everything-2026-11-25-0905Z.zip');
    expect(
      packageFileName({ kind: 'inspections', inspectionIds: ['0193a1b2-0000-7000-8000-00009c4f2e1a'] }, date),
    ).toBe('inspection-9c4f2e1a-2026-11-25-0905Z.zip');
    expect(
      packageFileName(
        {
          kind: 'inspections',
          inspectionIds: ['0193a1b2-0000-7000-8000-00009c4f2e1a', '0193a1b2-0000-7000-8000-00009c4f2e1b'],
        },
        date,
      ),
    ).toBe('inspections-2-2026-11-25-0905Z.zip');
  });
});
