/**
 * `commit`: the one write path. Every user action becomes changes that are written, together with the
 * new current state of each record and any photo bytes, in a single strict-durability transaction:
 * either all of it is on disk or none of it is (SECURITY.md D2). Each change gets the device's next
 * gapless sequence number, a hybrid logical clock, the device time with its offset, the prior values
 * of the fields it sets, and a hash chained to the device's previous change.
 */
import { v7 as uuidv7 } from 'uuid';
import { GENESIS_HASH, type Actor, type Change, type UnsignedChange } from '@shared/changes/change';
import { signChange } from '@shared/changes/hashChain';
import { formatHlc, parseHlc, receiveHlc, tickHlc } from '@shared/changes/hlc';
import { applyChange, recordFields, type StateRecord } from '@shared/changes/reducer';
import { reasonRequiredFor } from '@shared/domain/changeRules';
import {
  ENTITY_LABELS,
  ENTITY_SCHEMAS,
  GLOBAL_ENTITIES,
  type EntityName,
  type EntityOf,
} from '@shared/domain/entities';
import type { InspectionStatus } from '@shared/domain/inspection';
import { CommitValidationError, ReasonRequiredError } from './commitErrors';
import { encodeBlobsForCommit, type BlobInput } from './hashedBlob';
import { explainStorageError } from './storageErrors';
import type { StorageCodec } from './storageCodec';
import type { StoredBlobRow } from './storedRows';
import { INDEXED_FIELDS, STATE_TABLES } from './schema';
import type { WorkbenchDatabase } from './WorkbenchDatabase';

export interface CommitSession {
  actor: Actor;
  deviceId: string;
  now(): Date;
}

export type RecordIntent = {
  [E in EntityName]:
    | { op: 'create'; entity: E; fields: EntityOf<E> }
    | { op: 'update'; entity: E; id: string; fields: Partial<EntityOf<E>> }
    | { op: 'delete'; entity: E; id: string };
}[EntityName];

export { CommitValidationError, ReasonRequiredError } from './commitErrors';
export type { BlobInput } from './hashedBlob';

export interface CommitRequest {
  intents: readonly RecordIntent[];
  reason?: string;
  blobs?: readonly BlobInput[];
}

/** Test seam: lets a test fail a commit between its steps to prove nothing is half-written. */
export interface CommitFaults {
  afterChangeWritten?(change: Change): void;
  beforeHeadUpdate?(): void;
}

interface DeviceHead {
  seq: number;
  hash: string;
  hlc: string | null;
}

export const headKey = (deviceId: string) => `head:${deviceId}`;

/**
 * The latest hybrid logical clock this device has seen from anyone (imports, sync). A local change is
 * always stamped after it, so an edit made after receiving a change from a device whose clock runs
 * ahead still wins over that change, as the inspector expects.
 */
export const CLOCK_KEY = 'clock';

function latestClock(own: string | null, received: string | null) {
  const latest = own && received ? (own > received ? own : received) : (own ?? received);
  return latest ? parseHlc(latest) : null;
}

/** Advances the received clock after foreign changes arrive; call inside the importing transaction. */
export async function observeRemoteClock(
  db: WorkbenchDatabase,
  hlcs: readonly string[],
  deviceId: string,
  nowMs: number,
): Promise<void> {
  if (hlcs.length === 0) return;
  const current = ((await db.meta.get(CLOCK_KEY))?.value as string | undefined) ?? null;
  let clock = current ? parseHlc(current) : null;
  for (const remote of hlcs) clock = receiveHlc(clock, parseHlc(remote), nowMs, deviceId);
  if (clock) await db.meta.put({ key: CLOCK_KEY, value: formatHlc(clock) });
}

export async function commit(
  db: WorkbenchDatabase,
  codec: StorageCodec,
  session: CommitSession,
  request: CommitRequest,
  faults: CommitFaults = {},
): Promise<Change[]> {
  // Blob hashes are checked (bytes from `hashBlob` were hashed where they came in, hashedBlob.ts), and
  // photo bytes encoded (sealed, with the encrypting codec), with WebCrypto before the transaction:
  // awaiting anything but IndexedDB inside it would let it commit early.
  const blobRows = await encodeBlobsForCommit(codec, request.blobs ?? []);
  const tables = [db.changes, db.meta, db.blobs, ...Object.values(STATE_TABLES).map((name) => db.stateTable(name))];
  const headId = headKey(session.deviceId);
  try {
    return await db.transaction('rw', tables, async () => {
      // Each awaited request is a round trip to the browser's storage process, so requests that do
      // not depend on each other are issued together: the device head, the received clock and the
      // first record (with its inspection) are read at once, and a change, its new state and the new
      // head are written at once. IndexedDB runs a transaction's requests in the order they were made
      // and a failed one aborts the whole transaction, so this is still one all-or-nothing write.
      const first = request.intents[0];
      const [[headRow, clockRow], firstTarget] = await Promise.all([
        db.meta.bulkGet([headId, CLOCK_KEY]),
        first ? readTarget(db, codec, first) : undefined,
      ]);
      const head = (headRow?.value as DeviceHead | undefined) ?? { seq: 0, hash: GENESIS_HASH, hlc: null };
      const clock = { value: (clockRow?.value as string | undefined) ?? null };
      const written: Change[] = [];
      let writes: Promise<unknown> = Promise.resolve();
      for (const [index, intent] of request.intents.entries()) {
        // A later intent may read what an earlier one wrote (a finding created with its inspection).
        await writes;
        const target = index === 0 && firstTarget ? firstTarget : await readTarget(db, codec, intent);
        const result = writeIntent(db, codec, session, intent, target, request.reason, head, clock);
        if (!result) continue;
        writes = handled(result.writes);
        written.push(result.change);
        faults.afterChangeWritten?.(result.change);
      }
      const blobWrites = handled(writeBlobs(db, blobRows));
      faults.beforeHeadUpdate?.();
      await Promise.all([writes, blobWrites, db.meta.put({ key: headId, value: head })]);
      return written;
    });
  } catch (error) {
    throw explainStorageError(error);
  }
}

/**
 * Marks a write's promise as handled while other work goes on: if the transaction aborts first, the
 * write rejects with the abort, and the abort's own error is the one the caller sees.
 */
function handled<T>(promise: Promise<T>): Promise<T> {
  promise.catch(() => undefined);
  return promise;
}

/** New photo bytes: blobs are content-addressed and never change, so one already stored is kept as it is. */
async function writeBlobs(db: WorkbenchDatabase, rows: readonly StoredBlobRow[]): Promise<void> {
  if (rows.length === 0) return;
  const stored = await db.blobs.bulkGet(rows.map((row) => row.sha256));
  const missing = rows.filter((_row, index) => !stored[index]);
  if (missing.length > 0) await db.blobs.bulkPut(missing);
}

/** What an intent acts on, read before anything is decided: the record as it is now, and its inspection's status. */
interface IntentTarget {
  id: string;
  current: StateRecord | undefined;
  inspectionId: string | null;
  status: InspectionStatus | undefined;
}

async function readTarget(db: WorkbenchDatabase, codec: StorageCodec, intent: RecordIntent): Promise<IntentTarget> {
  const table = db.stateTable(STATE_TABLES[intent.entity]);
  const id = intent.op === 'create' ? (intent.fields as { id: string }).id : intent.id;
  const storedRow = await table.get(id);
  const current = storedRow ? codec.decodeRecord(table.name, storedRow) : undefined;
  const inspectionId = inspectionIdOf(intent.entity, id, intent.op === 'create' ? intent.fields : current);
  // Only an edit to a finding depends on its inspection's status (a reason once the closing meeting
  // has been held), so only then is the inspection read.
  const status =
    intent.entity === 'finding' && intent.op === 'update' && inspectionId
      ? await inspectionStatus(db, codec, inspectionId)
      : undefined;
  return { id, current, inspectionId, status };
}

function writeIntent(
  db: WorkbenchDatabase,
  codec: StorageCodec,
  session: CommitSession,
  intent: RecordIntent,
  { id, current, inspectionId, status }: IntentTarget,
  reason: string | undefined,
  head: DeviceHead,
  clock: { value: string | null },
): { change: Change; writes: Promise<unknown> } | null {
  const table = db.stateTable(STATE_TABLES[intent.entity]);
  const label = ENTITY_LABELS[intent.entity];

  if (intent.op === 'create' && current) throw new CommitValidationError(`${label} ${id} already exists.`);
  if (intent.op !== 'create' && !current) throw new CommitValidationError(`${label} ${id} does not exist.`);
  if (intent.op !== 'create' && current?._meta.deleted)
    throw new CommitValidationError(`${label} ${id} has been deleted.`);

  const needsReason = reasonRequiredFor(intent.entity, intent.op, status);
  const trimmedReason = reason?.trim();
  if (needsReason && !trimmedReason) throw new ReasonRequiredError(needsReason);

  const fields = intent.op === 'delete' ? {} : changedFields(current, intent.fields);
  if (intent.op === 'update' && Object.keys(fields).length === 0) return null;
  if ('id' in fields && intent.op === 'update') throw new CommitValidationError('A record’s id cannot change.');
  // A record's history must stay within one inspection, so that an inspection's log is complete.
  if ('inspectionId' in fields && intent.op === 'update')
    throw new CommitValidationError('A record cannot move to another inspection.');

  const now = session.now();
  const hlc = tickHlc(latestClock(head.hlc, clock.value), now.getTime(), session.deviceId);
  const prior: Record<string, unknown> = {};
  const base: Record<string, string | null> = {};
  for (const field of Object.keys(fields)) {
    if (current) prior[field] = current[field] ?? null;
    base[field] = current?._meta.fieldClock[field] ?? null;
  }
  const unsigned: UnsignedChange = {
    id: uuidv7(),
    inspectionId,
    entity: intent.entity,
    entityId: id,
    op: intent.op,
    fields: fields as UnsignedChange['fields'],
    prior: prior as UnsignedChange['prior'],
    base,
    ...(trimmedReason ? { reason: trimmedReason } : {}),
    actor: session.actor,
    device: session.deviceId,
    seq: head.seq + 1,
    hlc: formatHlc(hlc),
    // `|| 0`: in UTC, -getTimezoneOffset() is -0, which does not survive a JSON round trip.
    at: { utc: now.toISOString(), offsetMinutes: -now.getTimezoneOffset() || 0 },
    prevHash: head.hash,
  };
  const change = signChange(unsigned);
  const next = applyChange(current, change);
  validateRecord(intent.entity, next);

  const writes = Promise.all([
    db.changes.add(codec.encodeChange(change, 1)),
    table.put(codec.encodeRecord(table.name, indexedColumns(intent.entity, next), next)),
  ]);
  head.seq = change.seq;
  head.hash = change.hash;
  head.hlc = change.hlc;
  return { change, writes };
}

/** Only fields whose value actually differs become part of the change. */
function changedFields(current: StateRecord | undefined, fields: Record<string, unknown>): Record<string, unknown> {
  const changed: Record<string, unknown> = {};
  for (const [field, value] of Object.entries(fields)) {
    if (value === undefined) continue;
    if (current && JSON.stringify(current[field] ?? null) === JSON.stringify(value)) continue;
    changed[field] = value;
  }
  return changed;
}

function inspectionIdOf(entity: EntityName, id: string, record: Record<string, unknown> | undefined): string | null {
  if (GLOBAL_ENTITIES.has(entity)) return null;
  if (entity === 'inspection') return id;
  const value = record?.['inspectionId'];
  return typeof value === 'string' ? value : null;
}

async function inspectionStatus(db: WorkbenchDatabase, codec: StorageCodec, inspectionId: string) {
  const table = db.stateTable(STATE_TABLES.inspection);
  const row = await table.get(inspectionId);
  return row ? (codec.decodeRecord(table.name, row)['status'] as InspectionStatus) : undefined;
}

function validateRecord(entity: EntityName, record: StateRecord): void {
  const result = ENTITY_SCHEMAS[entity].safeParse(recordFields(record));
  if (result.success) return;
  const issue = result.error.issues[0];
  const field = issue?.path.join('.') ?? '';
  throw new CommitValidationError(
    `${ENTITY_LABELS[entity]}: ${field ? `${field} ` : ''}${issue?.message ?? 'is not valid'}`,
    field,
  );
}

export function indexedColumns(entity: EntityName, record: StateRecord): Record<string, unknown> {
  const columns: Record<string, unknown> = {};
  for (const field of INDEXED_FIELDS[entity]) columns[field] = record[field] ?? null;
  return columns;
}
