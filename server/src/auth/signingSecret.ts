/**
 * The HS256 key for access tokens. GATEWAY_JWT_SECRET wins when set (at least 32 characters);
 * otherwise a random key is generated once and kept in the database, so every gateway instance on one
 * database signs and accepts the same tokens without sharing a disk.
 */
import { randomBytes } from 'node:crypto';
import type { Sql } from '../db/database';

const SECRET_NAME = 'access-token-hs256';

export async function loadSigningSecret(sql: Sql, fromEnvironment: string | null): Promise<Uint8Array> {
  if (fromEnvironment !== null) {
    if (fromEnvironment.length < 32) throw new Error('GATEWAY_JWT_SECRET must be at least 32 characters.');
    return new TextEncoder().encode(fromEnvironment);
  }
  await sql.query('INSERT INTO server_secrets (name, value) VALUES ($1, $2) ON CONFLICT (name) DO NOTHING', [
    SECRET_NAME,
    randomBytes(32).toString('base64url'),
  ]);
  const rows = await sql.query<{ value: string }>('SELECT value FROM server_secrets WHERE name = $1', [SECRET_NAME]);
  const value = rows[0]?.value;
  if (!value) throw new Error('The access-token secret could not be stored.');
  return Buffer.from(value, 'base64url');
}
