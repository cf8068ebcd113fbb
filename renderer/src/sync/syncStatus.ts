/** What the sync screen and the header show about sync: one snapshot, replaced as the engine works. */
import type { Assignment } from '@shared/sync/protocol';
import type { SyncAccount } from './syncSession';

export type SyncState =
  /** Never signed in on this laptop. */
  | 'signed-out'
  /** Signed in; nothing happening now. */
  | 'idle'
  | 'syncing'
  /** The gateway cannot be reached; trying again later. */
  | 'offline'
  /** The gateway asked to wait (429/503, Retry-After). */
  | 'waiting'
  /** The session ended: sign in again; everything stays queued. */
  | 'needs-sign-in'
  /** The gateway refused something, or answered outside the protocol: a person must look. */
  | 'problem';

export type SyncPhase = 'photos-up' | 'sending' | 'receiving' | 'photos-down';

export interface SyncProgress {
  phase: SyncPhase;
  changesSent: number;
  changesToSend: number;
  changesReceived: number;
  bytesSent: number;
  bytesToSend: number;
  photosReceived: number;
  photosToReceive: number;
}

export interface SyncStatus {
  account: SyncAccount | null;
  state: SyncState;
  progress: SyncProgress | null;
  lastSyncAt: string | null;
  nextAttemptAt: string | null;
  message: string | null;
  /** Device clock minus gateway clock, when measured. */
  clockSkewMs: number | null;
  assignments: readonly Assignment[];
}

export const INITIAL_STATUS: SyncStatus = {
  account: null,
  state: 'signed-out',
  progress: null,
  lastSyncAt: null,
  nextAttemptAt: null,
  message: null,
  clockSkewMs: null,
  assignments: [],
};
