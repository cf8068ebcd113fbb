/**
 * Adds a batch of photos one at a time, reporting progress after every file. Each photo is saved in
 * its own commit as soon as its original is checked and hashed; when the steps say how, its copies
 * are made and recorded after that, so a photo is safe long before its preview exists.
 * A bad file is refused with its reason and the rest carry on: good photos are kept whatever else is
 * in the batch. Only a full disk stops the batch, because every later file would fail the same way.
 */
import { StorageFullError } from '../db/storageErrors';
import { cleanDisplayName } from './displayName';
import type { PhotoFileInput, PreparedPhoto, PrepareResult } from './preparePhoto';

export type PhotoOutcome =
  | {
      name: string;
      added: true;
      photoId: string;
      /** Why the photo, though kept, has no preview (its copies could not be made). */
      note?: string;
    }
  | { name: string; added: false; reason: string };

export interface BatchProgress {
  total: number;
  outcomes: readonly PhotoOutcome[];
  /** The display name of the file being worked on, or null when the batch has finished. */
  current: string | null;
}

export interface BatchSteps {
  prepare(input: PhotoFileInput): Promise<PrepareResult>;
  /** Writes the photo (and any link to a finding) in one commit. */
  save(prepared: PreparedPhoto): Promise<void>;
  /** After the save: makes and records the copies; a reason when they could not be made. */
  finish?(prepared: PreparedPhoto): Promise<string | null>;
}

export async function addPhotoBatch(
  inputs: readonly PhotoFileInput[],
  steps: BatchSteps,
  onProgress: (progress: BatchProgress) => void = () => {},
): Promise<PhotoOutcome[]> {
  const outcomes: PhotoOutcome[] = [];
  let storageFull: string | null = null;
  for (const input of inputs) {
    const name = cleanDisplayName(input.name);
    onProgress({ total: inputs.length, outcomes: [...outcomes], current: name });
    if (storageFull) {
      outcomes.push({ name, added: false, reason: storageFull });
      continue;
    }
    const outcome = await addOne(input, name, steps);
    outcomes.push(outcome.result);
    if (outcome.storageFull) storageFull = `Not tried: ${outcome.storageFull}`;
  }
  onProgress({ total: inputs.length, outcomes: [...outcomes], current: null });
  return outcomes;
}

async function addOne(
  input: PhotoFileInput,
  name: string,
  steps: BatchSteps,
): Promise<{ result: PhotoOutcome; storageFull?: string }> {
  let prepared: PrepareResult;
  try {
    prepared = await steps.prepare(input);
  } catch (error) {
    return { result: { name, added: false, reason: `The photo could not be processed (${messageOf(error)}).` } };
  }
  if (!prepared.ok) return { result: { name, added: false, reason: prepared.reason } };
  try {
    await steps.save(prepared.prepared);
  } catch (error) {
    if (error instanceof StorageFullError)
      return { result: { name, added: false, reason: error.message }, storageFull: error.message };
    return { result: { name, added: false, reason: `The photo could not be saved (${messageOf(error)}).` } };
  }
  const photoId = prepared.prepared.photo.id;
  // The photo is saved: whatever happens to its copies, it stays added.
  try {
    const note = await steps.finish?.(prepared.prepared);
    return { result: { name, added: true, photoId, ...(note ? { note } : {}) } };
  } catch (error) {
    const note = `Its preview could not be made (${messageOf(error)}).`;
    if (error instanceof StorageFullError)
      return { result: { name, added: true, photoId, note }, storageFull: error.message };
    return { result: { name, added: true, photoId, note } };
  }
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
