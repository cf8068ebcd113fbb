/**
 * Schema upgrades, each from a fixture database written by the version before; a second connection
 * blocking the upgrade gives a clear message; data written by a newer app is refused untouched.
 */
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { v4 as uuidv4, v7 as uuidv7 } from 'uuid';
import { verifyChains } from '../../../shared/changes/hashChain';
import { SHIPPED_TEMPLATES } from '../../../shared/content/checklists/library';
import { contentHash } from '../../../shared/content/checklists/templateVersions';
import { DataStore } from '../../../renderer/src/db/DataStore';
import { SCHEMA_HISTORY_KEY, type SchemaHistoryEntry } from '../../../renderer/src/db/migrations';
import { openDatabase } from '../../../renderer/src/db/openDatabase';
import { CURRENT_SCHEMA_VERSION } from '../../../renderer/src/db/schema';
import { plainCodec } from '../../../renderer/src/db/storageCodec';
import { writeVersion1Fixture, writeVersion2Fixture } from '../../support/fixtureDatabases';
import { testSession } from '../../support/testDatabase';

const noCallbacks = { onBlocked: () => undefined, onVersionChange: () => undefined };

describe('schema migrations', () => {
  it('upgrades a version 1 database to the current version with every record, change and photo intact', async () => {
    const name = `fixture-${uuidv4()}`;
    const fixture = await writeVersion1Fixture(name);
    const outcome = await openDatabase(noCallbacks, name);
    expect(outcome.state).toBe('ready');
    if (outcome.state !== 'ready') return;
    const store = new DataStore(outcome.db, plainCodec);
    expect(outcome.db.verno).toBe(CURRENT_SCHEMA_VERSION);

    const finding = await store.get('finding', fixture.findingId);
    expect(finding?.classification).toBe('critical');
    expect((await store.get('inspection', fixture.inspectionId))?.reference).toBe('INS-2026-0042');
    expect(await store.changesForInspection(fixture.inspectionId)).toEqual(fixture.changes);
    expect(verifyChains(await store.allChanges()).every((r) => r.ok)).toBe(true);
    expect(await store.blobBytes(fixture.photoBlob.sha256)).toEqual(fixture.photoBlob.bytes);
    const history = await store.getMeta<SchemaHistoryEntry[]>(SCHEMA_HISTORY_KEY);
    expect(history?.map((h) => h.version)).toEqual([2, 3, 4]);

    // The v2 tables work, and the device's chain continues from where v1 left it.
    const template = SHIPPED_TEMPLATES[0]!;
    const session = testSession({ deviceId: fixture.changes[0]!.device });
    const [change] = await store.commit(session, {
      intents: [
        {
          op: 'create',
          entity: 'checklistTemplate',
          fields: {
            id: uuidv7(),
            templateId: template.templateId,
            version: template.version,
            contentHash: contentHash(template),
            template: structuredClone(template),
          },
        },
      ],
    });
    expect(change?.seq).toBe(fixture.changes.length + 1);
    expect(verifyChains(await store.allChanges()).every((r) => r.ok)).toBe(true);
    outcome.db.close();
  });

  it('upgrades a version 2 database to version 3: templates and signatures kept, issued reports can be recorded', async () => {
    const name = `fixture-v2-${uuidv4()}`;
    const fixture = await writeVersion2Fixture(name);
    const outcome = await openDatabase(noCallbacks, name);
    expect(outcome.state).toBe('ready');
    if (outcome.state !== 'ready') return;
    const store = new DataStore(outcome.db, plainCodec);
    expect(outcome.db.verno).toBe(CURRENT_SCHEMA_VERSION);
    expect(CURRENT_SCHEMA_VERSION).toBeGreaterThanOrEqual(3);

    expect((await store.get('finding', fixture.findingId))?.classification).toBe('critical');
    expect((await store.get('signature', fixture.signatureId))?.meaning).toBe('author');
    expect(await store.list('checklistTemplate')).toHaveLength(1);
    expect(await store.allChanges()).toHaveLength(fixture.changes.length);
    expect(verifyChains(await store.allChanges()).every((r) => r.ok)).toBe(true);
    expect(await store.blobBytes(fixture.photoBlob.sha256)).toEqual(fixture.photoBlob.bytes);
    const history = await store.getMeta<SchemaHistoryEntry[]>(SCHEMA_HISTORY_KEY);
    expect(history?.map((h) => h.version)).toEqual([3, 4]);

    // The v3 table works: an issued report is recorded with its PDF bytes, continuing the device's chain.
    const pdf = new TextEncoder().encode('%PDF-1.7 fixture');
    const pdfSha256 = Array.from(new Uint8Array(await crypto.subtle.digest('SHA-256', pdf)), (b) =>
      b.toString(16).padStart(2, '0'),
    ).join('');
    const session = testSession({ deviceId: fixture.changes[0]!.device });
    const issueId = uuidv7();
    const [change] = await store.commit(session, {
      intents: [
        {
          op: 'create',
          entity: 'reportIssue',
          fields: {
            id: issueId,
            inspectionId: fixture.inspectionId,
            version: 1,
            issuedAt: '2026-12-01T10:00:00.000Z',
            pdfSha256,
            contentSha256: 'b'.repeat(64),
            byteSize: pdf.byteLength,
          },
        },
      ],
      blobs: [{ sha256: pdfSha256, mediaType: 'application/pdf', bytes: pdf }],
    });
    expect(change?.seq).toBe(fixture.changes.length + 1);
    expect((await store.list('reportIssue', { inspectionId: fixture.inspectionId })).map((i) => i.id)).toEqual([
      issueId,
    ]);
    expect(await store.blobBytes(pdfSha256)).toEqual(pdf);
    expect(verifyChains(await store.allChanges()).every((r) => r.ok)).toBe(true);
    outcome.db.close();
  });

  it('tells the user when another window holds the old version open, then continues when it closes', async () => {
    const name = `blocked-${uuidv4()}`;
    await writeVersion1Fixture(name);
    const old = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open(name, 10);
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error ?? new Error('IndexedDB open failed'));
    });
    // The old window ignores versionchange, as an old build would while it is busy.
    old.onversionchange = null;
    const messages: string[] = [];
    const opening = openDatabase(
      { onBlocked: (error) => messages.push(error.message), onVersionChange: () => undefined },
      name,
    );
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(messages[0]).toMatch(/open in another window/);
    old.close();
    const outcome = await opening;
    expect(outcome.state).toBe('ready');
    if (outcome.state === 'ready') outcome.db.close();
  });

  it('refuses data written by a newer version, with a clear message, and leaves it untouched', async () => {
    const name = `newer-${uuidv4()}`;
    await new Promise<void>((resolve, reject) => {
      const request = indexedDB.open(name, 990);
      request.onupgradeneeded = () => request.result.createObjectStore('future').put({ answer: 42 }, 'kept');
      request.onsuccess = () => {
        request.result.close();
        resolve();
      };
      request.onerror = () => reject(request.error ?? new Error('IndexedDB open failed'));
    });
    const outcome = await openDatabase(noCallbacks, name);
    expect(outcome.state).toBe('newer');
    if (outcome.state === 'newer')
      expect(outcome.error.message).toMatch(
        /newer version of Inspection Workbench \(data version 99; this version understands up to \d+\)/,
      );
    const kept = await new Promise<unknown>((resolve, reject) => {
      const request = indexedDB.open(name);
      request.onsuccess = () => {
        const db = request.result;
        expect(db.version).toBe(990);
        const get = db.transaction('future').objectStore('future').get('kept');
        get.onsuccess = () => {
          db.close();
          resolve(get.result);
        };
      };
      request.onerror = () => reject(request.error ?? new Error('IndexedDB open failed'));
    });
    expect(kept).toEqual({ answer: 42 });
  });
});
