/**
 * The sync engine: one pass sends this laptop's photos and changes to the gateway, then takes in the
 * team's changes and the photos they name. It runs on "Sync now" and in the background while signed
 * in (every minute when all is well; with growing, jittered back-off when the gateway cannot be
 * reached; after the gateway's Retry-After when it asks to wait). Nothing is ever dropped: a failure
 * leaves every change and photo queued where it was, and the next pass continues from there.
 *
 * Photos go before the changes that name them, so a colleague who receives a photo record can usually
 * fetch its bytes at once.
 */
import { SYNC_LIMITS } from '@shared/sync/protocol';
import { blobHashesOf } from '@shared/domain/blobFields';
import type { DataStore } from '../db/DataStore';
import type { DeviceProfile } from '../db/deviceProfile';
import { queueUploads, runDownloads, runUploads } from './blobTransfers';
import { refreshContextPacks } from './contextPacks';
import type { GatewayClient } from './gatewayClient';
import { GatewayError } from './gatewayErrors';
import { CURSOR_KEY, PULLED_INSPECTIONS_KEY, pullChanges } from './pullChanges';
import { countUnsent, pushOutbox, unsentChanges } from './pushOutbox';
import type { SyncSession } from './syncSession';
import { INITIAL_STATUS, type SyncProgress, type SyncStatus } from './syncStatus';

export const LAST_SYNC_KEY = 'sync:last-sync';
const MINUTE = 60_000;

export interface SyncEngineOptions {
  /** Pause between background passes when all is well. */
  intervalMs?: number;
  /** First back-off after a failure; doubles up to maxBackoffMs. */
  backoffMs?: number;
  maxBackoffMs?: number;
  chunkBytes?: number;
  random?: () => number;
}

export class SignOutRefusedError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SignOutRefusedError';
  }
}

export class SyncEngine {
  private status: SyncStatus = INITIAL_STATUS;
  private readonly listeners = new Set<(status: SyncStatus) => void>();
  private running: Promise<SyncStatus> | null = null;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private failures = 0;
  private stopped = true;

  constructor(
    private readonly store: DataStore,
    private readonly profile: DeviceProfile,
    private readonly session: SyncSession,
    private readonly options: SyncEngineOptions = {},
  ) {}

  getStatus(): SyncStatus {
    return this.status;
  }

  subscribe(listener: (status: SyncStatus) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Loads the session and starts background syncing when signed in. */
  async start(): Promise<void> {
    this.stopped = false;
    const account = await this.session.load();
    const lastSyncAt = (await this.store.getMeta<string>(LAST_SYNC_KEY)) ?? null;
    this.set({ account, lastSyncAt, state: account ? 'idle' : 'signed-out' });
    if (account) this.schedule(0);
  }

  stop(): void {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }

  async signIn(gatewayUrl: string, username: string, password: string): Promise<SyncStatus> {
    const account = await this.session.signIn(gatewayUrl, username, password);
    this.failures = 0;
    this.set({ account, state: 'idle', message: null });
    return this.syncNow();
  }

  /** What still has to reach the gateway: refusing sign-out while any of it exists (unless exported). */
  async unsynced(): Promise<{ changes: number; photos: number }> {
    const changes = await countUnsent(this.store, this.profile.device.id);
    const photos = await this.store.db.blobTransfers
      .where('state')
      .anyOf('queued', 'uploading', 'failed')
      .filter((row) => row.direction === 'upload')
      .count();
    return { changes, photos };
  }

  async signOut(options: { exportedPackage: boolean }): Promise<void> {
    const { changes, photos } = await this.unsynced();
    if ((changes > 0 || photos > 0) && !options.exportedPackage)
      throw new SignOutRefusedError(
        `${changes} change${changes === 1 ? '' : 's'} and ${photos} photo${photos === 1 ? '' : 's'} have not reached the gateway yet. Sync first, or export a package of your inspections before signing out.`,
      );
    this.stop();
    await this.session.signOut();
    this.set({ ...INITIAL_STATUS, lastSyncAt: this.status.lastSyncAt });
  }

  /** Runs one pass now (or joins the one running). */
  syncNow(): Promise<SyncStatus> {
    this.running ??= this.pass().finally(() => {
      this.running = null;
    });
    return this.running;
  }

  private schedule(delayMs: number): void {
    if (this.stopped) return;
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.syncNow();
    }, delayMs);
  }

  private async pass(): Promise<SyncStatus> {
    if (!this.session.account()?.active) return this.status;
    this.set({ state: 'syncing', message: null, nextAttemptAt: null });
    try {
      const client = this.session.client((serverMs, deviceMs) => this.observeClock(serverMs, deviceMs));
      await this.runPass(client);
      const lastSyncAt = new Date().toISOString();
      await this.store.setMeta(LAST_SYNC_KEY, lastSyncAt);
      this.failures = 0;
      this.set({ state: 'idle', progress: null, lastSyncAt });
      this.retryIn(this.options.intervalMs ?? MINUTE);
    } catch (error) {
      this.fail(error);
    }
    return this.status;
  }

  private async runPass(client: GatewayClient): Promise<void> {
    const progress: SyncProgress = {
      phase: 'photos-up',
      changesSent: 0,
      changesToSend: 0,
      changesReceived: 0,
      bytesSent: 0,
      bytesToSend: 0,
      photosReceived: 0,
      photosToReceive: 0,
    };
    const report = (patch: Partial<SyncProgress>) => {
      Object.assign(progress, patch);
      this.set({ progress: { ...progress } });
    };
    const { assignments } = await client.assignments();
    this.set({ assignments });
    await refreshContextPacks(this.store, client, assignments);

    const deviceId = this.profile.device.id;
    await queueUploads(
      this.store,
      (await unsentChanges(this.store, deviceId)).flatMap((change) =>
        change.inspectionId ? blobHashesOf(change.entity, change.fields).map((sha256) => ({ inspectionId: change.inspectionId ?? '', sha256 })) : [],
      ),
    );
    await runUploads(this.store, client, ({ bytesDone, bytesTotal }) => report({ bytesSent: bytesDone, bytesToSend: bytesTotal }), this.options.chunkBytes);

    report({ phase: 'sending' });
    await pushOutbox(this.store, client, deviceId, ({ sent, total }) => report({ changesSent: sent, changesToSend: total }));

    report({ phase: 'receiving' });
    const startedFromScratch = ((await this.store.getMeta<string>(CURSOR_KEY)) ?? '0') === '0';
    let received = 0;
    received += await pullChanges(this.store, client, { onProgress: (p) => report({ changesReceived: received + p.received }) });
    const pulled = new Set((await this.store.getMeta<string[]>(PULLED_INSPECTIONS_KEY)) ?? []);
    for (const assignment of assignments) {
      if (pulled.has(assignment.inspectionId)) continue;
      if (!startedFromScratch)
        received += await pullChanges(this.store, client, {
          inspectionId: assignment.inspectionId,
          onProgress: (p) => report({ changesReceived: received + p.received }),
        });
      pulled.add(assignment.inspectionId);
    }
    await this.store.setMeta(PULLED_INSPECTIONS_KEY, [...pulled]);

    report({ phase: 'photos-down' });
    await runDownloads(this.store, client, (done, total) => report({ photosReceived: done, photosToReceive: total }));
  }

  private fail(error: unknown): void {
    if (!(error instanceof GatewayError)) {
      this.set({ state: 'problem', progress: null, message: error instanceof Error ? error.message : String(error) });
      this.retryIn(this.backoff());
      return;
    }
    switch (error.kind) {
      case 'sign-in':
        this.set({ state: 'needs-sign-in', progress: null, message: error.message, account: this.session.account() });
        return;
      case 'unreachable':
        this.set({ state: 'offline', progress: null, message: error.message });
        this.retryIn(this.backoff());
        return;
      case 'retry-later':
        this.set({ state: 'waiting', progress: null, message: error.message });
        this.retryIn(Math.max(error.details.retryAfterMs ?? 0, this.backoff()));
        return;
      case 'refused':
      case 'invalid-response':
        this.set({ state: 'problem', progress: null, message: error.message });
        this.retryIn(this.backoff());
    }
  }

  /** Exponential back-off with full jitter, so a team's laptops do not all retry at the same moment. */
  private backoff(): number {
    this.failures += 1;
    const base = this.options.backoffMs ?? 5_000;
    const ceiling = Math.min(this.options.maxBackoffMs ?? 5 * MINUTE, base * 2 ** (this.failures - 1));
    return Math.round(ceiling / 2 + ((this.options.random ?? Math.random)() * ceiling) / 2);
  }

  /** Records when the next pass is due; the background timer runs it unless the engine is stopped. */
  private retryIn(delayMs: number): void {
    this.set({ nextAttemptAt: new Date(Date.now() + delayMs).toISOString() });
    this.schedule(delayMs);
  }

  private observeClock(serverMs: number, deviceMs: number): void {
    const skew = deviceMs - serverMs;
    // Only worth a re-render when it moves by more than a second.
    if (this.status.clockSkewMs === null || Math.abs(this.status.clockSkewMs - skew) > 1000) this.set({ clockSkewMs: skew });
  }

  private set(patch: Partial<SyncStatus>): void {
    this.status = { ...this.status, ...patch };
    for (const listener of this.listeners) listener(this.status);
  }
}

export const isClockSkewed = (skewMs: number | null) => skewMs !== null && Math.abs(skewMs) > SYNC_LIMITS.clockSkewFlagMs;
