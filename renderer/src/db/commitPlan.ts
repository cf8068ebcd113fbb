/**
 * What one intent of a commit becomes, decided without touching storage: the refusals (exists, does
 * not exist, deleted, reason required, invalid record), the change with its sequence number, clock,
 * prior values and chained hash, and the record's new state. Both write paths of `commit` use it, so
 * they refuse the same things and build the same hash chain.
 */
import { v7 as uuidv7 } from 'uuid';
import type { Change, UnsignedChange } from '@shared/changes/change';
import { signChange } from '@shared/changes/hashChain';
import { formatHlc, tickHlc } from '@shared/changes/hlc';
import { applyChange, recordFields, type StateRecord } from '@shared/changes/reducer';
import { reasonRequiredFor } from '@shared/domain/changeRules';
import { ENTITY_LABELS, ENTITY_SCHEMAS, GLOBAL_ENTITIES, type EntityName } from '@shared/domain/entities';
import type { InspectionStatus } from '@shared/domain/inspection';
import type { CommitSession, RecordIntent } from './commit';
import { CommitValidationError, ReasonRequiredError } from './commitErrors';
import { latestClock, type DeviceHead } from './deviceHead';
import { INDEXED_FIELDS } from './schema';

/** What an intent acts on, read before anything is decided: the record as it is now, and its inspection's status. */
export interface IntentTarget {
  id: string;
  current: StateRecord | undefined;
  inspectionId: string | null;
  status: InspectionStatus | undefined;
}

export interface PlannedIntent {
  change: Change;
  /** The record's state after the change. */
  next: StateRecord;
}

/** The id an intent acts on. */
export function intentId(intent: RecordIntent): string {
  return intent.op === 'create' ? (intent.fields as { id: string }).id : intent.id;
}

/** Only an edit to a finding depends on its inspection's status (a reason once the closing meeting has been held). */
export function needsInspectionStatus(intent: RecordIntent): boolean {
  return intent.entity === 'finding' && intent.op === 'update';
}

/**
 * Decides one intent against its target. Advances `head` (sequence number, hash, clock) when it
 * returns a change; returns null for an update that changes nothing.
 */
export function planIntent(
  session: CommitSession,
  intent: RecordIntent,
  { id, current, inspectionId, status }: IntentTarget,
  reason: string | undefined,
  head: DeviceHead,
  receivedClock: string | null,
): PlannedIntent | null {
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
  const hlc = tickHlc(latestClock(head.hlc, receivedClock), now.getTime(), session.deviceId);
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

  head.seq = change.seq;
  head.hash = change.hash;
  head.hlc = change.hlc;
  return { change, next };
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

export function inspectionIdOf(
  entity: EntityName,
  id: string,
  record: Record<string, unknown> | undefined,
): string | null {
  if (GLOBAL_ENTITIES.has(entity)) return null;
  if (entity === 'inspection') return id;
  const value = record?.['inspectionId'];
  return typeof value === 'string' ? value : null;
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
