/**
 * Inflates one ZIP entry while counting the bytes it really produces. fflate's streaming Inflate is
 * fed 16 KiB at a time, so one step yields at most ~16 MiB (deflate's ratio tops out near 1,030:1),
 * and the entry is abandoned the moment it passes the per-entry cap, the package's total cap, the
 * ratio cap or its own declared size. Declared sizes are never trusted (42.zip-style bombs lie
 * about them); the CRC-32 is checked at the end.
 */
import { Inflate } from 'fflate';
import { crc32 } from './crc32';
import { displayEntryName, PackageRejectedError } from './packageErrors';
import { formatBytes, type ZipCaps } from './zipCaps';
import type { ZipEntryLocation } from './zipDirectory';

const CHUNK_BYTES = 16 * 1024;

/** Inflated bytes of the whole package so far; shared by all entries of one read. */
export interface InflateBudget {
  inflatedTotal: number;
}

export async function inflateEntry(
  file: Uint8Array,
  entry: ZipEntryLocation,
  caps: ZipCaps,
  budget: InflateBudget,
  pause: (inflatedBytes: number) => Promise<void>,
): Promise<Uint8Array> {
  const shown = displayEntryName(entry.name);
  const compressed = file.subarray(entry.dataOffset, entry.dataOffset + entry.compressedSize);
  let produced = 0;
  let crc = 0;
  const chunks: Uint8Array[] = [];

  const accept = (chunk: Uint8Array) => {
    produced += chunk.length;
    budget.inflatedTotal += chunk.length;
    if (produced > caps.maxEntryBytes)
      throw new PackageRejectedError(
        'entry-too-large',
        `The package entry ${shown} expands to more than ${formatBytes(caps.maxEntryBytes)}, the limit per entry, as zip bombs do.`,
        entry.name,
      );
    if (budget.inflatedTotal > caps.maxTotalBytes)
      throw new PackageRejectedError(
        'package-too-large',
        `The package expands to more than ${formatBytes(caps.maxTotalBytes)} in total (reached in ${shown}), as zip bombs do.`,
        entry.name,
      );
    if (produced > caps.ratioCheckAbove && produced > caps.maxRatio * Math.max(1, entry.compressedSize))
      throw new PackageRejectedError(
        'compression-ratio',
        `The package entry ${shown} expands more than ${caps.maxRatio} times its compressed size, as zip bombs do.`,
        entry.name,
      );
    if (produced > entry.uncompressedSize)
      throw new PackageRejectedError(
        'entry-too-large',
        `The package entry ${shown} expands to more bytes than it declares (${formatBytes(entry.uncompressedSize)}), a sign of a crafted file.`,
        entry.name,
      );
    crc = crc32(chunk, crc);
    chunks.push(chunk);
  };

  if (entry.method === 0) {
    accept(compressed.slice());
  } else {
    const inflater = new Inflate((chunk) => accept(chunk));
    let sincePause = 0;
    let offset = 0;
    do {
      const end = Math.min(offset + CHUNK_BYTES, compressed.length);
      const before = produced;
      try {
        inflater.push(compressed.subarray(offset, end), end === compressed.length);
      } catch (error) {
        if (error instanceof PackageRejectedError) throw error;
        throw new PackageRejectedError(
          'damaged',
          `The package is damaged or incomplete: the entry ${shown} cannot be decompressed.`,
          entry.name,
        );
      }
      offset = end;
      sincePause += produced - before;
      if (sincePause >= 32 * 1024 * 1024) {
        sincePause = 0;
        await pause(budget.inflatedTotal);
      }
    } while (offset < compressed.length);
  }

  if (produced !== entry.uncompressedSize || crc !== entry.crc32)
    throw new PackageRejectedError(
      'damaged',
      `The package is damaged or incomplete: the entry ${shown} does not match its recorded size and checksum.`,
      entry.name,
    );
  return concatenate(chunks, produced);
}

function concatenate(chunks: readonly Uint8Array[], length: number): Uint8Array {
  if (chunks.length === 1 && chunks[0]) return chunks[0];
  const joined = new Uint8Array(length);
  let offset = 0;
  for (const chunk of chunks) {
    joined.set(chunk, offset);
    offset += chunk.length;
  }
  return joined;
}
