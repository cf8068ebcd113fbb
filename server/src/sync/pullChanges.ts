/**
 * Pull: the changes a user may see, after a cursor, in the gateway's order of receipt (serverSeq).
 * A user sees every change of the inspections whose team they are on, and their own profile and
 * library records; nothing else (SECURITY.md E6). Changes come back exactly as their devices signed
 * them (so the client can re-verify every hash chain), plus what the gateway recorded on receipt.
 *
 * Cursors stay valid for ever: serverSeq numbers become visible in order (see migration 001), so a
 * page never skips a change that was still being committed when the previous page was read.
 */
import type { Change } from '../../../shared/changes/change';
import type { PulledChange, PullQuery, PullResponse } from '../../../shared/sync/protocol';
import type { AuthContext, GatewayContext } from '../context';
import { forbidden } from '../httpErrors';

interface PulledRow {
  server_seq: number;
  received_at: Date;
  clock_skew_ms: number;
  clock_skew_flagged: boolean;
  body: string;
}

export async function pullChanges(context: GatewayContext, auth: AuthContext, query: PullQuery): Promise<PullResponse> {
  const since = Number(query.since);
  // A device that asks not to receive its own changes gets no row of its own device (null matches none).
  const ownDevice = query.excludeOwnDevice === 'true' ? auth.deviceId : null;
  let rows: PulledRow[];
  if (query.inspectionId) {
    const member = await context.sql.query(
      'SELECT 1 FROM team_members WHERE user_id = $1 AND inspection_id = $2',
      [auth.user.id, query.inspectionId],
    );
    if (member.length === 0) throw forbidden('not-on-team', `You are not on the team of inspection ${query.inspectionId}.`);
    rows = await context.sql.query<PulledRow>(
      `SELECT server_seq, received_at, clock_skew_ms, clock_skew_flagged, body FROM changes
        WHERE inspection_id = $1 AND server_seq > $2 AND device_id IS DISTINCT FROM $4
        ORDER BY server_seq LIMIT $3`,
      [query.inspectionId, since, query.limit + 1, ownDevice],
    );
  } else {
    rows = await context.sql.query<PulledRow>(
      `SELECT server_seq, received_at, clock_skew_ms, clock_skew_flagged, body FROM changes
        WHERE server_seq > $2 AND device_id IS DISTINCT FROM $4
          AND (inspection_id IN (SELECT inspection_id FROM team_members WHERE user_id = $1)
               OR (inspection_id IS NULL AND owner_user_id = $1))
        ORDER BY server_seq LIMIT $3`,
      [auth.user.id, since, query.limit + 1, ownDevice],
    );
  }
  const hasMore = rows.length > query.limit;
  const page = rows.slice(0, query.limit);
  const last = page.at(-1);
  return {
    changes: page.map(toPulledChange),
    cursor: last ? String(last.server_seq) : query.since,
    hasMore,
  };
}

function toPulledChange(row: PulledRow): PulledChange {
  const change = JSON.parse(row.body) as Change;
  return {
    ...change,
    serverSeq: row.server_seq,
    receivedAt: row.received_at.toISOString(),
    ...(row.clock_skew_flagged ? { clockSkewMs: row.clock_skew_ms } : {}),
  };
}
