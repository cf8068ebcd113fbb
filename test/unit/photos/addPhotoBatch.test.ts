import { v7 as uuidv7 } from 'uuid';
import { describe, expect, it, vi } from 'vitest';
import { DataStore } from '../../../renderer/src/db/DataStore';
import { sha256Hex } from '../../../renderer/src/db/digest';
import { bytesOf } from '../../../renderer/src/db/hashedBlob';
import { plainCodec } from '../../../renderer/src/db/storageCodec';
import { StorageFullError } from '../../../renderer/src/db/storageErrors';
import { addPhotoBatch, type BatchProgress } from '../../../renderer/src/photos/addPhotoBatch';
import { linkPhotosIntent } from '../../../renderer/src/photos/photoLinks';
import { preparePhotoCopies } from '../../../renderer/src/photos/photoCopies';
import type { PhotoRenderer } from '../../../renderer/src/photos/photoRenderer';
import {
  preparePhoto,
  type PhotoFileInput,
  type PreparedPhoto,
  type PrepareOptions,
} from '../../../renderer/src/photos/preparePhoto';
import { readVerifiedBlob } from '../../../renderer/src/photos/readVerifiedBlob';
import { aFinding, anInspection } from '../../support/domainFactories';
import { anOversizeFile, aJpeg, aPng, AWKWARD_NAMES, hostilePhotoFiles } from '../../support/photoFixtures';
import { sharpPhotoRenderer } from '../../support/sharpPhotoRenderer';
import { openTestDatabase, testSession } from '../../support/testDatabase';

const fileInput = (name: string, bytes: Uint8Array): PhotoFileInput => ({
  name,
  size: bytes.byteLength,
  read: async () => bytes,
});

function options(inspectionId: string, overrides: Partial<PrepareOptions> = {}): PrepareOptions {
  return {
    inspectionId,
    siteId: null,
    source: 'file',
    keepLocation: false,
    renderer: sharpPhotoRenderer,
    newId: () => uuidv7(),
    now: () => new Date('2026-11-25T10:00:00.000Z'),
    ...overrides,
  };
}

async function storeWithInspection() {
  const store = new DataStore(await openTestDatabase(), plainCodec);
  const session = testSession();
  const inspection = anInspection();
  const finding = aFinding(inspection.id);
  await store.commit(session, {
    intents: [
      { op: 'create', entity: 'inspection', fields: inspection },
      { op: 'create', entity: 'finding', fields: finding },
    ],
  });
  return { store, session, inspection, finding };
}

describe('preparePhoto', { timeout: 30_000 }, () => {
  it('hashes the untouched original and makes JPEG thumbnail and display copies', async () => {
    const bytes = await aJpeg(2000, 1500, { make: 'Acme', model: 'Field 7', takenAt: '2026:11:25 10:15:00' });
    const result = await preparePhoto(fileInput('IMG_0042.jpg', bytes), options(uuidv7()));
    if (!result.ok) throw new Error(result.reason);
    const { photo, blobs } = result.prepared;
    expect(photo.sha256).toBe(await sha256Hex(bytes));
    expect(bytesOf(blobs[0]!)).toEqual(bytes);
    expect(photo).toMatchObject({
      mediaType: 'image/jpeg',
      byteSize: bytes.byteLength,
      width: 2000,
      height: 1500,
      fileName: 'IMG_0042.jpg',
      source: 'file',
      capturedAt: '2026-11-25T10:00:00.000Z',
      derivedFrom: null,
      exif: { takenAt: '2026-11-25 10:15:00', camera: 'Acme Field 7' },
    });
    expect(blobs.map((b) => b.sha256)).toEqual([photo.sha256, photo.thumbnailSha256, photo.displaySha256]);
    for (const blob of blobs) expect(await sha256Hex(bytesOf(blob))).toBe(blob.sha256);
  });

  it('keeps the GPS position only when the inspector asks for it', async () => {
    const bytes = await aJpeg(64, 64, { make: 'Acme', latitude: 53.8, longitude: -1.55 });
    const without = await preparePhoto(fileInput('a.jpg', bytes), options(uuidv7()));
    const withLocation = await preparePhoto(fileInput('a.jpg', bytes), options(uuidv7(), { keepLocation: true }));
    expect(without.ok && without.prepared.photo.exif).toEqual({ camera: 'Acme', orientation: 1 });
    expect(withLocation.ok && withLocation.prepared.photo.exif).toMatchObject({ camera: 'Acme', latitude: 53.8 });
    expect(withLocation.ok && withLocation.prepared.photo.exif.longitude).toBeCloseTo(-1.55, 4);
  });

  it('refuses an oversize file by its size, without reading it', async () => {
    const bytes = anOversizeFile(300);
    const read = vi.fn(async () => bytes);
    const result = await preparePhoto({ name: 'huge.jpg', size: bytes.byteLength, read }, options(uuidv7()));
    expect(result).toEqual({ ok: false, reason: '300 MB is over the 64 MB limit for one photo.' });
    expect(read).not.toHaveBeenCalled();
  });

  it('refuses a photo already in the inspection', async () => {
    const bytes = await aPng(40, 40);
    const result = await preparePhoto(
      fileInput('again.png', bytes),
      options(uuidv7(), { findDuplicate: async () => 'first.png' }),
    );
    expect(result).toEqual({
      ok: false,
      reason: 'It is the same photo as “first.png”, which is already in this inspection.',
    });
  });
});

describe('addPhotoBatch', { timeout: 30_000 }, () => {
  it('keeps the good photos of a hostile batch and gives every bad file its own reason', async () => {
    const { store, session, inspection, finding } = await storeWithInspection();
    const good = [
      fileInput(AWKWARD_NAMES.traversal, await aJpeg(800, 600)),
      fileInput(AWKWARD_NAMES.long, await aPng(300, 200)),
    ];
    const hostile = (await hostilePhotoFiles()).map((file) => fileInput(file.name, file.bytes));
    const oversize = anOversizeFile(300);
    const inputs: PhotoFileInput[] = [
      good[0]!,
      ...hostile,
      { name: 'huge.jpg', size: oversize.byteLength, read: async () => oversize },
      { name: 'locked.jpg', refused: 'The file could not be read (permission denied).' },
      good[1]!,
    ];
    const progress: BatchProgress[] = [];
    const outcomes = await addPhotoBatch(
      inputs,
      {
        prepare: (input) => preparePhoto(input, options(inspection.id)),
        save: async ({ photo, blobs }) => {
          const current = await store.get('finding', finding.id);
          const link = current && linkPhotosIntent(current, [photo.id]);
          await store.commit(session, {
            intents: [{ op: 'create', entity: 'photo', fields: photo }, ...(link ? [link] : [])],
            blobs,
          });
        },
      },
      (update) => progress.push(update),
    );

    expect(outcomes.map((o) => (o.added ? `${o.name}: added` : `${o.name}: ${o.reason}`))).toEqual([
      '../../x.jpg: added',
      'bomb.png: It declares 50000 x 50000 pixels (2500 MP); the limit is 50 MP.',
      expect.stringMatching(/^label\.jpg: It looks like an SVG drawing/),
      expect.stringMatching(/^page\.png: It looks like a web page \(HTML/),
      expect.stringMatching(/^truncated\.jpg: The JPEG file is cut short/),
      'empty.jpg: The file is empty (0 bytes).',
      expect.stringMatching(/^scan\.tiff: It looks like a TIFF image/),
      expect.stringMatching(/^agpj\.exe: It is not a JPEG, PNG or WebP image/),
      'huge.jpg: 300 MB is over the 64 MB limit for one photo.',
      'locked.jpg: The file could not be read (permission denied).',
      expect.stringMatching(/^a{100}.*…a+\.jpg: added$/),
    ]);
    expect(progress.at(-1)).toMatchObject({ total: 11, current: null });
    expect(progress.map((p) => p.outcomes.length)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);

    const photos = await store.list('photo', { inspectionId: inspection.id });
    expect(photos).toHaveLength(2);
    expect((await store.get('finding', finding.id))?.photoIds).toEqual(
      outcomes.flatMap((o) => (o.added ? [o.photoId] : [])),
    );
    for (const photo of photos) {
      for (const sha of [photo.sha256, photo.thumbnailSha256, photo.displaySha256]) {
        expect((await readVerifiedBlob(store, sha!)).state).toBe('intact');
      }
    }
  });

  it('writes each photo with its blobs in one commit: a failed commit leaves no record and no blob', async () => {
    const { store, session, inspection } = await storeWithInspection();
    const bytes = await aJpeg(320, 240);
    const outcomes = await addPhotoBatch([fileInput('a.jpg', bytes)], {
      prepare: (input) => preparePhoto(input, options(inspection.id)),
      save: async ({ photo, blobs }) => {
        await store.commit(
          session,
          { intents: [{ op: 'create', entity: 'photo', fields: photo }], blobs },
          {
            beforeHeadUpdate: () => {
              throw new Error('power cut');
            },
          },
        );
      },
    });
    expect(outcomes).toEqual([{ name: 'a.jpg', added: false, reason: 'The photo could not be saved (power cut).' }]);
    expect(await store.list('photo', { inspectionId: inspection.id })).toEqual([]);
    expect(await store.hasBlob(await sha256Hex(bytes))).toBe(false);
  });

  it('stores the original first, then records the copies as an update; a photo whose copies fail is kept', async () => {
    const { store, session, inspection } = await storeWithInspection();
    const bytes = await aJpeg(640, 480);
    const { renderer: _copiesLater, ...withoutCopies } = options(inspection.id);
    const seenAtSave: (string | null)[] = [];
    const steps = (renderer: PhotoRenderer) => ({
      prepare: (input: PhotoFileInput) => preparePhoto(input, withoutCopies),
      save: async ({ photo, blobs }: PreparedPhoto) => {
        seenAtSave.push(photo.thumbnailSha256);
        expect(blobs.map((blob) => blob.sha256)).toEqual([photo.sha256]);
        expect(photo).toMatchObject({ height: 480, displaySha256: null });
        await store.commit(session, { intents: [{ op: 'create', entity: 'photo', fields: photo }], blobs });
      },
      finish: async ({ photo }: PreparedPhoto) => {
        const copies = await preparePhotoCopies(bytes, photo.mediaType, renderer);
        if (!copies.ok) return `It was kept, but no preview could be made: ${copies.reason}`;
        await store.commit(session, {
          intents: [{ op: 'update', entity: 'photo', id: photo.id, fields: copies.fields }],
          blobs: copies.blobs,
        });
        return null;
      },
    });
    const [added] = await addPhotoBatch([fileInput('a.jpg', bytes)], steps(sharpPhotoRenderer));
    expect(seenAtSave).toEqual([null]);
    const stored = added?.added ? await store.get('photo', added.photoId) : undefined;
    expect(stored?.thumbnailSha256).toMatch(/^[0-9a-f]{64}$/);
    expect(await store.hasBlob(stored?.displaySha256 ?? '')).toBe(true);

    const broken: PhotoRenderer = {
      ...sharpPhotoRenderer,
      makeCopies: async () => ({ ok: false, reason: 'The picture data could not be decoded.' }),
    };
    const [kept] = await addPhotoBatch([fileInput('b.jpg', await aJpeg(641, 480))], steps(broken));
    expect(kept).toMatchObject({
      added: true,
      note: /no preview could be made: The picture data could not be decoded/,
    });
    const keptPhoto = kept?.added ? await store.get('photo', kept.photoId) : undefined;
    expect(keptPhoto?.thumbnailSha256).toBeNull();
    expect(await store.hasBlob(keptPhoto?.sha256 ?? '')).toBe(true);
  });

  it('stops at a full disk and says so for every file it did not try', async () => {
    const save = vi.fn(async () => {
      throw new StorageFullError();
    });
    const outcomes = await addPhotoBatch(
      [fileInput('1.png', await aPng(20, 20)), fileInput('2.png', await aPng(21, 20))],
      { prepare: (input) => preparePhoto(input, options(uuidv7())), save },
    );
    expect(save).toHaveBeenCalledTimes(1);
    expect(outcomes[0]).toMatchObject({ added: false, reason: /run out of storage space/ });
    expect(outcomes[1]).toMatchObject({ added: false, reason: /^Not tried: This device has run out of storage space/ });
  });
});

describe('readVerifiedBlob', () => {
  it('flags stored bytes that no longer match their hash, and missing bytes', async () => {
    const { store } = await storeWithInspection();
    const bytes = await aPng(10, 10);
    const sha256 = await sha256Hex(bytes);
    expect(await readVerifiedBlob(store, sha256)).toEqual({ state: 'missing' });
    const altered = new Uint8Array(bytes);
    const at = altered.length - 20;
    altered[at] = (altered[at] ?? 0) ^ 0xff;
    await store.db.blobs.put(plainCodec.encodeBlob(sha256, 'image/png', altered));
    expect(await readVerifiedBlob(store, sha256)).toEqual({ state: 'altered' });
  });
});
