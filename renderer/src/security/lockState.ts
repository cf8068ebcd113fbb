/**
 * Whether the workbench is locked, shared by the data provider (which holds the key and does the
 * locking), the header's "Lock now" button, and the platform bridge guard. While locked, the guarded
 * bridge refuses to hand out secrets: only the OS-kept data key can be read, which is what OS-backed
 * unlock is for.
 */
import { useSyncExternalStore } from 'react';
import { OS_DATA_KEY_SECRET } from '@shared/ipc/lockPolicy';
import type { Platform } from '../platform/Platform';
import { WorkbenchLockedError } from './encryptingCodec';

export const LOCK_SETTINGS_KEY = 'lock-settings';
export const DEFAULT_IDLE_MINUTES = 15;
export const MIN_IDLE_MINUTES = 1;
/** The organisation's maximum: a laptop left open is locked within the hour whatever the setting. */
export const MAX_IDLE_MINUTES = 60;
/** The name under which the OS keychain (safeStorage) keeps a copy of the data key. */
export { OS_DATA_KEY_SECRET };

export interface LockSettings {
  idleMinutes: number;
}

interface LockSnapshot {
  locked: boolean;
  idleMinutes: number;
}

let snapshot: LockSnapshot = { locked: true, idleMinutes: DEFAULT_IDLE_MINUTES };
const listeners = new Set<() => void>();
const lockRequests = new Set<() => void>();

function update(next: Partial<LockSnapshot>) {
  snapshot = { ...snapshot, ...next };
  for (const listener of listeners) listener();
}

export function clampIdleMinutes(value: unknown): number {
  const minutes = typeof value === 'number' && Number.isFinite(value) ? Math.round(value) : DEFAULT_IDLE_MINUTES;
  return Math.min(MAX_IDLE_MINUTES, Math.max(MIN_IDLE_MINUTES, minutes));
}

export const markUnlocked = (idleMinutes: number) =>
  update({ locked: false, idleMinutes: clampIdleMinutes(idleMinutes) });
export const markLocked = () => update({ locked: true });
export const setIdleMinutes = (idleMinutes: number) => update({ idleMinutes: clampIdleMinutes(idleMinutes) });
export const isLocked = () => snapshot.locked;

/** Ask whoever holds the key to lock now (the header button, the idle timer). */
export function requestLock(): void {
  for (const onRequest of lockRequests) onRequest();
}

export function onLockRequest(listener: () => void): () => void {
  lockRequests.add(listener);
  return () => lockRequests.delete(listener);
}

export function useLockState(): LockSnapshot {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => snapshot,
  );
}

/** The platform bridge with its secret store shut while the workbench is locked. */
export function guardPlatform(platform: Platform): Platform {
  const refuseWhileLocked = () => {
    if (snapshot.locked) throw new WorkbenchLockedError();
  };
  const { secrets } = platform;
  return {
    ...platform,
    secrets: {
      status: () => secrets.status(),
      async get(key) {
        if (key !== OS_DATA_KEY_SECRET) refuseWhileLocked();
        return secrets.get(key);
      },
      async set(key, value) {
        refuseWhileLocked();
        return secrets.set(key, value);
      },
      async delete(key) {
        refuseWhileLocked();
        return secrets.delete(key);
      },
    },
  };
}
