/**
 * Writes an inspection package: a ZIP holding the change log in scope (changes.json), the state it
 * produces (state.json), the photo files (blobs/<sha256>) and a manifest with the size and SHA-256 of
 * each of them. Its output is always something readPackage accepts: it refuses to write a package
 * over the reader's caps, and stores (rather than deflates) JSON that deflate would squeeze past the
 * reader's zip-bomb ratio.
 */
import { deflateSync, zipSync, type Zippable } from 'fflate';
import type { Actor } from '@shared/changes/change';
import { MAX_IPC_FILE_BYTES } from '@shared/ipc/contract';
import {
  blobEntryPath,
  CHANGES_PATH,
  MANIFEST_PATH,
  MAX_PACKAGE_BLOBS,
  PACKAGE_FORMAT,
  PACKAGE_FORMAT_VERSION,
  STATE_PATH,
  type ManifestEntry,
  type PackageManifest,
  type PackageScope,
} from '@shared/packages/packageManifest';
import type { DataStore } from '../db/DataStore';
import { sha256Hex } from '../db/digest';
import { CURRENT_SCHEMA_VERSION } from '../db/schema';
import { fileStamp } from './fileStamp';
import { collectPackageContents } from './packageContents';
import { PackageExportError } from './packageErrors';
import { DEFAULT_ZIP_CAPS, formatBytes, type ZipCaps } from './zipCaps';

export interface BuildPackageOptions {
  now?: Date;
  /** The reader's caps the package must stay within; injectable for tests. */
  caps?: Partial<ZipCaps>;
  /** The largest file the platform can save (IPC carries at most 512 MiB). */
  maxPackageBytes?: number;
}

export interface BuiltPackage {
  bytes: Uint8Array;
  manifest: PackageManifest;
  /** Photo files in scope this device does not have (or holds damaged); the package goes without them. */
  missingBlobs: string[];
}

export async function buildPackage(
  store: DataStore,
  scope: PackageScope,
  createdBy: Actor,
  device: string,
  options: BuildPackageOptions = {},
): Promise<Uint8Array> {
  return (await buildPackageWithReport(store, scope, createdBy, device, options)).bytes;
}

export async function buildPackageWithReport(
  store: DataStore,
  scope: PackageScope,
  createdBy: Actor,
  device: string,
  options: BuildPackageOptions = {},
): Promise<BuiltPackage> {
  const caps: ZipCaps = { ...DEFAULT_ZIP_CAPS, ...options.caps };
  const now = options.now ?? new Date();
  const contents = await collectPackageContents(store, scope);
  if (contents.blobs.size > MAX_PACKAGE_BLOBS)
    throw new PackageExportError(
      `This export has ${contents.blobs.size.toLocaleString('en-GB')} photo files, more than the ${MAX_PACKAGE_BLOBS.toLocaleString('en-GB')} one package can hold. Export fewer inspections at a time.`,
    );

  const encoder = new TextEncoder();
  const changesJson = encoder.encode(JSON.stringify(contents.changes));
  const stateJson = encoder.encode(JSON.stringify(contents.state));
  const entries: ManifestEntry[] = [
    { path: CHANGES_PATH, sha256: await sha256Hex(changesJson), size: changesJson.length },
    { path: STATE_PATH, sha256: await sha256Hex(stateJson), size: stateJson.length },
  ];
  for (const [sha256, bytes] of contents.blobs)
    entries.push({ path: blobEntryPath(sha256), sha256, size: bytes.length });
  checkWithinCaps(entries, caps);

  const manifest: PackageManifest = {
    format: PACKAGE_FORMAT,
    formatVersion: PACKAGE_FORMAT_VERSION,
    schemaVersion: CURRENT_SCHEMA_VERSION,
    createdAt: now.toISOString(),
    createdBy: { userId: createdBy.userId, name: createdBy.name },
    device,
    scope,
    counts: { changes: contents.changes.length, records: contents.recordCount, blobs: contents.blobs.size },
    entries,
  };
  const manifestJson = encoder.encode(JSON.stringify(manifest, null, 2));

  const zippable: Zippable = {
    [MANIFEST_PATH]: [manifestJson, { level: jsonLevel(manifestJson, caps) }],
    [CHANGES_PATH]: [changesJson, { level: jsonLevel(changesJson, caps) }],
    [STATE_PATH]: [stateJson, { level: jsonLevel(stateJson, caps) }],
  };
  // Photos are already compressed: deflating them again costs time and saves nothing.
  for (const [sha256, bytes] of contents.blobs) zippable[blobEntryPath(sha256)] = [bytes, { level: 0 }];
  const bytes = zipSync(zippable, { mtime: now });

  const maxPackageBytes = options.maxPackageBytes ?? MAX_IPC_FILE_BYTES;
  if (bytes.length > maxPackageBytes)
    throw new PackageExportError(
      `This package would be ${formatBytes(bytes.length)}, more than the ${formatBytes(maxPackageBytes)} a package file can be. Export fewer inspections at a time.`,
    );
  return { bytes, manifest, missingBlobs: contents.missingBlobs };
}

function checkWithinCaps(entries: readonly ManifestEntry[], caps: ZipCaps): void {
  let total = 0;
  for (const entry of entries) {
    total += entry.size;
    if (entry.size > caps.maxEntryBytes)
      throw new PackageExportError(
        `${entry.path} would be ${formatBytes(entry.size)}, more than the ${formatBytes(caps.maxEntryBytes)} a package entry can be. Export fewer inspections at a time.`,
      );
  }
  if (total > caps.maxTotalBytes)
    throw new PackageExportError(
      `This package would hold ${formatBytes(total)}, more than the ${formatBytes(caps.maxTotalBytes)} a package can. Export fewer inspections at a time.`,
    );
}

/**
 * Deflate level 6, unless that would compress beyond the reader's ratio cap (a finding of 1 MB of one
 * repeated character does): then the entry is stored, so an honest package never looks like a bomb.
 */
function jsonLevel(json: Uint8Array, caps: ZipCaps): 0 | 6 {
  if (json.length <= caps.ratioCheckAbove) return 6;
  return json.length > caps.maxRatio * deflateSync(json, { level: 6 }).length ? 0 : 6;
}

/**
 * A file name for the package: what it holds and when (UTC), e.g. `inspection-9c4f2e1a-2026-11-25-0900Z.zip`.
 * The id's last characters are used because a UUID v7 starts with its creation time, which
 * inspections created the same week share.
 */
export function packageFileName(scope: PackageScope, date: Date): string {
  const stamp = fileStamp(date);
  if (scope.kind === 'everything') return `inspection-workbench-everything-${stamp}.zip`;
  const [first] = scope.inspectionIds;
  if (scope.inspectionIds.length === 1 && first) return `inspection-${first.slice(-8)}-${stamp}.zip`;
  return `inspections-${scope.inspectionIds.length}-${stamp}.zip`;
}
