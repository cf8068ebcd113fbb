/**
 * Checks there is room for a batch of photos before it starts (SECURITY.md D3). The estimate is a
 * hint: each photo's commit still fails cleanly with StorageFullError if the disk fills up anyway.
 */
import { formatMegabytes } from './photoLimits';

/** Originals plus their copies, with room for the change log. */
const OVERHEAD = 1.3;

export async function storageWarningFor(totalBytes: number): Promise<string | null> {
  if (typeof navigator === 'undefined' || !navigator.storage?.estimate) return null;
  try {
    const { quota, usage } = await navigator.storage.estimate();
    if (quota === undefined || usage === undefined) return null;
    const free = quota - usage;
    if (free >= totalBytes * OVERHEAD) return null;
    return `This device may not have room for these photos (${formatMegabytes(totalBytes)} chosen, about ${formatMegabytes(Math.max(0, free))} free). Photos that do not fit will not be saved; free some space if that happens.`;
  } catch {
    return null;
  }
}
