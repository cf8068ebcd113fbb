/**
 * The gateway's settings: what main.ts reads from the environment, and the limits and token lifetimes
 * buildApp uses (tests shrink them). Defaults follow shared/sync/protocol.ts's SYNC_LIMITS.
 */
import { resolve } from 'node:path';
import { SYNC_LIMITS } from '../../shared/sync/protocol';
import { DEFAULT_ARGON2, type Argon2Params } from './auth/passwords';

export interface GatewaySettings {
  accessTokenTtlSeconds: number;
  refreshTokenTtlSeconds: number;
  maxPushBatch: number;
  maxJsonBodyBytes: number;
  maxUploadChunkBytes: number;
  maxBlobBytes: number;
  clockSkewFlagMs: number;
  /** Unfinished uploads are forgotten after this long. */
  uploadTtlSeconds: number;
  /**
   * Requests per window: per user once signed in, per client IP before; sign-in and refresh have
   * their own smaller limit per IP. Counted in this instance's memory (see app.ts).
   */
  rateLimit: { max: number; signInMax: number; timeWindowMs: number } | false;
  argon2: Argon2Params;
  /** Trust X-Forwarded-For from a reverse proxy in front of the gateway. */
  trustProxy: boolean;
  /** Origins of the workbench allowed to call the gateway from a page (CORS): the desktop app and the browser build. */
  allowedOrigins: readonly string[];
}

/** The desktop app's page and the browser build on its usual loopback ports (npm run web, the e2e tests). */
export const DEFAULT_ALLOWED_ORIGINS: readonly string[] = [
  'app://bundle',
  'http://127.0.0.1:5173',
  'http://localhost:5173',
  'http://127.0.0.1:5174',
];

export const DEFAULT_SETTINGS: GatewaySettings = {
  accessTokenTtlSeconds: 15 * 60,
  refreshTokenTtlSeconds: 30 * 24 * 60 * 60,
  maxPushBatch: SYNC_LIMITS.maxPushBatch,
  maxJsonBodyBytes: SYNC_LIMITS.maxJsonBodyBytes,
  maxUploadChunkBytes: SYNC_LIMITS.maxUploadChunkBytes,
  maxBlobBytes: SYNC_LIMITS.maxBlobBytes,
  clockSkewFlagMs: SYNC_LIMITS.clockSkewFlagMs,
  uploadTtlSeconds: 7 * 24 * 60 * 60,
  rateLimit: { max: 600, signInMax: 10, timeWindowMs: 60_000 },
  argon2: DEFAULT_ARGON2,
  trustProxy: false,
  allowedOrigins: DEFAULT_ALLOWED_ORIGINS,
};

export interface ServerEnvironment {
  port: number;
  host: string;
  /** PostgreSQL connection string; null runs embedded PGlite in `dataDir`. */
  databaseUrl: string | null;
  dataDir: string;
  /**
   * GATEWAY_PHOTO_DIR: photo bytes as files in this directory (shared by every instance). Without it,
   * the embedded database keeps them in DATA_DIR/photos, and PostgreSQL keeps them in the database.
   */
  photoDir: string | null;
  jwtSecret: string | null;
  trustProxy: boolean;
  /** GATEWAY_ALLOWED_ORIGINS, comma-separated; null keeps the defaults. */
  allowedOrigins: string[] | null;
}

export function readEnvironment(env: NodeJS.ProcessEnv = process.env, cwd: string = process.cwd()): ServerEnvironment {
  const port = Number(env['PORT'] ?? '8787');
  if (!Number.isInteger(port) || port < 0 || port > 65_535) throw new Error(`PORT must be a port number, not "${env['PORT']}".`);
  const databaseUrl = env['DATABASE_URL'] || null;
  const dataDir = resolve(cwd, env['DATA_DIR'] || '.data/gateway');
  return {
    port,
    host: env['HOST'] || '127.0.0.1',
    databaseUrl,
    dataDir,
    photoDir: env['GATEWAY_PHOTO_DIR'] ? resolve(cwd, env['GATEWAY_PHOTO_DIR']) : databaseUrl ? null : resolve(dataDir, 'photos'),
    jwtSecret: env['GATEWAY_JWT_SECRET'] || null,
    trustProxy: env['TRUST_PROXY'] === '1' || env['TRUST_PROXY'] === 'true',
    allowedOrigins: env['GATEWAY_ALLOWED_ORIGINS']
      ? env['GATEWAY_ALLOWED_ORIGINS'].split(',').map((origin) => origin.trim()).filter(Boolean)
      : null,
  };
}
