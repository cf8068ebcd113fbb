/**
 * A realistic inspection written through `commit`, for package tests: sites, findings (one edited,
 * one deleted with a reason), photos with their bytes, thumbnails and display copies. Also a
 * fingerprint of a whole database, to prove a refused import changed nothing.
 */
import { v7 as uuidv7 } from 'uuid';
import type { Photo } from '../../shared/domain/photo';
import type { CommitSession } from '../../renderer/src/db/commit';
import { sha256Hex } from '../../renderer/src/db/digest';
import type { DataStore } from '../../renderer/src/db/DataStore';
import type { WorkbenchDatabase } from '../../renderer/src/db/WorkbenchDatabase';
import { aFinding, anInspection, aSite } from './domainFactories';

export interface SeededInspection {
  inspectionId: string;
  siteIds: string[];
  findingIds: string[];
  deletedFindingId: string;
  photoIds: string[];
  blobHashes: string[];
}

/** Bytes that look like a JPEG (for media-type sniffing) and do not compress (like a real photo). */
export function fakeJpeg(size: number): Uint8Array {
  const bytes = new Uint8Array(size);
  for (let offset = 0; offset < size; offset += 65536) crypto.getRandomValues(bytes.subarray(offset, offset + 65536));
  bytes.set([0xff, 0xd8, 0xff, 0xe0]);
  return bytes;
}

export async function seedInspection(
  store: DataStore,
  session: CommitSession,
  options: { reference?: string; photos?: number } = {},
): Promise<SeededInspection> {
  const inspection = anInspection({ reference: options.reference ?? 'INS-2026-0042' });
  const sites = [aSite(inspection.id), aSite(inspection.id, { identifier: 'POC-002', name: 'Riverside Unit' })];
  const findings = [
    aFinding(inspection.id, { reference: 'GMP-JS-001' }),
    aFinding(inspection.id, { reference: 'GMP-JS-002', title: 'Duplicate entry', classification: 'other' }),
  ];
  await store.commit(session, {
    intents: [
      { op: 'create', entity: 'inspection', fields: inspection },
      ...sites.map((fields) => ({ op: 'create' as const, entity: 'site' as const, fields })),
      ...findings.map((fields) => ({ op: 'create' as const, entity: 'finding' as const, fields })),
    ],
  });

  const photoIds: string[] = [];
  const blobHashes: string[] = [];
  for (let index = 0; index < (options.photos ?? 2); index += 1) {
    const original = fakeJpeg(40_000 + index);
    const thumbnail = fakeJpeg(2_000 + index);
    const display = fakeJpeg(10_000 + index);
    const [sha256, thumbnailSha256, displaySha256] = await Promise.all([original, thumbnail, display].map(sha256Hex));
    if (!sha256 || !thumbnailSha256 || !displaySha256) throw new Error('hashing failed');
    const photo: Photo = {
      id: uuidv7(),
      inspectionId: inspection.id,
      sha256,
      mediaType: 'image/jpeg',
      byteSize: original.length,
      width: 4000,
      height: 3000,
      fileName: `IMG_${1000 + index}.jpg`,
      source: 'camera',
      capturedAt: '2026-11-25T10:15:00.000Z',
      caption: `Cleanroom door ${index + 1}`,
      siteId: sites[0]?.id ?? null,
      exif: { orientation: 1 },
      thumbnailSha256,
      displaySha256,
      derivedFrom: null,
    };
    await store.commit(session, {
      intents: [{ op: 'create', entity: 'photo', fields: photo }],
      blobs: [
        { sha256, mediaType: 'image/jpeg', bytes: original },
        { sha256: thumbnailSha256, mediaType: 'image/jpeg', bytes: thumbnail },
        { sha256: displaySha256, mediaType: 'image/jpeg', bytes: display },
      ],
    });
    photoIds.push(photo.id);
    blobHashes.push(sha256, thumbnailSha256, displaySha256);
  }

  const [kept, duplicate] = findings;
  if (!kept || !duplicate) throw new Error('fixture findings missing');
  await store.commit(session, {
    intents: [
      {
        op: 'update',
        entity: 'finding',
        id: kept.id,
        fields: { photoIds, statement: `${kept.statement} (photos attached)` },
      },
    ],
  });
  await store.commit(session, {
    intents: [{ op: 'delete', entity: 'finding', id: duplicate.id }],
    reason: 'Duplicate of GMP-JS-001',
  });
  return {
    inspectionId: inspection.id,
    siteIds: sites.map((site) => site.id),
    findingIds: findings.map((finding) => finding.id),
    deletedFindingId: duplicate.id,
    photoIds,
    blobHashes,
  };
}

/** Row counts per table and one hash over every row (blob bodies by the hash of their bytes). */
export async function databaseFingerprint(
  db: WorkbenchDatabase,
): Promise<{ counts: Record<string, number>; hash: string }> {
  const counts: Record<string, number> = {};
  const tables: Record<string, unknown[]> = {};
  for (const table of db.tables) {
    const rows = (await table.toArray()) as Record<string, unknown>[];
    counts[table.name] = rows.length;
    tables[table.name] = await Promise.all(
      rows.map(async (row) =>
        row['body'] instanceof Blob
          ? { ...row, body: await sha256Hex(new Uint8Array(await row['body'].arrayBuffer())) }
          : row,
      ),
    );
  }
  return { counts, hash: await sha256Hex(new TextEncoder().encode(stableText(tables))) };
}

/** Like canonical JSON (sorted keys), but also for what IndexedDB can hold and JSON cannot: cycles, -0. */
function stableText(value: unknown, path: readonly unknown[] = []): string {
  if (typeof value !== 'object' || value === null) return Object.is(value, -0) ? '-0' : String(JSON.stringify(value));
  if (path.includes(value)) return '"[cycle]"';
  const inner = [...path, value];
  if (Array.isArray(value)) return `[${value.map((item) => stableText(item, inner)).join(',')}]`;
  const keys = Object.keys(value).sort();
  return `{${keys.map((key) => `${JSON.stringify(key)}:${stableText((value as Record<string, unknown>)[key], inner)}`).join(',')}}`;
}
