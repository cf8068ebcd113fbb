/**
 * A minimal ZIP reader for untrusted files, written for inspection packages: it reads the table of
 * contents defensively (zipDirectory) and inflates each entry under hard caps on the bytes it really
 * produces (boundedInflate). It never writes anything anywhere, and entry names are only ever used as
 * keys in the returned map, never as file paths (SECURITY.md F5). Any refusal is a
 * PackageRejectedError naming the entry and the rule.
 */
import { inflateEntry, type InflateBudget } from './boundedInflate';
import { DEFAULT_ZIP_CAPS, type ZipCaps } from './zipCaps';
import { readZipDirectory } from './zipDirectory';

const PAUSE_EVERY_BYTES = 32 * 1024 * 1024;

export interface ZipReadOptions {
  caps?: Partial<ZipCaps>;
  /** Called now and then with the bytes inflated so far, after giving the UI a chance to repaint. */
  onProgress?: (inflatedBytes: number) => void;
}

/** Every entry's inflated bytes by name, in the order of the central directory. */
export async function readZip(file: Uint8Array, options: ZipReadOptions = {}): Promise<Map<string, Uint8Array>> {
  const caps: ZipCaps = { ...DEFAULT_ZIP_CAPS, ...options.caps };
  const locations = readZipDirectory(file, caps);
  const budget: InflateBudget = { inflatedTotal: 0 };
  const pause = async (inflatedBytes: number) => {
    // Inflating up to 2 GiB takes seconds; yielding keeps the window responsive and lets progress show.
    await new Promise((resolve) => setTimeout(resolve, 0));
    options.onProgress?.(inflatedBytes);
  };
  const entries = new Map<string, Uint8Array>();
  let sincePause = 0;
  for (const location of locations) {
    const bytes = await inflateEntry(file, location, caps, budget, pause);
    entries.set(location.name, bytes);
    sincePause += bytes.length;
    if (sincePause >= PAUSE_EVERY_BYTES) {
      sincePause = 0;
      await pause(budget.inflatedTotal);
    }
  }
  options.onProgress?.(budget.inflatedTotal);
  return entries;
}

export { DEFAULT_ZIP_CAPS, type ZipCaps };
