/**
 * The data every system in the sync benchmark moves: one inspection's worth of work as an inspector's
 * laptop records it (sites, findings, edits to findings, photo records) plus the photos' bytes. The
 * plan is fixed, so each run's author commits the same intents; the ids are made once, so every run
 * and every system moves the same records. Photos are random bytes behind a JPEG header: random data
 * does not compress, like real JPEGs, and nothing on the way decodes them.
 */
import { createHash, randomBytes } from 'node:crypto';
import type { CommitRequest, RecordIntent } from '../../../renderer/src/db/commit';
import { aFinding, anInspection, aPhotoRecord, aSite } from '../../support/domainFactories';

export interface SyncPlan {
  changes: number;
  photos: number;
  /** Photo sizes are spread evenly between these (bytes). */
  minPhotoBytes: number;
  maxPhotoBytes: number;
}

export const SYNC_PLAN: SyncPlan = { changes: 5_000, photos: 200, minPhotoBytes: 1_000_000, maxPhotoBytes: 2_000_000 };

export interface PhotoBytes {
  sha256: string;
  bytes: Uint8Array;
}

export interface SyncDataset {
  plan: SyncPlan;
  inspectionId: string;
  reference: string;
  /** The author's commits, in order; together they write exactly `plan.changes` changes. */
  commits: CommitRequest[];
  photos: PhotoBytes[];
  photoBytes: number;
}

/** Intents per commit: big enough to seed quickly, small enough for one fake-indexeddb transaction. */
const INTENTS_PER_COMMIT = 100;
/** Photos per commit: each commit also carries their bytes. */
const PHOTOS_PER_COMMIT = 10;

const JPEG_START = [0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00];

function fakeJpeg(size: number): Uint8Array {
  const bytes = new Uint8Array(randomBytes(size));
  bytes.set(JPEG_START, 0);
  bytes.set([0xff, 0xd9], size - 2);
  return bytes;
}

function chunked<T>(items: readonly T[], size: number): T[][] {
  return Array.from({ length: Math.ceil(items.length / size) }, (_, i) => items.slice(i * size, (i + 1) * size));
}

/** The changes are split as an inspection's log tends to be: a few sites, many findings, then edits to them. */
export function makeSyncDataset(plan: SyncPlan = SYNC_PLAN): SyncDataset {
  const inspection = anInspection({ reference: 'INS-BENCH-0001' });
  const inspectionId = inspection.id;
  const rest = plan.changes - 1 - plan.photos;
  const siteCount = Math.round(rest * 0.08);
  const findingCount = Math.round(rest * 0.5);
  const editCount = rest - siteCount - findingCount;

  const sites = Array.from({ length: siteCount }, (_, i) =>
    aSite(inspectionId, { identifier: `POC-${String(i + 1).padStart(4, '0')}`, name: `Point-of-care site ${i + 1}` }),
  );
  const findings = Array.from({ length: findingCount }, (_, i) =>
    aFinding(inspectionId, {
      reference: `GMP-BN-${String(i + 1).padStart(4, '0')}`,
      siteId: sites[i % siteCount]?.id ?? null,
    }),
  );
  const edits: RecordIntent[] = Array.from({ length: editCount }, (_, i) => ({
    op: 'update',
    entity: 'finding',
    id: findings[i % findingCount]?.id ?? '',
    fields: { evidence: `Batch record B-${2200 + i} reviewed on site; deviation DEV-${400 + i} raised and assessed.` },
  }));

  const photos: PhotoBytes[] = [];
  const photoIntents: RecordIntent[] = [];
  const span = plan.maxPhotoBytes - plan.minPhotoBytes;
  for (let i = 0; i < plan.photos; i += 1) {
    const size = plan.minPhotoBytes + Math.round((span * i) / Math.max(1, plan.photos - 1));
    const bytes = fakeJpeg(size);
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    photos.push({ sha256, bytes });
    photoIntents.push({
      op: 'create',
      entity: 'photo',
      fields: aPhotoRecord(inspectionId, {
        sha256,
        byteSize: size,
        width: 4000,
        height: 3000,
        fileName: `IMG_${String(i + 1).padStart(4, '0')}.jpg`,
      }),
    });
  }

  const records: RecordIntent[] = [
    { op: 'create', entity: 'inspection', fields: inspection },
    ...sites.map((fields): RecordIntent => ({ op: 'create', entity: 'site', fields })),
    ...findings.map((fields): RecordIntent => ({ op: 'create', entity: 'finding', fields })),
    ...edits,
  ];
  const commits: CommitRequest[] = chunked(records, INTENTS_PER_COMMIT).map((intents) => ({ intents }));
  chunked(photoIntents, PHOTOS_PER_COMMIT).forEach((intents, i) => {
    const batch = photos.slice(i * PHOTOS_PER_COMMIT, (i + 1) * PHOTOS_PER_COMMIT);
    commits.push({ intents, blobs: batch.map(({ sha256, bytes }) => ({ sha256, mediaType: 'image/jpeg', bytes })) });
  });
  return {
    plan,
    inspectionId,
    reference: inspection.reference,
    commits,
    photos,
    photoBytes: photos.reduce((sum, photo) => sum + photo.bytes.byteLength, 0),
  };
}

/** A smaller plan for a quick look (BENCH_SYNC_SCALE=0.1): same shape, fewer changes and photos. */
export function scaledPlan(scale: number): SyncPlan {
  if (!(scale > 0) || scale >= 1) return SYNC_PLAN;
  return {
    ...SYNC_PLAN,
    changes: Math.max(50, Math.round(SYNC_PLAN.changes * scale)),
    photos: Math.max(2, Math.round(SYNC_PLAN.photos * scale)),
  };
}
