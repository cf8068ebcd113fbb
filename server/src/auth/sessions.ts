/**
 * Sign-in, refresh and sign-out. Sign-in checks the password, registers the device to the user (a
 * device belongs to the first user who signs in on it) and starts a session: a 15-minute access token
 * and a refresh token. Refresh tokens are random, stored only as SHA-256 hashes, and single-use: each
 * refresh marks the token used and issues the next one in the same family; presenting a used token
 * again means it was copied, so the whole family is revoked (OAuth 2.0 Security BCP, refresh token
 * rotation).
 */
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { GENESIS_HASH } from '../../../shared/changes/change';
import type { AgencyRole, SessionResponse, SignInRequest } from '../../../shared/sync/protocol';
import type { SqlQueryable } from '../db/database';
import type { GatewayContext } from '../context';
import { forbidden, unauthorized } from '../httpErrors';
import { signAccessToken } from './accessTokens';
import { dummyPasswordHash, verifyPassword } from './passwords';
import { actorIdsOf, bindProfileIdentity } from './profileIdentities';

interface UserRow {
  id: string;
  username: string;
  name: string;
  initials: string;
  agency_role: AgencyRole;
  password_hash: string;
}

const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

export async function signIn(context: GatewayContext, request: SignInRequest): Promise<SessionResponse> {
  const [user] = await context.sql.query<UserRow>(
    'SELECT id, username, name, initials, agency_role, password_hash FROM users WHERE username = $1 AND disabled_at IS NULL',
    [request.username],
  );
  const passwordMatches = await verifyPassword(
    request.password,
    user?.password_hash ?? (await dummyPasswordHash(context.settings.argon2)),
  );
  if (!user || !passwordMatches) throw unauthorized('Wrong username or password.');

  return context.sql.transaction(async (tx) => {
    const [device] = await tx.query<{ user_id: string; revoked_at: Date | null }>(
      'SELECT user_id, revoked_at FROM devices WHERE id = $1 FOR UPDATE',
      [request.deviceId],
    );
    if (device && device.user_id !== user.id)
      throw forbidden('device-of-another-user', 'This device is registered to another user. Each person signs in on their own device.');
    if (device?.revoked_at) throw forbidden('device-revoked', 'This device has been withdrawn from use. Ask an administrator.');
    if (device) {
      await tx.query('UPDATE devices SET label = $2, last_seen_at = $3 WHERE id = $1', [
        request.deviceId,
        request.deviceLabel,
        context.now(),
      ]);
    } else {
      await tx.query('INSERT INTO devices (id, user_id, label, registered_at, last_seen_at) VALUES ($1, $2, $3, $4, $4)', [
        request.deviceId,
        user.id,
        request.deviceLabel,
        context.now(),
      ]);
      await tx.query('INSERT INTO device_heads (device_id, seq, hash) VALUES ($1, 0, $2) ON CONFLICT DO NOTHING', [
        request.deviceId,
        GENESIS_HASH,
      ]);
    }
    if (request.profileUserId) await bindProfileIdentity(tx, user.id, request.profileUserId, context.now());
    return issueSession(tx, context, user, request.deviceId, randomUUID());
  });
}

export async function refreshSession(context: GatewayContext, refreshToken: string): Promise<SessionResponse> {
  const outcome = await context.sql.transaction(async (tx) => {
    const [row] = await tx.query<{
      family_id: string;
      device_id: string;
      expires_at: Date;
      used_at: Date | null;
      revoked_at: Date | null;
      user_id: string;
    }>(
      'SELECT family_id, device_id, expires_at, used_at, revoked_at, user_id FROM refresh_tokens WHERE token_hash = $1 FOR UPDATE',
      [hashToken(refreshToken)],
    );
    if (!row || row.revoked_at) return { ok: false as const, message: 'The session has ended. Sign in again.' };
    if (row.used_at) {
      await tx.query('UPDATE refresh_tokens SET revoked_at = $2 WHERE family_id = $1 AND revoked_at IS NULL', [
        row.family_id,
        context.now(),
      ]);
      return { ok: false as const, message: 'This refresh token was already used, so the session has been ended. Sign in again.' };
    }
    if (row.expires_at.getTime() <= context.now().getTime())
      return { ok: false as const, message: 'The session has expired. Sign in again.' };
    const [user] = await tx.query<UserRow>(
      `SELECT u.id, u.username, u.name, u.initials, u.agency_role, u.password_hash
         FROM users u JOIN devices d ON d.user_id = u.id AND d.id = $2
        WHERE u.id = $1 AND u.disabled_at IS NULL AND d.revoked_at IS NULL`,
      [row.user_id, row.device_id],
    );
    if (!user) return { ok: false as const, message: 'The account or device is no longer allowed to sync.' };
    await tx.query('UPDATE refresh_tokens SET used_at = $2 WHERE token_hash = $1', [hashToken(refreshToken), context.now()]);
    return { ok: true as const, session: await issueSession(tx, context, user, row.device_id, row.family_id) };
  });
  // Thrown after the transaction so that revoking a reused token's family is committed.
  if (!outcome.ok) throw unauthorized(outcome.message);
  return outcome.session;
}

export async function signOut(context: GatewayContext, refreshToken: string): Promise<void> {
  await context.sql.query(
    `UPDATE refresh_tokens SET revoked_at = $2
      WHERE revoked_at IS NULL AND family_id = (SELECT family_id FROM refresh_tokens WHERE token_hash = $1)`,
    [hashToken(refreshToken), context.now()],
  );
}

async function issueSession(
  tx: SqlQueryable,
  context: GatewayContext,
  user: UserRow,
  deviceId: string,
  familyId: string,
): Promise<SessionResponse> {
  const now = context.now();
  const refreshToken = randomBytes(32).toString('base64url');
  const refreshExpiresAt = new Date(now.getTime() + context.settings.refreshTokenTtlSeconds * 1000);
  await tx.query(
    `INSERT INTO refresh_tokens (id, family_id, user_id, device_id, token_hash, issued_at, expires_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7)`,
    [randomUUID(), familyId, user.id, deviceId, hashToken(refreshToken), now, refreshExpiresAt],
  );
  const access = await signAccessToken(
    context.signingSecret,
    { userId: user.id, deviceId },
    now,
    context.settings.accessTokenTtlSeconds,
  );
  return {
    accessToken: access.token,
    refreshToken,
    expiresAt: access.expiresAt.toISOString(),
    refreshExpiresAt: refreshExpiresAt.toISOString(),
    deviceId,
    user: { id: user.id, username: user.username, name: user.name, initials: user.initials, agencyRole: user.agency_role },
    actorIds: await actorIdsOf(tx, user.id),
  };
}
