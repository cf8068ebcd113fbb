/**
 * The gateway session of this device: who is signed in, where, and the tokens. Everything is kept in
 * the platform's secret store (Electron: the OS keychain through safeStorage; browser: sealed under a
 * non-extractable key), never in plain storage (SECURITY.md B5). The gateway's address alone is a
 * setting and sits in the meta table so the sign-in form can offer it again.
 *
 * Refresh tokens are single-use, so two refreshes must never race: one refresh is in flight at a time
 * and every caller waiting for a token shares it.
 */
import { z } from 'zod';
import { SessionResponseSchema, SessionUserSchema, type SessionResponse } from '@shared/sync/protocol';
import type { DataStore } from '../db/DataStore';
import type { DeviceProfile } from '../db/deviceProfile';
import type { SecretStore } from '../platform/Platform';
import { GatewayClient, type FetchLike, type TokenSource } from './gatewayClient';
import { GatewayError } from './gatewayErrors';

export const SESSION_SECRET_KEY = 'gateway-session';
export const GATEWAY_URL_KEY = 'sync:gateway-url';

const StoredSessionSchema = z
  .object({
    gatewayUrl: z.string().url(),
    user: SessionUserSchema,
    actorIds: z.array(z.string()),
    signedInAt: z.string(),
    accessToken: z.string(),
    refreshToken: z.string(),
    expiresAt: z.string(),
    refreshExpiresAt: z.string(),
  })
  .strict();
type StoredSession = z.infer<typeof StoredSessionSchema>;

export interface SyncAccount {
  gatewayUrl: string;
  user: StoredSession['user'];
  /** The actor ids the gateway takes from this person (their account and this laptop's profile). */
  actorIds: readonly string[];
  signedInAt: string;
  /** False after the gateway ended the session: sign in again (the outbox is kept). */
  active: boolean;
}

export class SyncSession implements TokenSource {
  private stored: StoredSession | null = null;
  private ended = false;
  private refreshing: Promise<boolean> | null = null;

  constructor(
    private readonly secrets: SecretStore,
    private readonly store: DataStore,
    private readonly profile: DeviceProfile,
    private readonly fetchImpl?: FetchLike,
  ) {}

  async load(): Promise<SyncAccount | null> {
    const text = await this.secrets.get(SESSION_SECRET_KEY);
    const parsed = text ? StoredSessionSchema.safeParse(safeJson(text)) : null;
    this.stored = parsed?.success ? parsed.data : null;
    return this.account();
  }

  account(): SyncAccount | null {
    if (!this.stored) return null;
    const { gatewayUrl, user, actorIds, signedInAt } = this.stored;
    return { gatewayUrl, user, actorIds, signedInAt, active: !this.ended };
  }

  client(onServerTime?: (serverMs: number, deviceMs: number) => void): GatewayClient {
    if (!this.stored) throw new GatewayError('sign-in', 'Sign in to the agency gateway to sync.');
    return new GatewayClient({
      baseUrl: this.stored.gatewayUrl,
      tokens: this,
      ...(this.fetchImpl ? { fetch: this.fetchImpl } : {}),
      ...(onServerTime ? { onServerTime } : {}),
    });
  }

  async signIn(gatewayUrl: string, username: string, password: string): Promise<SyncAccount> {
    const client = new GatewayClient({ baseUrl: gatewayUrl, ...(this.fetchImpl ? { fetch: this.fetchImpl } : {}) });
    const session = await client.signIn({
      username,
      password,
      deviceId: this.profile.device.id,
      deviceLabel: this.profile.device.label || 'Inspection laptop',
      profileUserId: this.profile.user.id,
    });
    if (this.stored && this.stored.user.id !== session.user.id)
      throw new GatewayError(
        'refused',
        `This laptop syncs as ${this.stored.user.name}. Sign out of that account first; each person signs in on their own laptop.`,
      );
    await this.save(gatewayUrl, session);
    await this.store.setMeta(GATEWAY_URL_KEY, gatewayUrl);
    this.ended = false;
    const account = this.account();
    if (!account) throw new Error('The session was not kept.');
    return account;
  }

  async accessToken(): Promise<string | null> {
    if (!this.stored || this.ended) return null;
    // Refresh a little early rather than spend a request on a token about to expire.
    if (Date.parse(this.stored.expiresAt) - Date.now() < 30_000 && !(await this.refresh())) return null;
    return this.stored.accessToken;
  }

  refresh(): Promise<boolean> {
    this.refreshing ??= this.refreshOnce().finally(() => {
      this.refreshing = null;
    });
    return this.refreshing;
  }

  /** Ends the session on the gateway (best effort) and forgets it here. The caller checks nothing is unsynced. */
  async signOut(): Promise<void> {
    const stored = this.stored;
    this.stored = null;
    this.ended = false;
    await this.secrets.delete(SESSION_SECRET_KEY);
    if (!stored) return;
    try {
      await new GatewayClient({ baseUrl: stored.gatewayUrl, ...(this.fetchImpl ? { fetch: this.fetchImpl } : {}) }).signOut(
        stored.refreshToken,
      );
    } catch {
      // Offline: the refresh token is forgotten here and expires on the gateway by itself.
    }
  }

  private async refreshOnce(): Promise<boolean> {
    const stored = this.stored;
    if (!stored || this.ended) return false;
    try {
      const session = await new GatewayClient({
        baseUrl: stored.gatewayUrl,
        ...(this.fetchImpl ? { fetch: this.fetchImpl } : {}),
      }).refresh(stored.refreshToken);
      await this.save(stored.gatewayUrl, session);
      return true;
    } catch (error) {
      if (error instanceof GatewayError && error.kind === 'sign-in') {
        this.ended = true;
        return false;
      }
      throw error;
    }
  }

  private async save(gatewayUrl: string, session: SessionResponse): Promise<void> {
    const checked = SessionResponseSchema.parse(session);
    const stored: StoredSession = {
      gatewayUrl,
      user: checked.user,
      actorIds: checked.actorIds,
      signedInAt: this.stored?.user.id === checked.user.id ? this.stored.signedInAt : new Date().toISOString(),
      accessToken: checked.accessToken,
      refreshToken: checked.refreshToken,
      expiresAt: checked.expiresAt,
      refreshExpiresAt: checked.refreshExpiresAt,
    };
    await this.secrets.set(SESSION_SECRET_KEY, JSON.stringify(stored));
    this.stored = stored;
  }
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return null;
  }
}
