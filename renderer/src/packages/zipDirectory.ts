/**
 * Reads a ZIP file's table of contents (end-of-central-directory record, central directory, local
 * headers) from untrusted bytes and refuses anything an inspection package never contains: ZIP64,
 * multi-part archives, folders, links, encrypted entries, unknown compression, names outside the
 * allowed list, duplicates, overlapping entries, declared sizes over the caps. It only locates entry
 * data; inflating it (and counting the real bytes) is boundedInflate's job. Structure follows
 * PKWARE's APPNOTE.TXT 6.3.
 */
import { isAllowedEntryName } from '@shared/packages/packageManifest';
import { displayEntryName, PackageRejectedError } from './packageErrors';
import { formatBytes, type ZipCaps } from './zipCaps';

export interface ZipEntryLocation {
  name: string;
  method: 0 | 8;
  crc32: number;
  compressedSize: number;
  uncompressedSize: number;
  /** Offset of the entry's data (after its local header) in the file. */
  dataOffset: number;
}

const EOCD_SIGNATURE = 0x06054b50;
const ZIP64_LOCATOR_SIGNATURE = 0x07064b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;
const EOCD_SIZE = 22;
const CENTRAL_SIZE = 46;
const LOCAL_SIZE = 30;
const MAX_COMMENT = 0xffff;
const ZIP64_EXTRA_ID = 0x0001;

const FLAG_ENCRYPTED = 0x0001;
const FLAG_STRONG_ENCRYPTION = 0x0040;
const DOS_DIRECTORY = 0x10;
const UNIX_TYPE_MASK = 0o170000;
const UNIX_REGULAR = 0o100000;
const UNIX_DIRECTORY = 0o040000;
const UNIX_SYMLINK = 0o120000;

const nameDecoder = new TextDecoder('utf-8');

function damaged(detail: string, entry?: string): PackageRejectedError {
  return new PackageRejectedError('damaged', `The package is damaged or incomplete: ${detail}.`, entry);
}

export function readZipDirectory(bytes: Uint8Array, caps: ZipCaps): ZipEntryLocation[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const eocd = findEndOfCentralDirectory(bytes, view);
  const diskNumber = view.getUint16(eocd + 4, true);
  const directoryDisk = view.getUint16(eocd + 6, true);
  const entriesOnDisk = view.getUint16(eocd + 8, true);
  const totalEntries = view.getUint16(eocd + 10, true);
  const directorySize = view.getUint32(eocd + 12, true);
  const directoryOffset = view.getUint32(eocd + 16, true);

  if (
    (eocd >= 20 && view.getUint32(eocd - 20, true) === ZIP64_LOCATOR_SIGNATURE) ||
    totalEntries === 0xffff ||
    directorySize === 0xffffffff ||
    directoryOffset === 0xffffffff
  ) {
    throw new PackageRejectedError('zip64', 'The package uses the ZIP64 format, which inspection packages never use.');
  }
  if (diskNumber !== 0 || directoryDisk !== 0 || entriesOnDisk !== totalEntries) {
    throw new PackageRejectedError(
      'multi-disk',
      'The package is one part of a ZIP split across several files; an inspection package is a single file.',
    );
  }
  if (totalEntries > caps.maxEntries) {
    throw new PackageRejectedError(
      'too-many-entries',
      `The package has ${totalEntries.toLocaleString('en-GB')} entries, more than the ${caps.maxEntries.toLocaleString('en-GB')} an inspection package may hold.`,
    );
  }
  if (directoryOffset + directorySize > eocd) throw damaged('its table of contents points past the end of the file');

  const entries: ZipEntryLocation[] = [];
  const seen = new Set<string>();
  const ranges: { name: string; start: number; end: number }[] = [];
  let declaredTotal = 0;
  let position = directoryOffset;
  for (let index = 0; index < totalEntries; index += 1) {
    if (
      position + CENTRAL_SIZE > directoryOffset + directorySize ||
      view.getUint32(position, true) !== CENTRAL_SIGNATURE
    )
      throw damaged('its table of contents is cut short or corrupted');
    const nameLength = view.getUint16(position + 28, true);
    const extraLength = view.getUint16(position + 30, true);
    const commentLength = view.getUint16(position + 32, true);
    const next = position + CENTRAL_SIZE + nameLength + extraLength + commentLength;
    if (next > directoryOffset + directorySize) throw damaged('its table of contents is cut short or corrupted');
    const name = nameDecoder.decode(bytes.subarray(position + CENTRAL_SIZE, position + CENTRAL_SIZE + nameLength));
    const shown = displayEntryName(name);
    const flags = view.getUint16(position + 8, true);
    const method = view.getUint16(position + 10, true);
    const crc = view.getUint32(position + 16, true);
    const compressedSize = view.getUint32(position + 20, true);
    const uncompressedSize = view.getUint32(position + 24, true);
    const diskStart = view.getUint16(position + 34, true);
    const externalAttributes = view.getUint32(position + 38, true);
    const localOffset = view.getUint32(position + 42, true);
    const extra = bytes.subarray(
      position + CENTRAL_SIZE + nameLength,
      position + CENTRAL_SIZE + nameLength + extraLength,
    );

    checkName(name, shown, externalAttributes);
    if (seen.has(name))
      throw new PackageRejectedError(
        'duplicate-entry',
        `The package contains the entry ${shown} more than once.`,
        name,
      );
    seen.add(name);
    if (
      hasZip64Extra(extra) ||
      compressedSize === 0xffffffff ||
      uncompressedSize === 0xffffffff ||
      localOffset === 0xffffffff
    )
      throw new PackageRejectedError(
        'zip64',
        `The package entry ${shown} uses the ZIP64 format, which inspection packages never use.`,
        name,
      );
    if (diskStart !== 0)
      throw new PackageRejectedError(
        'multi-disk',
        `The package entry ${shown} is stored in another part of a split ZIP; an inspection package is a single file.`,
        name,
      );
    if (flags & (FLAG_ENCRYPTED | FLAG_STRONG_ENCRYPTION))
      throw new PackageRejectedError(
        'encrypted',
        `The package entry ${shown} is encrypted with a ZIP password; inspection packages never are.`,
        name,
      );
    if (method !== 0 && method !== 8)
      throw new PackageRejectedError(
        'compression-method',
        `The package entry ${shown} uses a compression method this app does not read (method ${method}); packages use only "stored" and "deflate".`,
        name,
      );
    if (method === 0 && compressedSize !== uncompressedSize)
      throw damaged(`the stored entry ${shown} declares two different sizes`, name);
    checkDeclaredSize(name, shown, compressedSize, uncompressedSize, caps);
    declaredTotal += uncompressedSize;
    if (declaredTotal > caps.maxTotalBytes)
      throw new PackageRejectedError(
        'package-too-large',
        `The package declares more than ${formatBytes(caps.maxTotalBytes)} of content in total, over the limit for one package.`,
      );

    const dataOffset = locateData(bytes, view, name, shown, localOffset, method, directoryOffset);
    if (dataOffset + compressedSize > directoryOffset) throw damaged(`the entry ${shown} runs past its end`, name);
    ranges.push({ name: shown, start: localOffset, end: dataOffset + compressedSize });
    entries.push({ name, method, crc32: crc, compressedSize, uncompressedSize, dataOffset });
    position = next;
  }
  if (position !== directoryOffset + directorySize) throw damaged('its table of contents has unexplained bytes');
  checkNoOverlap(ranges);
  return entries;
}

function findEndOfCentralDirectory(bytes: Uint8Array, view: DataView): number {
  const looksLikeZip = bytes.length >= 4 && view.getUint32(0, true) === LOCAL_SIGNATURE;
  const lowest = Math.max(0, bytes.length - EOCD_SIZE - MAX_COMMENT);
  for (let position = bytes.length - EOCD_SIZE; position >= lowest; position -= 1) {
    if (view.getUint32(position, true) !== EOCD_SIGNATURE) continue;
    // The record must end exactly where the file ends (after its comment); a signature found
    // anywhere else is inside some entry's data, or the file was cut short.
    if (position + EOCD_SIZE + view.getUint16(position + 20, true) === bytes.length) return position;
  }
  if (looksLikeZip || (bytes.length >= 4 && view.getUint32(0, true) === EOCD_SIGNATURE))
    throw damaged('its end was cut off (its table of contents is missing), perhaps while it was copied');
  throw new PackageRejectedError('not-a-zip', 'This file is not an inspection package: it is not a ZIP file.');
}

/** Zip slip and friends: only the fixed list of names is ever accepted (SECURITY.md F5). */
function checkName(name: string, shown: string, externalAttributes: number): void {
  if (name.includes('\\'))
    throw new PackageRejectedError('backslash', `The package contains a path with a backslash: ${shown}.`, name);
  if (name.startsWith('/') || /^[A-Za-z]:/.test(name))
    throw new PackageRejectedError('absolute-path', `The package contains an absolute path: ${shown}.`, name);
  if (name.split('/').some((part) => part === '..'))
    throw new PackageRejectedError('path-outside', `The package contains a path outside its folder: ${shown}.`, name);
  const unixType = (externalAttributes >>> 16) & UNIX_TYPE_MASK;
  if (name.endsWith('/') || unixType === UNIX_DIRECTORY || externalAttributes & DOS_DIRECTORY)
    throw new PackageRejectedError(
      'folder-entry',
      `The package contains a folder entry: ${shown}. Inspection packages contain only files.`,
      name,
    );
  // The Unix file type sits in the high 16 bits of the external attributes; a link would point the
  // reader at a file outside the package.
  if (unixType === UNIX_SYMLINK)
    throw new PackageRejectedError('symlink', `The package contains a symbolic link: ${shown}.`, name);
  if (unixType !== 0 && unixType !== UNIX_REGULAR)
    throw new PackageRejectedError(
      'special-file',
      `The package contains ${shown}, which is not an ordinary file.`,
      name,
    );
  if (!isAllowedEntryName(name))
    throw new PackageRejectedError(
      'unexpected-entry',
      `The package contains an entry that does not belong in an inspection package: ${shown}.`,
      name,
    );
}

function checkDeclaredSize(name: string, shown: string, compressed: number, uncompressed: number, caps: ZipCaps) {
  if (uncompressed > caps.maxEntryBytes)
    throw new PackageRejectedError(
      'entry-too-large',
      `The package entry ${shown} declares ${formatBytes(uncompressed)}, over the limit of ${formatBytes(caps.maxEntryBytes)} per entry.`,
      name,
    );
  if (uncompressed > caps.ratioCheckAbove && uncompressed > compressed * caps.maxRatio)
    throw new PackageRejectedError(
      'compression-ratio',
      `The package entry ${shown} declares it expands more than ${caps.maxRatio} times its compressed size, as zip bombs do.`,
      name,
    );
}

function hasZip64Extra(extra: Uint8Array): boolean {
  const view = new DataView(extra.buffer, extra.byteOffset, extra.byteLength);
  for (let offset = 0; offset + 4 <= extra.length; offset += 4 + view.getUint16(offset + 2, true)) {
    if (view.getUint16(offset, true) === ZIP64_EXTRA_ID) return true;
  }
  return false;
}

/** The local header must agree with the central directory, or two readers would see two different files. */
function locateData(
  bytes: Uint8Array,
  view: DataView,
  name: string,
  shown: string,
  localOffset: number,
  method: number,
  directoryOffset: number,
): number {
  if (localOffset + LOCAL_SIZE > directoryOffset || view.getUint32(localOffset, true) !== LOCAL_SIGNATURE)
    throw damaged(`the entry ${shown} is missing`, name);
  const nameLength = view.getUint16(localOffset + 26, true);
  const extraLength = view.getUint16(localOffset + 28, true);
  const localName = nameDecoder.decode(bytes.subarray(localOffset + LOCAL_SIZE, localOffset + LOCAL_SIZE + nameLength));
  if (localName !== name || view.getUint16(localOffset + 8, true) !== method)
    throw damaged(`the entry ${shown} does not match its table of contents entry`, name);
  return localOffset + LOCAL_SIZE + nameLength + extraLength;
}

/** Overlapping entries let a tiny file expand many times over (a "non-recursive" zip bomb). */
function checkNoOverlap(ranges: { name: string; start: number; end: number }[]): void {
  const ordered = [...ranges].sort((a, b) => a.start - b.start);
  for (let index = 1; index < ordered.length; index += 1) {
    const before = ordered[index - 1];
    const current = ordered[index];
    if (before && current && current.start < before.end)
      throw new PackageRejectedError(
        'overlapping-entries',
        `The package entries ${before.name} and ${current.name} share the same bytes, as crafted zip bombs do.`,
        current.name,
      );
  }
}
