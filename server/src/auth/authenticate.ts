/**
 * Who is calling: the bearer access token is verified (signature, issuer, audience, expiry) and the
 * user and device are read from the database on every request, so disabling an account or withdrawing
 * a device takes effect at once rather than when the token expires.
 */
import type { AgencyRole } from '../../../shared/sync/protocol';
import type { AuthContext, GatewayContext } from '../context';
import { HttpError } from '../httpErrors';
import { verifyAccessToken } from './accessTokens';

const challenge = (message: string) =>
  new HttpError(401, 'unauthorized', message, { headers: { 'www-authenticate': 'Bearer error="invalid_token"' } });

export async function authenticate(context: GatewayContext, authorization: string | undefined): Promise<AuthContext> {
  const match = /^Bearer ([A-Za-z0-9._~+/-]+=*)$/.exec(authorization ?? '');
  if (!match?.[1]) throw challenge('Sign in first: this call needs an access token.');
  const check = await verifyAccessToken(context.signingSecret, match[1], context.now());
  if (!check.ok) throw challenge(check.reason);
  const [row] = await context.sql.query<{
    id: string;
    username: string;
    name: string;
    initials: string;
    agency_role: AgencyRole;
  }>(
    `SELECT u.id, u.username, u.name, u.initials, u.agency_role
       FROM users u JOIN devices d ON d.user_id = u.id AND d.id = $2
      WHERE u.id = $1 AND u.disabled_at IS NULL AND d.revoked_at IS NULL`,
    [check.claims.userId, check.claims.deviceId],
  );
  if (!row) throw challenge('The account or device is no longer allowed to sync.');
  return {
    user: { id: row.id, username: row.username, name: row.name, initials: row.initials, agencyRole: row.agency_role },
    deviceId: check.claims.deviceId,
  };
}
