/**
 * Hostile and damaged packages (SECURITY.md F5, fault-injection case 10): each one is refused with a
 * message naming the entry and the rule, before anything is written, and the database it was
 * imported into is exactly as it was (row counts and a hash over every row).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Change } from '../../../shared/changes/change';
import { hashChange } from '../../../shared/changes/hashChain';
import { replayChanges } from '../../../shared/changes/reducer';
import { headKey } from '../../../renderer/src/db/commit';
import { DataStore } from '../../../renderer/src/db/DataStore';
import { plainCodec } from '../../../renderer/src/db/storageCodec';
import { importPackage } from '../../../renderer/src/packages/importPackage';
import { PackageRejectedError } from '../../../renderer/src/packages/packageErrors';
import { parsePackage, type ParsePackageOptions } from '../../../renderer/src/packages/readPackage';
import { buildPackage } from '../../../renderer/src/packages/writePackage';
import { databaseFingerprint, seedInspection, type SeededInspection } from '../../support/inspectionFixture';
import { openTestDatabase, testSession } from '../../support/testDatabase';
import { deflatedZeros, jsonBytes, repackPackage, unzipPackage } from '../../support/zipCrafting';
import type { CraftedEntry } from '../../support/zipCrafting';

const MiB = 1024 * 1024;
const author = { userId: '0193a1b2-0000-7000-8000-000000000001', name: 'Jo Smith' };
const session = testSession();
const decoder = new TextDecoder();

let seeded: SeededInspection;
let valid: Uint8Array;
let target: DataStore;

beforeAll(async () => {
  const source = new DataStore(await openTestDatabase(), plainCodec);
  seeded = await seedInspection(source, session);
  valid = await buildPackage(
    source,
    { kind: 'inspections', inspectionIds: [seeded.inspectionId] },
    author,
    session.deviceId,
  );
  // The database being imported into has work of its own, from another device.
  target = new DataStore(await openTestDatabase(), plainCodec);
  await seedInspection(target, testSession({ deviceId: '0193a1b2-0000-7000-8000-00000000d002' }), {
    reference: 'INS-LOCAL',
    photos: 1,
  });
});

/** Parses and imports; asserts the refusal, its message, and that the target did not change. */
async function expectRejected(bytes: Uint8Array, message: string | RegExp, options: ParsePackageOptions = {}) {
  const before = await databaseFingerprint(target.db);
  const attempt = parsePackage(bytes, options).then((parsed) => importPackage(target, parsed));
  await expect(attempt).rejects.toBeInstanceOf(PackageRejectedError);
  await expect(attempt).rejects.toThrow(message);
  await expect(attempt).rejects.toThrow(/Nothing was imported\.$/);
  expect(await databaseFingerprint(target.db)).toEqual(before);
}

const withExtra = (name: string, data: Uint8Array, more: Partial<CraftedEntry> = {}) =>
  repackPackage(valid, () => undefined, { extra: [{ name, data, ...more }] });

function readChanges(files: Map<string, Uint8Array>): Change[] {
  return JSON.parse(decoder.decode(files.get('changes.json'))) as Change[];
}

/** Rewrites changes.json as a careful forger would: re-signed changes, a matching state.json and manifest. */
function forgeChanges(edit: (changes: Change[]) => void): Uint8Array {
  return repackPackage(
    valid,
    (files) => {
      const changes = readChanges(files);
      edit(changes);
      for (const change of changes) {
        const { hash: _old, ...unsigned } = change;
        change.hash = hashChange(unsigned);
      }
      const state: Record<string, unknown[]> = {};
      for (const record of replayChanges(changes).values()) (state[record._meta.entity] ??= []).push(record);
      files.set('changes.json', jsonBytes(changes));
      files.set('state.json', jsonBytes(state));
      const manifest = JSON.parse(decoder.decode(files.get('manifest.json'))) as { counts: { changes: number } };
      manifest.counts.changes = changes.length;
      files.set('manifest.json', jsonBytes(manifest));
    },
    { updateManifest: true },
  );
}

function lastChange(changes: Change[]): Change {
  const last = changes[changes.length - 1];
  if (!last) throw new Error('no changes');
  return last;
}

describe('importing a hostile package', () => {
  it('accepts the untampered package (the baseline for every case below)', async () => {
    const parsed = await parsePackage(valid);
    expect(parsed.changes.length).toBeGreaterThan(0);
  });

  describe('zip slip and odd entries', () => {
    it('refuses a path outside its folder', () =>
      expectRejected(
        withExtra('../../evil', jsonBytes('x')),
        'The package contains a path outside its folder: ../../evil. Nothing was imported.',
      ));

    it('refuses an absolute path', () =>
      expectRejected(withExtra('/etc/x', jsonBytes('x')), 'The package contains an absolute path: /etc/x.'));

    it('refuses a Windows drive path', () =>
      expectRejected(
        withExtra('C:/Windows/x', jsonBytes('x')),
        'The package contains an absolute path: C:/Windows/x.',
      ));

    it('refuses a backslash', () =>
      expectRejected(
        withExtra('blobs\\..\\..\\evil', jsonBytes('x')),
        'The package contains a path with a backslash: blobs\\..\\..\\evil.',
      ));

    it('refuses a symbolic link, even with an allowed name', () =>
      expectRejected(
        withExtra(`blobs/${'a'.repeat(64)}`, new TextEncoder().encode('/etc/passwd'), {
          method: 0,
          externalAttributes: (0o120777 << 16) >>> 0,
        }),
        `The package contains a symbolic link: blobs/${'a'.repeat(64)}.`,
      ));

    it('refuses a folder entry', () =>
      expectRejected(
        withExtra('blobs/', new Uint8Array(0), { method: 0, externalAttributes: ((0o040755 << 16) | 0x10) >>> 0 }),
        'The package contains a folder entry: blobs/. Inspection packages contain only files.',
      ));

    it('refuses a name that is not part of the format, showing hidden characters', () =>
      expectRejected(
        withExtra('notes\u202Etxt.exe', jsonBytes('x')),
        'The package contains an entry that does not belong in an inspection package: notes\\u202etxt.exe.',
      ));

    it('refuses an entry listed twice', () =>
      expectRejected(
        repackPackage(valid, () => undefined, { extra: [{ name: 'state.json', data: jsonBytes({}) }] }),
        'The package contains the entry state.json more than once.',
      ));
  });

  describe('zip bombs', () => {
    const bomb = deflatedZeros(600);

    it('refuses an entry declaring 600 MiB, over the per-entry cap', () =>
      expectRejected(
        withExtra(`blobs/${'b'.repeat(64)}`, new Uint8Array(0), {
          rawData: bomb,
          uncompressedSize: 600 * MiB,
          crc32: 0,
        }),
        `The package entry blobs/${'b'.repeat(64)} declares 600 MiB, over the limit of 512 MiB per entry.`,
      ));

    it('stops a bomb that lies about its size at the first bytes past what it declared', () =>
      expectRejected(
        withExtra(`blobs/${'c'.repeat(64)}`, new Uint8Array(0), { rawData: bomb, uncompressedSize: 40_000, crc32: 0 }),
        `The package entry blobs/${'c'.repeat(64)} expands to more bytes than it declares (39.1 KiB), a sign of a crafted file.`,
      ));

    it('counts the inflated bytes against the per-entry cap, whatever the entry declares', () =>
      expectRejected(
        withExtra(`blobs/${'d'.repeat(64)}`, new Uint8Array(0), {
          rawData: bomb,
          uncompressedSize: 8 * MiB - 1,
          crc32: 0,
        }),
        `The package entry blobs/${'d'.repeat(64)} expands to more than 8 MiB, the limit per entry, as zip bombs do.`,
        { caps: { maxEntryBytes: 8 * MiB } },
      ));

    it('counts the inflated bytes of all entries against the total cap', () =>
      expectRejected(
        withExtra(`blobs/${'e'.repeat(64)}`, new Uint8Array(0), {
          rawData: bomb,
          uncompressedSize: 4 * MiB,
          crc32: 0,
        }),
        /The package expands to more than 10 MiB in total \(reached in blobs\/e{64}\), as zip bombs do\./,
        { caps: { maxTotalBytes: 10 * MiB } },
      ));

    it('stops an entry that inflates more than 200 times its compressed size', () =>
      expectRejected(
        withExtra(`blobs/${'f'.repeat(64)}`, new Uint8Array(0), {
          rawData: deflatedZeros(64),
          uncompressedSize: 4 * MiB,
          crc32: 0,
        }),
        `The package entry blobs/${'f'.repeat(64)} expands more than 200 times its compressed size, as zip bombs do.`,
      ));
  });

  describe('tampering', () => {
    it('refuses a photo file with a byte flipped', () =>
      expectRejected(
        repackPackage(valid, (files) => {
          const path = `blobs/${seeded.blobHashes[0] ?? ''}`;
          const bytes = files.get(path)?.slice() ?? new Uint8Array(0);
          bytes[1000] = (bytes[1000] ?? 0) ^ 0xff;
          files.set(path, bytes);
        }),
        `The package entry blobs/${seeded.blobHashes[0] ?? ''} does not match the SHA-256 in its manifest: it was changed after the package was made.`,
      ));

    it('refuses a photo file whose bytes and manifest were both changed, as its name is its hash', () =>
      expectRejected(
        repackPackage(
          valid,
          (files) => {
            const path = `blobs/${seeded.blobHashes[0] ?? ''}`;
            const bytes = files.get(path)?.slice() ?? new Uint8Array(0);
            bytes[1000] = (bytes[1000] ?? 0) ^ 0xff;
            files.set(path, bytes);
          },
          { updateManifest: true },
        ),
        `The package’s photo file blobs/${seeded.blobHashes[0] ?? ''} does not match its name: its bytes have a different SHA-256.`,
      ));

    it('refuses a change edited without re-signing it', () =>
      expectRejected(
        repackPackage(
          valid,
          (files) => {
            const changes = readChanges(files);
            const change = changes.find((c) => c.entity === 'finding' && c.op === 'create');
            if (!change) throw new Error('no finding');
            change.fields['classification'] = 'other';
            files.set('changes.json', jsonBytes(changes));
          },
          { updateManifest: true },
        ),
        /^Change \d+ from device 0193a1b2-0000-7000-8000-00000000d001 in the package was altered after it was recorded \(its hash does not match its content\)\./,
      ));

    it('refuses a re-signed change that breaks the hash chain', () =>
      expectRejected(
        forgeChanges((changes) => {
          const change = changes.find((c) => c.entity === 'finding' && c.op === 'create');
          if (!change) throw new Error('no finding');
          change.fields['classification'] = 'other';
        }),
        /^Change \d+ from device 0193a1b2-0000-7000-8000-00000000d001 in the package does not follow the change before it \(the hash chain is broken\)\./,
      ));

    it('refuses a state that does not match its change log', () =>
      expectRejected(
        repackPackage(
          valid,
          (files) => {
            const state = JSON.parse(decoder.decode(files.get('state.json'))) as Record<
              string,
              Record<string, unknown>[]
            >;
            const finding = state['finding']?.[0];
            if (!finding) throw new Error('no finding');
            finding['classification'] = 'critical';
            files.set('state.json', jsonBytes(state));
          },
          { updateManifest: true },
        ),
        /^The package’s state does not match its change log \(Finding [0-9a-f-]{36}\)\./,
      ));

    it('refuses a re-signed change that makes a record invalid for its type', () =>
      expectRejected(
        forgeChanges((changes) => {
          const last = lastChange(changes);
          last.fields['classification'] = 'catastrophic';
          last.op = 'update';
          last.entity = 'finding';
          last.entityId = seeded.findingIds[0] ?? '';
        }),
        `The package’s Finding ${seeded.findingIds[0] ?? ''} is not valid: classification`,
      ));

    it('refuses a change to another inspection than the manifest declares', () =>
      expectRejected(
        forgeChanges((changes) => {
          lastChange(changes).inspectionId = '0193a1b2-0000-7000-8000-0000000000ff';
        }),
        /^The package says it holds inspection [0-9a-f-]{36}, but change \d+ from device [0-9a-f-]{36} belongs to inspection 0193a1b2-0000-7000-8000-0000000000ff\./,
      ));
  });

  describe('invalid JSON and manifests', () => {
    const withManifest = (manifest: string) =>
      repackPackage(valid, (files) => files.set('manifest.json', new TextEncoder().encode(manifest)));
    const manifestText = () => decoder.decode(unzipPackage(valid).get('manifest.json'));

    it('refuses a manifest with a __proto__ key', () =>
      expectRejected(
        withManifest(manifestText().replace('{', '{"__proto__": {"isAdmin": true},')),
        'The package’s manifest.json contains the key "__proto__", which inspection packages never use',
      ));

    it('refuses a __proto__ key hidden in a change’s values, even when escaped', () =>
      expectRejected(
        repackPackage(
          valid,
          (files) => {
            const text = decoder.decode(files.get('changes.json'));
            files.set(
              'changes.json',
              new TextEncoder().encode(text.replace('"fields":{', '"fields":{"notes":{"\\u005f_proto__":{"x":1}},')),
            );
          },
          { updateManifest: true },
        ),
        'The package’s changes.json contains the key "__proto__"',
      ));

    it('refuses schema-invalid manifest fields, naming the field', () =>
      expectRejected(
        withManifest(manifestText().replace('"kind": "inspections"', '"kind": "all"')),
        /^The package’s manifest\.json is not valid: scope\.kind: /,
      ));

    it('refuses unknown manifest fields', () =>
      expectRejected(
        withManifest(manifestText().replace('{', '{"postImportScript": "rm -rf /",')),
        /^The package’s manifest\.json is not valid: .*postImportScript/,
      ));

    it('refuses schema-invalid change fields, naming the change and field', () =>
      expectRejected(
        repackPackage(
          valid,
          (files) => {
            const changes = readChanges(files) as unknown as Record<string, unknown>[];
            if (changes[1]) changes[1]['entity'] = 'virus';
            files.set('changes.json', jsonBytes(changes));
          },
          { updateManifest: true },
        ),
        /^The package’s changes\.json is not valid: change 2, entity: /,
      ));

    it('refuses a manifest from a newer version of the app', () =>
      expectRejected(
        withManifest(manifestText().replace(/"schemaVersion": \d+/, '"schemaVersion": 99')),
        'The package was made by a newer version of Inspection Workbench than this one.',
      ));

    it('refuses a package without a manifest', () =>
      expectRejected(
        repackPackage(valid, (files) => files.delete('manifest.json')),
        'The package has no manifest.json, so it is not an inspection package. Nothing was imported.',
      ));

    it('refuses an entry the manifest does not list', () => {
      const stowaway = new Uint8Array([0xff, 0xd8, 0xff, 1, 2, 3]);
      return expectRejected(
        repackPackage(valid, (files) => files.set(`blobs/${'0'.repeat(64)}`, stowaway)),
        `The package contains blobs/${'0'.repeat(64)}, which its manifest does not list.`,
      );
    });

    it('refuses a package missing an entry its manifest lists', () =>
      expectRejected(
        repackPackage(valid, (files) => files.delete(`blobs/${seeded.blobHashes[2] ?? ''}`)),
        `The package’s manifest lists blobs/${seeded.blobHashes[2] ?? ''}, but the package does not contain it.`,
      ));
  });

  describe('damaged files', () => {
    it('refuses a package cut short', () =>
      expectRejected(
        valid.slice(0, valid.length - 100),
        'The package is damaged or incomplete: its end was cut off (its table of contents is missing), perhaps while it was copied.',
      ));

    it('refuses a package cut in half', () =>
      expectRejected(valid.slice(0, valid.length >> 1), /^The package is damaged or incomplete: its end was cut off/));

    it('refuses a file that is not a ZIP', () =>
      expectRejected(
        new TextEncoder().encode('%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n'),
        'This file is not an inspection package: it is not a ZIP file. Nothing was imported.',
      ));

    it('refuses an empty file', () => expectRejected(new Uint8Array(0), 'it is not a ZIP file'));
  });

  describe('merging with the local log', () => {
    it('refuses a package whose device chain has forked from the one held here, writing nothing', async () => {
      // Another database that once used the same device id has its own, different change 1, 2, 3...
      const forked = new DataStore(await openTestDatabase(), plainCodec);
      const forkedSession = testSession({ deviceId: '0193a1b2-0000-7000-8000-00000000d002' });
      const other = await seedInspection(forked, forkedSession, { reference: 'INS-FORK' });
      const bytes = await buildPackage(
        forked,
        { kind: 'inspections', inspectionIds: [other.inspectionId] },
        author,
        forkedSession.deviceId,
      );
      await expectRejected(
        bytes,
        /^The package’s change 1 from device 0193a1b2-0000-7000-8000-00000000d002 conflicts with a different change with the same number on this device: the two change logs have forked\./,
      );
    });

    it('refuses changes of a device that writes here beyond what it has recorded', async () => {
      const restored = new DataStore(await openTestDatabase(), plainCodec);
      await restored.setMeta(headKey(session.deviceId), { seq: 0, hash: '0'.repeat(64), hlc: null });
      const before = await databaseFingerprint(restored.db);
      const attempt = parsePackage(valid).then((parsed) => importPackage(restored, parsed));
      await expect(attempt).rejects.toThrow(
        /^The package’s change 1 from device 0193a1b2-0000-7000-8000-00000000d001 arrived, but that device writes to this database and has only recorded 0 changes here\./,
      );
      expect(await databaseFingerprint(restored.db)).toEqual(before);
    });
  });
});
