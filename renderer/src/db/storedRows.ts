/**
 * The shapes of rows as IndexedDB holds them. Indexed columns sit beside an opaque `body` that only
 * the storage codec reads or writes, so encryption at rest changes the body and nothing else.
 */
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
