/**
 * Seeds a big workbench database quickly for the benchmarks: inspections, sites, findings, photos
 * (with their blobs) and a long change log, as a second device would have written them. The changes
 * are real (hash-chained, with clocks) and the current state is what the reducer makes of them, but
 * they are written in bulk instead of one `commit` per change, which would take many minutes.
 * Every row goes through the storage codec it is given: in the bench, the app's encrypting codec, so
 * start-up and register figures include decryption as the inspector's device pays it.
 * Runs in the bench page (Chromium's IndexedDB) and in Node (fake-indexeddb, for the smoke test).
 */
import { v7 as uuidv7 } from 'uuid';
import type { Change, UnsignedChange } from '../../../shared/changes/change';
import { GENESIS_HASH } from '../../../shared/changes/change';
import { signChange } from '../../../shared/changes/hashChain';
import { formatHlc, tickHlc, type Hlc } from '../../../shared/changes/hlc';
import { applyChange, type StateRecord } from '../../../shared/changes/reducer';
import type { EntityName } from '../../../shared/domain/entities';
import type { FindingStatus } from '../../../shared/domain/finding';
import { headKey, indexedColumns } from '../../../renderer/src/db/commit';
import { STATE_TABLES } from '../../../renderer/src/db/schema';
import type { StorageCodec } from '../../../renderer/src/db/storageCodec';
import type { StoredChangeRow, StoredRecordRow } from '../../../renderer/src/db/storedRows';
import type { WorkbenchDatabase } from '../../../renderer/src/db/WorkbenchDatabase';
import { aFinding, anInspection, aPhotoRecord, aSite } from '../../support/domainFactories';

export interface SeedPlan {
  inspections: number;
  findings: number;
  /** Total changes in the log, creations included; the rest are edits to findings. */
  changes: number;
  photos: number;
  /** Share of the findings that belong to the first ("largest") inspection. */
  largestShare: number;
}

export const BIG_DATABASE: SeedPlan = {
  inspections: 50,
  findings: 10_000,
  changes: 100_000,
  photos: 1_000,
  largestShare: 0.2,
};

export interface SeedResult {
  largestInspectionId: string;
  largestInspectionReference: string;
  /** Every inspection, the largest first. */
  inspectionIds: string[];
  findingIds: string[];
  changes: number;
  photoBytes: number;
  ms: number;
}

const SEED_ACTOR = { userId: '01890000-0000-7000-8000-000000000001', name: 'Seed Inspector' };
const GRADES = ['critical', 'major', 'other'] as const;
const STATUSES: FindingStatus[] = ['draft', 'presented'];
const DISCIPLINES = ['GMP', 'PV'] as const;
const WORDS =
  'batch record operator cleanroom deviation training sterility airlock gowning validation CAPA audit'.split(' ');

/** Distinct photo bytes: the base JPEG with a counter after its end marker (decoders ignore it). */
export function distinctJpeg(base: Uint8Array, index: number): Uint8Array {
  const bytes = new Uint8Array(base.byteLength + 8);
  bytes.set(base);
  new DataView(bytes.buffer).setFloat64(base.byteLength, index);
  return bytes;
}

async function sha256Hex(bytes: Uint8Array): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>);
  return Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, '0')).join('');
}

export async function seedBigDatabase(
  db: WorkbenchDatabase,
  codec: StorageCodec,
  plan: SeedPlan,
  jpeg: { original: Uint8Array; thumbnail: Uint8Array },
): Promise<SeedResult> {
  const started = performance.now();
  const deviceId = uuidv7();
  const changeRows: StoredChangeRow[] = [];
  const state = new Map<string, { entity: EntityName; record: StateRecord }>();
  let clock: Hlc | null = null;
  let prevHash = GENESIS_HASH;
  let seq = 0;
  const baseMs = Date.parse('2026-06-01T08:00:00Z');

  const record = (entity: EntityName, op: 'create' | 'update', entityId: string, fields: Record<string, unknown>) => {
    seq += 1;
    const atMs = baseMs + seq * 1000;
    clock = tickHlc(clock, atMs, deviceId);
    const current = state.get(entityId)?.record;
    const prior: Record<string, unknown> = {};
    const base: Record<string, string | null> = {};
    for (const field of Object.keys(fields)) {
      if (current) prior[field] = current[field] ?? null;
      base[field] = current?._meta.fieldClock[field] ?? null;
    }
    const unsigned: UnsignedChange = {
      id: uuidv7(),
      inspectionId:
        entity === 'inspection' ? entityId : ((fields['inspectionId'] ?? current?.['inspectionId']) as string),
      entity,
      entityId,
      op,
      fields: fields as UnsignedChange['fields'],
      prior: prior as UnsignedChange['prior'],
      base,
      actor: SEED_ACTOR,
      device: deviceId,
      seq,
      hlc: formatHlc(clock),
      at: { utc: new Date(atMs).toISOString(), offsetMinutes: 0 },
      prevHash,
    };
    const change: Change = signChange(unsigned);
    prevHash = change.hash;
    changeRows.push(codec.encodeChange(change, 0));
    state.set(entityId, { entity, record: applyChange(current, change) });
  };

  const inspectionIds: string[] = [];
  const siteIds = new Map<string, string[]>();
  let largestReference = '';
  for (let i = 0; i < plan.inspections; i += 1) {
    const inspection = anInspection({
      reference: `INS-BENCH-${String(i + 1).padStart(4, '0')}`,
      status: 'on-site',
    });
    if (i === 0) largestReference = inspection.reference;
    inspectionIds.push(inspection.id);
    record('inspection', 'create', inspection.id, inspection);
    const sites: string[] = [];
    for (let s = 0; s < 4; s += 1) {
      const site = aSite(inspection.id, { identifier: `POC-${String(s + 1).padStart(3, '0')}` });
      sites.push(site.id);
      record('site', 'create', site.id, site);
    }
    siteIds.set(inspection.id, sites);
  }
  const largest = inspectionIds[0] ?? '';
  const inspectionOf = (index: number) =>
    index < plan.findings * plan.largestShare
      ? largest
      : (inspectionIds[1 + (index % (plan.inspections - 1))] ?? largest);

  const findingIds: string[] = [];
  for (let i = 0; i < plan.findings; i += 1) {
    const inspectionId = inspectionOf(i);
    const word = (n: number) => WORDS[(i * 7 + n) % WORDS.length] ?? 'record';
    const finding = aFinding(inspectionId, {
      reference: `${DISCIPLINES[i % 2]}-SB-${String(i + 1).padStart(5, '0')}`,
      title: `${word(0)} ${word(1)} not controlled (${i})`,
      discipline: DISCIPLINES[i % 2] ?? 'GMP',
      // PV grades its least serious findings "minor" (GVP Module III), GMP "other".
      classification: i % 2 === 1 && GRADES[i % 3] === 'other' ? 'minor' : (GRADES[i % 3] ?? 'other'),
      status: STATUSES[i % 2] ?? 'draft',
      siteId: i % 5 === 0 ? null : (siteIds.get(inspectionId)?.[i % 4] ?? null),
      statement: `The ${word(2)} for ${word(3)} at site ${i % 4} was not reviewed; ${word(4)} ${word(5)} incomplete.`,
    });
    findingIds.push(finding.id);
    record('finding', 'create', finding.id, finding);
  }

  let photoBytes = 0;
  const blobRows = [];
  for (let i = 0; i < plan.photos; i += 1) {
    const inspectionId =
      i < plan.photos * plan.largestShare ? largest : (inspectionIds[i % plan.inspections] ?? largest);
    const original = distinctJpeg(jpeg.original, i);
    const thumbnail = distinctJpeg(jpeg.thumbnail, i);
    const [sha256, thumbnailSha256] = await Promise.all([sha256Hex(original), sha256Hex(thumbnail)]);
    photoBytes += original.byteLength + thumbnail.byteLength;
    blobRows.push(codec.encodeBlob(sha256, 'image/jpeg', original));
    blobRows.push(codec.encodeBlob(thumbnailSha256, 'image/jpeg', thumbnail));
    const photo = aPhotoRecord(inspectionId, {
      sha256,
      thumbnailSha256,
      displaySha256: thumbnailSha256,
      byteSize: original.byteLength,
      fileName: `IMG_${String(i + 1).padStart(5, '0')}.jpg`,
    });
    record('photo', 'create', photo.id, photo);
  }

  // The rest of the log: edits to findings (titles and statuses), spread over all of them.
  for (let i = 0; seq < plan.changes; i += 1) {
    const id = findingIds[i % findingIds.length];
    if (!id) break;
    const fields = i % 3 === 0 ? { status: STATUSES[(i + 1) % 2] } : { evidence: `Evidence revision ${i}` };
    record('finding', 'update', id, fields);
  }

  const rows = new Map<string, StoredRecordRow[]>();
  for (const { entity, record: current } of state.values()) {
    const table = STATE_TABLES[entity];
    const list = rows.get(table) ?? [];
    list.push(codec.encodeRecord(table, indexedColumns(entity, current), current));
    rows.set(table, list);
  }
  const CHUNK = 5_000;
  for (let i = 0; i < changeRows.length; i += CHUNK) {
    await db.changes.bulkAdd(changeRows.slice(i, i + CHUNK));
  }
  for (const [table, list] of rows) {
    for (let i = 0; i < list.length; i += CHUNK) await db.stateTable(table).bulkPut(list.slice(i, i + CHUNK));
  }
  for (let i = 0; i < blobRows.length; i += 100) await db.blobs.bulkPut(blobRows.slice(i, i + 100));
  await db.meta.put({ key: headKey(deviceId), value: { seq, hash: prevHash, hlc: clock ? formatHlc(clock) : null } });

  return {
    largestInspectionId: largest,
    largestInspectionReference: largestReference,
    inspectionIds,
    findingIds,
    changes: changeRows.length,
    photoBytes,
    ms: performance.now() - started,
  };
}
