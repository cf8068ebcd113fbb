/**
 * The shapes of rows as IndexedDB holds them. Indexed columns sit beside an opaque `body` that only
 * the storage codec reads or writes, so encryption at rest changes the body and nothing else.
 */
import type { FieldConflict } from '@shared/changes/conflicts';

export interface StoredRecordRow {
  id: string;
  /** Indexed, non-sensitive columns (see INDEXED_FIELDS). */
  [column: string]: unknown;
  body: unknown;
}

export interface StoredChangeRow {
  id: string;
  device: string;
  seq: number;
  inspectionId: string | null;
  entity: string;
  entityId: string;
  hlc: string;
  /** 1 while the change waits to be pushed to the gateway, 0 once the gateway acknowledged it. */
  pending: 0 | 1;
  body: unknown;
}

export interface StoredBlobRow {
  sha256: string;
  mediaType: string;
  size: number;
  body: unknown;
}

export interface MetaRow {
  key: string;
  value: unknown;
}

/** A conflict found in received changes (shared/changes/conflicts.ts); values stay in the change log. */
export type ConflictRow = FieldConflict;

export type BlobTransferState = 'queued' | 'uploading' | 'verified' | 'failed';

/**
 * One blob to send to the gateway for one inspection (the gateway keeps a blob per inspection that
 * uses it), or to fetch from it. Holds hashes, sizes and states only: nothing sensitive.
 */
export interface BlobTransferRow {
  /** `${direction}:${inspectionId}:${sha256}` */
  id: string;
  direction: 'upload' | 'download';
  inspectionId: string;
  sha256: string;
  mediaType: string;
  size: number;
  state: BlobTransferState;
  /** Bytes the gateway holds (uploads) or received (downloads). */
  offset: number;
  /** The gateway's path for a started upload, so it resumes across restarts. */
  location: string | null;
  /** Why the last attempt failed, for the person looking at the sync screen. */
  error: string | null;
  updatedAt: string;
}
