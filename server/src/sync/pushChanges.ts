/**
 * Push: takes changes from a device's log into the gateway's append-only log.
 *
 * Order of checks, and what each failure costs:
 * 1. Who may push (403, nothing written): administrators never (MHRA DI 6.16, SECURITY.md C8); every
 *    change must be recorded by the caller (actor) on one of the caller's own devices, and name an
 *    inspection whose team the caller is on (E6). A user may push changes of any of their own devices,
 *    not only the one signed in: that is how a package carried from an old laptop reaches the gateway.
 *    Changes recorded by another person are never relayed: authorship cannot be proved by a hash.
 *    An inspection the gateway has never heard of is registered, with the pusher as its lead, when the
 *    push contains that inspection's creation (inspectors plan inspections offline).
 *    Profile and library records (no inspection) are taken only for the caller's own user record, the
 *    caller's own devices, and the caller's own library imports, and are visible only to the caller.
 * 2. What the change says (400, nothing written): see changeContent.ts.
 * 3. The chain (per change, in `rejected`): each device's changes must continue the chain the gateway
 *    holds for that device: seq head+1, prevHash = head hash, and a hash that matches the content.
 *    The first failure of a device stops that device's chain for this request.
 * A change whose id the gateway already holds with the same hash is a duplicate: it gets the receipt
 *    it got the first time and nothing is written (SECURITY.md E1).
 *
 * Concurrency: each device's head row is locked for the transaction (devices in sorted order, so two
 * pushes cannot deadlock), and serverSeq numbers come from one counter row locked until commit, so
 * changes become visible in serverSeq order (see migration 001).
 */
import type { Change } from '../../../shared/changes/change';
import { GENESIS_HASH } from '../../../shared/changes/change';
import { verifyDeviceChain } from '../../../shared/changes/hashChain';
import { canonicalJson } from '../../../shared/changes/canonicalJson';
import type {
  ChangeReceipt,
  DeviceHead,
  PushRequest,
  PushResponse,
  RejectedChange,
  RejectionReason,
} from '../../../shared/sync/protocol';
import { sqlErrorCode, type SqlQueryable } from '../db/database';
import type { AuthContext, GatewayContext } from '../context';
import { badRequest, forbidden } from '../httpErrors';
import { problemWithChangeContent } from './changeContent';
import { measureClockSkew } from './clockSkew';
import { actorIdsOf } from '../auth/profileIdentities';

interface StoredReceipt {
  id: string;
  device_id: string;
  hash: string;
  server_seq: number;
  received_at: Date;
  clock_skew_ms: number;
  clock_skew_flagged: boolean;
}

const INSERT_ROWS_PER_STATEMENT = 100;

export async function pushChanges(context: GatewayContext, auth: AuthContext, request: PushRequest): Promise<PushResponse> {
  if (auth.user.agencyRole === 'admin')
    throw forbidden('admin-cannot-edit', 'Administrators cannot change inspection records (MHRA data integrity 6.16).');
  const changes = uniqueChanges(request.changes);
  for (const change of changes) {
    const problem = problemWithChangeContent(change);
    if (problem) throw badRequest('invalid-change', `Change ${change.id} (device ${change.device}, seq ${change.seq}): ${problem}.`);
  }
  const receivedAt = context.now();
  const attempt = () => context.sql.transaction((tx) => pushInTransaction(context, tx, auth, changes, request.sentAt, receivedAt));
  try {
    return await attempt();
  } catch (error) {
    // Another push stored one of these ids between our look-up and our insert: look again.
    if (sqlErrorCode(error) === '23505') return attempt();
    throw error;
  }
}

/** The same change sent twice in one request counts once; two different changes with one id are refused. */
function uniqueChanges(changes: readonly Change[]): Change[] {
  const byId = new Map<string, Change>();
  for (const change of changes) {
    const seen = byId.get(change.id);
    if (seen && seen.hash !== change.hash)
      throw badRequest('invalid-change', `The request holds two different changes with id ${change.id}.`);
    byId.set(change.id, change);
  }
  return [...byId.values()];
}

async function pushInTransaction(
  context: GatewayContext,
  tx: SqlQueryable,
  auth: AuthContext,
  changes: readonly Change[],
  sentAt: string,
  receivedAt: Date,
): Promise<PushResponse> {
  await authorise(tx, auth, changes);

  const byDevice = new Map<string, Change[]>();
  for (const change of changes) byDevice.set(change.device, [...(byDevice.get(change.device) ?? []), change]);

  const duplicates: ChangeReceipt[] = [];
  const rejected: RejectedChange[] = [];
  const toInsert: Change[] = [];
  const heads: DeviceHead[] = [];

  // Lock every device head first (in sorted order, so two pushes cannot deadlock), and only then look
  // for changes already held: a push of the same changes that committed while this one waited for the
  // lock must be seen here, or its changes would look like a fork.
  const lockedHeads = new Map<string, { seq: number; hash: string }>();
  for (const device of [...byDevice.keys()].sort()) {
    await tx.query('INSERT INTO device_heads (device_id, seq, hash) VALUES ($1, 0, $2) ON CONFLICT DO NOTHING', [
      device,
      GENESIS_HASH,
    ]);
    const [row] = await tx.query<{ seq: number; hash: string }>(
      'SELECT seq, hash FROM device_heads WHERE device_id = $1 FOR UPDATE',
      [device],
    );
    lockedHeads.set(device, { seq: row?.seq ?? 0, hash: row?.hash ?? GENESIS_HASH });
  }
  const existing = new Map(
    (
      await tx.query<StoredReceipt>(
        `SELECT id, device_id, hash, server_seq, received_at, clock_skew_ms, clock_skew_flagged
           FROM changes WHERE id = ANY($1::uuid[])`,
        [changes.map((change) => change.id)],
      )
    ).map((row) => [row.id, row]),
  );

  for (const [device, head] of lockedHeads) {
    const startSeq = head.seq;
    let stopped = false;
    const reject = (change: Change, reason: RejectionReason, message: string) => {
      rejected.push({ id: change.id, device, seq: change.seq, reason, message });
      stopped = true;
    };
    for (const change of (byDevice.get(device) ?? []).sort((a, b) => a.seq - b.seq)) {
      const stored = existing.get(change.id);
      if (stored) {
        if (stored.hash === change.hash && stored.device_id === change.device) duplicates.push(receiptOf(stored));
        else
          reject(change, 'conflicting-duplicate', `The gateway already holds a different change with id ${change.id}.`);
        continue;
      }
      if (stopped) {
        rejected.push({
          id: change.id,
          device,
          seq: change.seq,
          reason: 'after-rejected',
          message: `Change ${change.seq} from device ${device} was not taken because an earlier change of that device was rejected.`,
        });
        continue;
      }
      if (change.seq <= head.seq) {
        reject(change, 'fork', `The gateway already holds a different change ${change.seq} from device ${device}.`);
        continue;
      }
      const report = verifyDeviceChain(device, [change], head.seq, head.hash);
      if (!report.ok) {
        reject(change, report.problem.kind, report.message);
        continue;
      }
      toInsert.push(change);
      head.seq = change.seq;
      head.hash = change.hash;
    }
    if (head.seq !== startSeq)
      await tx.query('UPDATE device_heads SET seq = $2, hash = $3, updated_at = $4 WHERE device_id = $1', [
        device,
        head.seq,
        head.hash,
        receivedAt,
      ]);
    heads.push({ device, seq: head.seq, hash: head.hash });
  }

  const accepted = await insertChanges(context, tx, auth, toInsert, sentAt, receivedAt);
  return { accepted, duplicates, rejected, heads };
}

async function authorise(tx: SqlQueryable, auth: AuthContext, changes: readonly Change[]): Promise<void> {
  const deviceIds = [...new Set(changes.map((change) => change.device))];
  const ownDevices = new Set(
    (
      await tx.query<{ id: string }>(
        'SELECT id FROM devices WHERE id = ANY($1::uuid[]) AND user_id = $2 AND revoked_at IS NULL',
        [deviceIds, auth.user.id],
      )
    ).map((row) => row.id),
  );
  const actorIds = new Set(await actorIdsOf(tx, auth.user.id));
  for (const change of changes) {
    if (!ownDevices.has(change.device))
      throw forbidden(
        'not-your-device',
        `Change ${change.id} was recorded on device ${change.device}, which is not one of your devices.`,
      );
    if (!actorIds.has(change.actor.userId))
      throw forbidden('not-your-change', `Change ${change.id} was recorded by another person; only they can push it.`);
    if (change.entity === 'user' && !actorIds.has(change.entityId))
      throw forbidden('not-your-profile', `Change ${change.id} edits another person’s profile.`);
    if (change.entity === 'device' && !ownDevices.has(change.entityId))
      throw forbidden('not-your-device', `Change ${change.id} edits a device that is not yours.`);
  }

  const inspectionIds = [...new Set(changes.flatMap((change) => (change.inspectionId ? [change.inspectionId] : [])))].sort();
  if (inspectionIds.length === 0) return;
  const member = new Set(
    (
      await tx.query<{ inspection_id: string }>(
        'SELECT inspection_id FROM team_members WHERE user_id = $1 AND inspection_id = ANY($2::uuid[])',
        [auth.user.id, inspectionIds],
      )
    ).map((row) => row.inspection_id),
  );
  const unknown = inspectionIds.filter((id) => !member.has(id));
  if (unknown.length === 0) return;
  const known = new Set(
    (await tx.query<{ id: string }>('SELECT id FROM inspections WHERE id = ANY($1::uuid[])', [unknown])).map((row) => row.id),
  );
  for (const inspectionId of unknown) {
    if (known.has(inspectionId) || !(await registerInspection(tx, auth, inspectionId, changes)))
      throw forbidden('not-on-team', `You are not on the team of inspection ${inspectionId}.`);
  }
}

/** Registers an inspection first seen in this push, if the push creates it and the caller may plan inspections. */
async function registerInspection(
  tx: SqlQueryable,
  auth: AuthContext,
  inspectionId: string,
  changes: readonly Change[],
): Promise<boolean> {
  if (auth.user.agencyRole !== 'inspector' && auth.user.agencyRole !== 'lead-inspector') return false;
  const creation = changes.find(
    (change) => change.entity === 'inspection' && change.op === 'create' && change.entityId === inspectionId,
  );
  if (!creation) return false;
  const reference = typeof creation.fields['reference'] === 'string' ? creation.fields['reference'] : '';
  const inserted = await tx.query(
    'INSERT INTO inspections (id, reference, created_by) VALUES ($1, $2, $3) ON CONFLICT (id) DO NOTHING RETURNING id',
    [inspectionId, reference, auth.user.id],
  );
  if (inserted.length === 0) return false;
  await tx.query("INSERT INTO team_members (inspection_id, user_id, role) VALUES ($1, $2, 'lead')", [
    inspectionId,
    auth.user.id,
  ]);
  return true;
}

async function insertChanges(
  context: GatewayContext,
  tx: SqlQueryable,
  auth: AuthContext,
  changes: readonly Change[],
  sentAt: string,
  receivedAt: Date,
): Promise<ChangeReceipt[]> {
  if (changes.length === 0) return [];
  const [counter] = await tx.query<{ last_server_seq: number }>(
    'UPDATE change_counter SET last_server_seq = last_server_seq + $1 RETURNING last_server_seq',
    [changes.length],
  );
  let serverSeq = (counter?.last_server_seq ?? 0) - changes.length;
  const receipts: ChangeReceipt[] = [];
  for (let start = 0; start < changes.length; start += INSERT_ROWS_PER_STATEMENT) {
    const slice = changes.slice(start, start + INSERT_ROWS_PER_STATEMENT);
    const params: unknown[] = [];
    const rows: string[] = [];
    for (const change of slice) {
      serverSeq += 1;
      const skew = measureClockSkew(sentAt, change.at.utc, receivedAt, context.settings.clockSkewFlagMs);
      const values = [
        change.id,
        serverSeq,
        change.device,
        change.seq,
        change.inspectionId,
        auth.user.id,
        change.entity,
        change.entityId,
        change.op,
        canonicalJson(change),
        change.hash,
        change.prevHash,
        auth.user.id,
        auth.deviceId,
        storableDeviceTime(change.at.utc),
        receivedAt,
        skew.skewMs,
        skew.flagged,
      ];
      rows.push(`(${values.map((_, index) => `$${params.length + index + 1}`).join(', ')})`);
      params.push(...values);
      receipts.push({
        id: change.id,
        serverSeq,
        receivedAt: receivedAt.toISOString(),
        ...(skew.flagged ? { clockSkewMs: skew.skewMs } : {}),
      });
    }
    await tx.query(
      `INSERT INTO changes (id, server_seq, device_id, seq, inspection_id, owner_user_id, entity, entity_id, op, body,
         hash, prev_hash, pushed_by, pushed_from_device, device_at, received_at, clock_skew_ms, clock_skew_flagged)
       VALUES ${rows.join(', ')}`,
      params,
    );
  }
  return receipts;
}

const EARLIEST_STORED_DEVICE_TIME = Date.parse('1900-01-01T00:00:00Z');

/** The device time for the device_at column, or null when it is too early to store faithfully. */
function storableDeviceTime(utc: string): string | null {
  const time = Date.parse(utc);
  return time >= EARLIEST_STORED_DEVICE_TIME ? new Date(time).toISOString() : null;
}

function receiptOf(row: StoredReceipt): ChangeReceipt {
  return {
    id: row.id,
    serverSeq: row.server_seq,
    receivedAt: row.received_at.toISOString(),
    ...(row.clock_skew_flagged ? { clockSkewMs: row.clock_skew_ms } : {}),
  };
}
