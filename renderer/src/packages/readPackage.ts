/**
 * Reads and checks an inspection package completely before anything is written: the ZIP under caps,
 * the manifest against its schema, every entry against the manifest's size and SHA-256 (nothing
 * missing, nothing extra), the change log's hashes and links, the state against a replay of the log,
 * and each photo file against its name. The result is what importPackage writes; a package that
 * fails any check is refused as a whole with a PackageRejectedError (SECURITY.md F5, E9).
 */
import { z } from 'zod';
import { ChangeSchema, type Change } from '@shared/changes/change';
import type { StateRecord } from '@shared/changes/reducer';
import {
  blobHashOfEntry,
  CHANGES_PATH,
  MANIFEST_PATH,
  PACKAGE_FORMAT,
  PACKAGE_FORMAT_VERSION,
  PackageManifestSchema,
  STATE_PATH,
  type PackageManifest,
} from '@shared/packages/packageManifest';
import { parseUntrustedJson } from '@shared/packages/untrustedJson';
import { sha256Hex } from '../db/digest';
import { CURRENT_SCHEMA_VERSION } from '../db/schema';
import { BLOB_FIELDS } from '@shared/domain/blobFields';
import { photoBlobHashes } from './packageContents';
import { displayEntryName, PackageRejectedError } from './packageErrors';
import { verifyPackageLog } from './packageLog';
import { verifyPackageState } from './packageState';
import { readZip, type ZipReadOptions } from './zipReader';

export interface MissingPhotoFile {
  photoId: string;
  field: string;
  sha256: string;
}

export interface ParsedPackage {
  manifest: PackageManifest;
  /** Ordered by device, then sequence number. */
  changes: Change[];
  /** Every record the changes produce, by "entity/id" (checked equal to the package's state.json). */
  records: Map<string, StateRecord>;
  /** Photo files by SHA-256, each checked against its name. */
  blobs: Map<string, Uint8Array>;
  /** Photo files the package's photos refer to but the package does not carry (the sender lacked them). */
  missingBlobs: MissingPhotoFile[];
}

export type ParsePackageOptions = ZipReadOptions;

const ChangesFileSchema = z.array(ChangeSchema);

export async function parsePackage(bytes: Uint8Array, options: ParsePackageOptions = {}): Promise<ParsedPackage> {
  const entries = await readZip(bytes, options);
  const manifestBytes = entries.get(MANIFEST_PATH);
  if (!manifestBytes)
    throw new PackageRejectedError(
      'missing-manifest',
      'The package has no manifest.json, so it is not an inspection package.',
      MANIFEST_PATH,
    );
  const manifest = parseManifest(manifestBytes);
  const entryHashes = await checkEntriesAgainstManifest(entries, manifest);

  const changes = parseChanges(readJson(entries, CHANGES_PATH));
  if (changes.length !== manifest.counts.changes)
    throw countMismatch(`${manifest.counts.changes} changes`, `${CHANGES_PATH} holds ${changes.length}`);
  verifyPackageLog(changes, manifest.scope);
  changes.sort((a, b) => (a.device < b.device ? -1 : a.device > b.device ? 1 : a.seq - b.seq));

  const records = verifyPackageState(readJson(entries, STATE_PATH), changes, manifest.scope);
  if (records.size !== manifest.counts.records)
    throw countMismatch(`${manifest.counts.records} records`, `${STATE_PATH} holds ${records.size}`);

  const { blobs, missingBlobs } = collectBlobs(entries, entryHashes, records);
  if (blobs.size !== manifest.counts.blobs)
    throw countMismatch(`${manifest.counts.blobs} photo files`, `the package holds ${blobs.size}`);
  return { manifest, changes, records, blobs, missingBlobs };
}

function parseManifest(bytes: Uint8Array): PackageManifest {
  const value = parseJsonEntry(MANIFEST_PATH, bytes);
  const claimed = typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
  if (claimed['format'] !== PACKAGE_FORMAT)
    throw new PackageRejectedError(
      'invalid-manifest',
      'The package’s manifest.json does not describe an inspection package, so this is not one.',
      MANIFEST_PATH,
    );
  const version = claimed['formatVersion'];
  const schemaVersion = claimed['schemaVersion'];
  if (
    (typeof version === 'number' && version > PACKAGE_FORMAT_VERSION) ||
    (typeof schemaVersion === 'number' && schemaVersion > CURRENT_SCHEMA_VERSION)
  )
    throw new PackageRejectedError(
      'newer-version',
      'The package was made by a newer version of Inspection Workbench than this one. Install the newer version to import it.',
      MANIFEST_PATH,
    );
  const parsed = PackageManifestSchema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const path = issue?.path.join('.') ?? '';
    throw new PackageRejectedError(
      'invalid-manifest',
      `The package’s manifest.json is not valid: ${path ? `${path}: ` : ''}${issue?.message ?? 'it does not match the package format'}.`,
      MANIFEST_PATH,
    );
  }
  return parsed.data;
}

/** Every listed entry is present with the listed size and SHA-256, and nothing unlisted is there. */
async function checkEntriesAgainstManifest(
  entries: ReadonlyMap<string, Uint8Array>,
  manifest: PackageManifest,
): Promise<Map<string, string>> {
  const listed = new Set(manifest.entries.map((entry) => entry.path));
  for (const name of entries.keys()) {
    if (name !== MANIFEST_PATH && !listed.has(name))
      throw new PackageRejectedError(
        'undeclared-entry',
        `The package contains ${displayEntryName(name)}, which its manifest does not list.`,
        name,
      );
  }
  const hashes = new Map<string, string>();
  for (const entry of manifest.entries) {
    const bytes = entries.get(entry.path);
    if (!bytes)
      throw new PackageRejectedError(
        'missing-entry',
        `The package’s manifest lists ${entry.path}, but the package does not contain it.`,
        entry.path,
      );
    if (bytes.length !== entry.size)
      throw new PackageRejectedError(
        'size-mismatch',
        `The package entry ${entry.path} is ${bytes.length} bytes, but its manifest says ${entry.size}: it was changed after the package was made.`,
        entry.path,
      );
    // WebCrypto here, outside any database transaction: nothing has been written yet.
    const actual = await sha256Hex(bytes);
    if (actual !== entry.sha256)
      throw new PackageRejectedError(
        'hash-mismatch',
        `The package entry ${entry.path} does not match the SHA-256 in its manifest: it was changed after the package was made.`,
        entry.path,
      );
    hashes.set(entry.path, actual);
  }
  return hashes;
}

function readJson(entries: ReadonlyMap<string, Uint8Array>, path: string): unknown {
  const bytes = entries.get(path);
  // Present: the manifest schema requires both JSON entries and every listed entry was found.
  if (!bytes) throw new PackageRejectedError('missing-entry', `The package does not contain ${path}.`, path);
  return parseJsonEntry(path, bytes);
}

function parseJsonEntry(path: string, bytes: Uint8Array): unknown {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw new PackageRejectedError('invalid-json', `The package’s ${path} is not UTF-8 text.`, path);
  }
  const result = parseUntrustedJson(text);
  if (result.ok) return result.value;
  if (result.problem === 'proto-key')
    throw new PackageRejectedError(
      'proto-key',
      `The package’s ${path} contains the key "__proto__", which inspection packages never use (it is a way to tamper with the program reading it).`,
      path,
    );
  throw new PackageRejectedError('invalid-json', `The package’s ${path} is not valid JSON: ${result.detail}.`, path);
}

function parseChanges(value: unknown): Change[] {
  const parsed = ChangesFileSchema.safeParse(value);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const [index, ...rest] = issue?.path ?? [];
  const where = typeof index === 'number' ? `change ${index + 1}${rest.length ? `, ${rest.join('.')}` : ''}: ` : '';
  throw new PackageRejectedError(
    'invalid-changes',
    `The package’s ${CHANGES_PATH} is not valid: ${where}${issue?.message ?? 'it is not a list of changes'}.`,
    CHANGES_PATH,
  );
}

function collectBlobs(
  entries: ReadonlyMap<string, Uint8Array>,
  entryHashes: ReadonlyMap<string, string>,
  records: ReadonlyMap<string, StateRecord>,
): { blobs: Map<string, Uint8Array>; missingBlobs: MissingPhotoFile[] } {
  const referenced = new Set<string>();
  for (const record of records.values()) {
    if (record._meta.entity === 'photo') for (const hash of photoBlobHashes(record)) referenced.add(hash);
  }
  const blobs = new Map<string, Uint8Array>();
  for (const [path, bytes] of entries) {
    const named = blobHashOfEntry(path);
    if (named === null) continue;
    if (entryHashes.get(path) !== named)
      throw new PackageRejectedError(
        'blob-name-mismatch',
        `The package’s photo file ${path} does not match its name: its bytes have a different SHA-256.`,
        path,
      );
    if (!referenced.has(named))
      throw new PackageRejectedError(
        'unreferenced-blob',
        `The package contains the photo file ${path}, which no photo in the package refers to.`,
        path,
      );
    blobs.set(named, bytes);
  }
  const missingBlobs: MissingPhotoFile[] = [];
  for (const record of records.values()) {
    if (record._meta.entity !== 'photo') continue;
    for (const field of BLOB_FIELDS.photo ?? []) {
      const hash = record[field];
      if (typeof hash === 'string' && !blobs.has(hash)) missingBlobs.push({ photoId: record.id, field, sha256: hash });
    }
  }
  return { blobs, missingBlobs };
}

function countMismatch(declared: string, actual: string): PackageRejectedError {
  return new PackageRejectedError(
    'count-mismatch',
    `The package’s manifest counts ${declared}, but ${actual}.`,
    MANIFEST_PATH,
  );
}
