/**
 * `commit`: the one write path. Every user action becomes changes that are written, together with the
 * new current state of each record and any photo bytes, in a single strict-durability transaction:
 * either all of it is on disk or none of it is (SECURITY.md D2). Each change gets the device's next
 * gapless sequence number, a hybrid logical clock, the device time with its offset, the prior values
 * of the fields it sets, and a hash chained to the device's previous change.
 *
 * Two ways to get there, deciding alike (commitPlan.ts): the optimistic path (commitOptimistic.ts)
 * opens and seals with WebCrypto before its transaction and only checks and writes inside it; the
 * locking path (commitInTransaction.ts) does everything inside the transaction with synchronous
 * crypto. The optimistic path is tried first; when another writer keeps coming in between, when it
 * would refuse, or inside a caller's transaction, the locking path decides.
 */
import Dexie from 'dexie';
import type { Actor, Change } from '@shared/changes/change';
import type { EntityName, EntityOf } from '@shared/domain/entities';
import { CommitValidationError, ReasonRequiredError } from './commitErrors';
import { commitInTransaction, handled } from './commitInTransaction';
import { prepareCommit, StaleReadError, writePrepared, type PreparedCommit } from './commitOptimistic';
import { encodeBlobsForCommit, type BlobInput } from './hashedBlob';
import { explainStorageError } from './storageErrors';
import type { StorageCodec } from './storageCodec';
import type { WorkbenchDatabase } from './WorkbenchDatabase';

export { CommitValidationError, ReasonRequiredError } from './commitErrors';
export { indexedColumns } from './commitPlan';
export { CLOCK_KEY, headKey, observeRemoteClock } from './deviceHead';
export type { BlobInput } from './hashedBlob';

export interface CommitSession {
  actor: Actor;
  deviceId: string;
  now(): Date;
}

export type RecordIntent = {
  [E in EntityName]:
    | { op: 'create'; entity: E; fields: EntityOf<E> }
    | { op: 'update'; entity: E; id: string; fields: Partial<EntityOf<E>> }
    | { op: 'delete'; entity: E; id: string };
}[EntityName];

export interface CommitRequest {
  intents: readonly RecordIntent[];
  reason?: string;
  blobs?: readonly BlobInput[];
}

/** Test seam: lets a test fail a commit between its steps to prove nothing is half-written. */
export interface CommitFaults {
  afterChangeWritten?(change: Change): void;
  beforeHeadUpdate?(): void;
  /** Between an optimistic attempt's reads and its write transaction, where another writer may come in. */
  optimisticWindow?(attempt: number): Promise<void> | void;
}

/**
 * Optimistic attempts before the locking path takes over. A retry only happens when another write
 * to the same rows (or any commit on this device, which moves the head) landed within the few
 * milliseconds of an attempt, so a second attempt almost always succeeds.
 */
const OPTIMISTIC_ATTEMPTS = 3;

export async function commit(
  db: WorkbenchDatabase,
  codec: StorageCodec,
  session: CommitSession,
  request: CommitRequest,
  faults: CommitFaults = {},
): Promise<Change[]> {
  // Photo bytes are checked against their hashes and encoded (sealed, with the encrypting codec) with
  // WebCrypto before any transaction: awaiting anything but IndexedDB inside one would let it commit early.
  const sealing = encodeBlobsForCommit(codec, request.blobs ?? []);
  // Inside a caller's transaction, awaiting WebCrypto would end it: only the locking path can run there.
  // Otherwise the first optimistic preparation (reads, deciding, sealing the records) runs while the
  // photo bytes are sealed, which WebCrypto does off the main thread (about 2 MB for a photo).
  const firstPreparation = Dexie.currentTransaction ? undefined : handled(prepareOrRefuse(db, codec, session, request));
  // A blob refused for its hash is reported first, as before, and nothing has been written.
  const blobRows = await sealing;
  try {
    if (firstPreparation) {
      for (let attempt = 1; attempt <= OPTIMISTIC_ATTEMPTS; attempt += 1) {
        const prepared = await (attempt === 1 ? firstPreparation : prepareOrRefuse(db, codec, session, request));
        if (!prepared) break;
        await faults.optimisticWindow?.(attempt);
        try {
          return await writePrepared(db, session, prepared, blobRows, faults);
        } catch (error) {
          if (!(error instanceof StaleReadError)) throw error;
        }
      }
    }
    return await commitInTransaction(db, codec, session, request, blobRows, faults);
  } catch (error) {
    throw explainStorageError(error);
  }
}

/**
 * The optimistic preparation, or null when it would refuse the request: its reads are not one
 * consistent view, so a refusal is left to the locking path, which decides on one (and gives the
 * same refusal when the data really is as read).
 */
async function prepareOrRefuse(
  db: WorkbenchDatabase,
  codec: StorageCodec,
  session: CommitSession,
  request: CommitRequest,
): Promise<PreparedCommit | null> {
  try {
    return await prepareCommit(db, codec, session, request);
  } catch (error) {
    if (error instanceof CommitValidationError || error instanceof ReasonRequiredError) return null;
    throw error;
  }
}
