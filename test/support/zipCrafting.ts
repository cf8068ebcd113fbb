/**
 * Hand-written ZIP files for the import tests: every byte of the local headers, central directory and
 * end record is laid out here (PKWARE APPNOTE 4.3), so a test can produce what no honest zipper
 * would (a symlink, `../../evil`, a lying size, a bomb) without binary fixtures of unknown origin.
 * CRC-32 and deflate come from Node's zlib, independent of the code under test.
 */
import { crc32, constants, deflateRawSync } from 'node:zlib';
import { unzipSync } from 'fflate';
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';

export interface CraftedEntry {
  name: string;
  data?: Uint8Array;
  /** 8 (deflate, default) or 0 (stored); anything else to test unknown methods. */
  method?: number;
  /** Raw entry data as written, instead of `data` compressed with `method`. */
  rawData?: Uint8Array;
  /** Header overrides: what the entry claims, whatever its data is. */
  crc32?: number;
  compressedSize?: number;
  uncompressedSize?: number;
  flags?: number;
  /** High 16 bits: Unix mode (e.g. 0o120777 for a symlink); low byte: DOS attributes. */
  externalAttributes?: number;
  /** 0x031e: made by Unix (3), spec 3.0. */
  versionMadeBy?: number;
  /** A different name in the local header than in the central directory. */
  localName?: string;
}

export interface CraftOptions {
  diskNumber?: number;
  /** The entry count the end record declares (defaults to the real count). */
  declaredEntries?: number;
  comment?: string;
}

const UNIX_REGULAR_FILE = 0o100644 << 16;

export function craftZip(entries: readonly CraftedEntry[], options: CraftOptions = {}): Uint8Array {
  const encoder = new TextEncoder();
  const locals: Uint8Array[] = [];
  const centrals: Uint8Array[] = [];
  let offset = 0;
  for (const entry of entries) {
    const data = entry.data ?? new Uint8Array(0);
    const method = entry.method ?? 8;
    const raw = entry.rawData ?? (method === 8 ? new Uint8Array(deflateRawSync(data)) : data);
    const name = encoder.encode(entry.name);
    const localName = encoder.encode(entry.localName ?? entry.name);
    const crc = entry.crc32 ?? crc32(data);
    const compressedSize = entry.compressedSize ?? raw.length;
    const uncompressedSize = entry.uncompressedSize ?? data.length;
    const flags = entry.flags ?? 0;

    const local = new DataView(new ArrayBuffer(30));
    local.setUint32(0, 0x04034b50, true);
    local.setUint16(4, 20, true);
    local.setUint16(6, flags, true);
    local.setUint16(8, method, true);
    local.setUint16(10, 0, true);
    local.setUint16(12, 0x5b79, true); // 2025-11-25
    local.setUint32(14, crc, true);
    local.setUint32(18, compressedSize, true);
    local.setUint32(22, uncompressedSize, true);
    local.setUint16(26, localName.length, true);
    local.setUint16(28, 0, true);
    locals.push(new Uint8Array(local.buffer), localName, raw);

    const central = new DataView(new ArrayBuffer(46));
    central.setUint32(0, 0x02014b50, true);
    central.setUint16(4, entry.versionMadeBy ?? 0x031e, true);
    central.setUint16(6, 20, true);
    central.setUint16(8, flags, true);
    central.setUint16(10, method, true);
    central.setUint16(12, 0, true);
    central.setUint16(14, 0x5b79, true);
    central.setUint32(16, crc, true);
    central.setUint32(20, compressedSize, true);
    central.setUint32(24, uncompressedSize, true);
    central.setUint16(28, name.length, true);
    central.setUint16(30, 0, true);
    central.setUint16(32, 0, true);
    central.setUint16(34, 0, true);
    central.setUint16(36, 0, true);
    central.setUint32(38, (entry.externalAttributes ?? UNIX_REGULAR_FILE) >>> 0, true);
    central.setUint32(42, offset, true);
    centrals.push(new Uint8Array(central.buffer), name);
    offset += 30 + localName.length + raw.length;
  }
  const directoryOffset = offset;
  const directorySize = centrals.reduce((total, part) => total + part.length, 0);
  const comment = encoder.encode(options.comment ?? '');
  const end = new DataView(new ArrayBuffer(22));
  end.setUint32(0, 0x06054b50, true);
  end.setUint16(4, options.diskNumber ?? 0, true);
  end.setUint16(6, options.diskNumber ?? 0, true);
  end.setUint16(8, options.declaredEntries ?? entries.length, true);
  end.setUint16(10, options.declaredEntries ?? entries.length, true);
  end.setUint32(12, directorySize, true);
  end.setUint32(16, directoryOffset, true);
  end.setUint16(20, comment.length, true);
  return concat([...locals, ...centrals, new Uint8Array(end.buffer), comment]);
}

/**
 * A raw deflate stream of `mebibytes` MiB of zeros, about 1 KB per MiB: one fully flushed block of
 * 1 MiB repeated (a full flush makes each copy independent of the one before), then a final empty block.
 */
export function deflatedZeros(mebibytes: number): Uint8Array {
  const block = deflateRawSync(Buffer.alloc(1024 * 1024), { level: 9, finishFlush: constants.Z_FULL_FLUSH });
  const parts: Uint8Array[] = [];
  for (let index = 0; index < mebibytes; index += 1) parts.push(block);
  parts.push(deflateRawSync(Buffer.alloc(0)));
  return concat(parts);
}

/** A package's files by name (unzipped with fflate, which the code under test does not use to read). */
export function unzipPackage(bytes: Uint8Array): Map<string, Uint8Array> {
  return new Map(Object.entries(unzipSync(bytes)));
}

export interface RepackOptions {
  /** Recompute the manifest's sizes and hashes after the change, as a careful forger would. */
  updateManifest?: boolean;
  /** Entries to add to the ZIP without listing them in the manifest. */
  extra?: readonly CraftedEntry[];
}

/** Unzips a package, lets the test change its files, and zips it again by hand. */
export function repackPackage(
  bytes: Uint8Array,
  change: (files: Map<string, Uint8Array>) => void,
  options: RepackOptions = {},
): Uint8Array {
  const files = unzipPackage(bytes);
  change(files);
  if (options.updateManifest) {
    const manifestBytes = files.get('manifest.json');
    if (!manifestBytes) throw new Error('no manifest to update');
    const manifest = JSON.parse(new TextDecoder().decode(manifestBytes)) as {
      entries: { path: string; sha256: string; size: number }[];
    };
    manifest.entries = manifest.entries
      .filter((entry) => files.has(entry.path))
      .map((entry) => {
        const content = files.get(entry.path) ?? new Uint8Array(0);
        return { path: entry.path, sha256: bytesToHex(sha256(content)), size: content.length };
      });
    files.set('manifest.json', new TextEncoder().encode(JSON.stringify(manifest)));
  }
  const entries: CraftedEntry[] = [...files].map(([name, data]) => ({ name, data }));
  return craftZip([...entries, ...(options.extra ?? [])]);
}

export function jsonBytes(value: unknown): Uint8Array {
  return new TextEncoder().encode(JSON.stringify(value));
}

export function concat(parts: readonly Uint8Array[]): Uint8Array {
  const total = parts.reduce((sum, part) => sum + part.length, 0);
  const joined = new Uint8Array(total);
  let offset = 0;
  for (const part of parts) {
    joined.set(part, offset);
    offset += part.length;
  }
  return joined;
}
