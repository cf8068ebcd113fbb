/**
 * What encryption at rest costs (issue 8): the same commit and the same photo ingest through the
 * encrypting codec and through the plain codec, in the same run. Each codec gets its own scratch
 * database seeded with the same plan, and the two are timed run by run in turn.
 */
import { v7 as uuidv7 } from 'uuid';
import type { DataStore } from '../../../renderer/src/db/DataStore';
import { plainCodec } from '../../../renderer/src/db/storageCodec';
import type { PhotoRenderer } from '../../../renderer/src/photos/photoRenderer';
import { createEncryptingCodec } from '../../../renderer/src/security/encryptingCodec';
import { generateDataKey } from '../../../renderer/src/security/keyring';
import { compare, editFinding, seed, type Comparison } from './benchmarks';
import { openWorkbench } from './benchStore';
import { timeInTurn } from './measure';
import { ingestPhoto } from './photoIngest';
import type { SeedPlan } from './seedBigDatabase';

const PLAN: SeedPlan = { inspections: 5, findings: 1_000, changes: 2_000, photos: 0, largestShare: 0.5 };

export interface EncryptionCost {
  /** Subject: the encrypting codec; baseline: the plain codec. */
  commit: Comparison;
  photoIngest: Comparison;
}

export async function measureEncryptionCost(
  jpeg: { original: Uint8Array; thumbnail: Uint8Array },
  photos: readonly Uint8Array[],
  renderer: PhotoRenderer,
  commitRuns: number,
  photoWarmup: number,
): Promise<EncryptionCost> {
  const dataKey = generateDataKey();
  const sealedCodec = createEncryptingCodec(dataKey, { acceptPlain: false });
  dataKey.fill(0);
  const stores: DataStore[] = [
    await openWorkbench(`bench-sealed-${uuidv7()}`, sealedCodec),
    await openWorkbench(`bench-plain-${uuidv7()}`, plainCodec),
  ];
  try {
    const [sealed, plain] = await Promise.all(stores.map((store) => seed(store, jpeg, PLAN)));
    if (!sealed || !plain) throw new Error('seeding failed');
    const [sealedStore, plainStore] = stores as [DataStore, DataStore];
    const [commitSealed, commitPlain] = await timeInTurn(5, commitRuns, [
      (run) => editFinding(sealedStore, sealed.findingIds, run),
      (run) => editFinding(plainStore, plain.findingIds, run),
    ]);
    const pick = (run: number) => (run < 0 ? -1 - run : photoWarmup + run);
    const ingest = (store: DataStore, inspectionId: string) => (run: number) =>
      ingestPhoto(store, inspectionId, photos[pick(run)] ?? new Uint8Array(), pick(run), renderer);
    const [photoSealed, photoPlain] = await timeInTurn(photoWarmup, photos.length - photoWarmup, [
      ingest(sealedStore, sealed.largestInspectionId),
      ingest(plainStore, plain.largestInspectionId),
    ]);
    if (!commitSealed || !commitPlain || !photoSealed || !photoPlain) throw new Error('missing timings');
    return { commit: compare(commitSealed, commitPlain), photoIngest: compare(photoSealed, photoPlain) };
  } finally {
    sealedCodec.dispose();
    for (const store of stores) await store.db.delete();
  }
}
