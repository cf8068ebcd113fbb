/**
 * The limits an incoming ZIP must stay within. They are counted on the bytes actually inflated, not
 * on the sizes the file declares (SECURITY.md F5), and injectable so tests can use small ones.
 */
import { MAX_PACKAGE_ENTRIES } from '@shared/packages/packageManifest';

const MiB = 1024 * 1024;

export interface ZipCaps {
  /** Entries in the central directory: 10,000 photo files plus the three JSON entries. */
  maxEntries: number;
  /** Inflated bytes of any one entry. */
  maxEntryBytes: number;
  /** Inflated bytes of all entries together. */
  maxTotalBytes: number;
  /** Inflated bytes per compressed byte, for entries larger than `ratioCheckAbove`. */
  maxRatio: number;
  ratioCheckAbove: number;
}

export const DEFAULT_ZIP_CAPS: Readonly<ZipCaps> = {
  maxEntries: MAX_PACKAGE_ENTRIES,
  maxEntryBytes: 512 * MiB,
  maxTotalBytes: 2048 * MiB,
  // Honest deflate on JSON and text rarely passes 20:1; a zip bomb is near deflate's limit of ~1,030:1.
  maxRatio: 200,
  ratioCheckAbove: MiB,
};

export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * MiB) return `${+(bytes / (1024 * MiB)).toFixed(1)} GiB`;
  if (bytes >= MiB) return `${+(bytes / MiB).toFixed(1)} MiB`;
  if (bytes >= 1024) return `${+(bytes / 1024).toFixed(1)} KiB`;
  return `${bytes} bytes`;
}
