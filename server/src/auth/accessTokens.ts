/**
 * Short-lived access tokens: JWT, HS256, with a fixed issuer and audience that are checked on every
 * request, so a token minted for anything else is refused (SECURITY.md E5). They carry only who and
 * which device; the role and whether the user is still enabled are read from the database per request.
 */
import { randomUUID } from 'node:crypto';
import { errors, jwtVerify, SignJWT } from 'jose';
import { Id } from '../../../shared/domain/primitives';

export const TOKEN_ISSUER = 'inspection-workbench-gateway';
export const TOKEN_AUDIENCE = 'inspection-workbench-sync';

export interface AccessClaims {
  userId: string;
  deviceId: string;
}

export async function signAccessToken(
  secret: Uint8Array,
  claims: AccessClaims,
  now: Date,
  ttlSeconds: number,
): Promise<{ token: string; expiresAt: Date }> {
  const issuedAt = Math.floor(now.getTime() / 1000);
  const expiresAt = new Date((issuedAt + ttlSeconds) * 1000);
  const token = await new SignJWT({ dev: claims.deviceId })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setIssuer(TOKEN_ISSUER)
    .setAudience(TOKEN_AUDIENCE)
    .setSubject(claims.userId)
    .setJti(randomUUID())
    .setIssuedAt(issuedAt)
    .setExpirationTime(issuedAt + ttlSeconds)
    .sign(secret);
  return { token, expiresAt };
}

export type TokenCheck = { ok: true; claims: AccessClaims } | { ok: false; reason: string };

export async function verifyAccessToken(secret: Uint8Array, token: string, now: Date): Promise<TokenCheck> {
  try {
    const { payload } = await jwtVerify(token, secret, {
      issuer: TOKEN_ISSUER,
      audience: TOKEN_AUDIENCE,
      algorithms: ['HS256'],
      currentDate: now,
      requiredClaims: ['sub', 'exp', 'iat'],
    });
    const userId = Id.safeParse(payload.sub);
    const deviceId = Id.safeParse(payload['dev']);
    if (!userId.success || !deviceId.success) return { ok: false, reason: 'The access token is missing its subject or device.' };
    return { ok: true, claims: { userId: userId.data, deviceId: deviceId.data } };
  } catch (error) {
    if (error instanceof errors.JWTExpired) return { ok: false, reason: 'The access token has expired; refresh it.' };
    if (error instanceof errors.JWTClaimValidationFailed)
      return { ok: false, reason: `The access token is not for this gateway (${error.claim}).` };
    return { ok: false, reason: 'The access token is not valid.' };
  }
}
