/**
 * The inspection package format: what `manifest.json` says and which entry names a package may hold.
 * A package is a ZIP of exactly `manifest.json`, `changes.json`, `state.json` and `blobs/<sha256>`;
 * the manifest lists the size and SHA-256 of every other entry so the receiver can prove nothing was
 * added, removed or changed on the way. This module is pure (no DOM, no Node): the app writes and
 * reads packages with it, and the gateway can check them the same way.
 */
import { z } from 'zod';
import { ActorSchema } from '../changes/change';
import { Id, IsoDateTime, Sha256Hex } from '../domain/primitives';

export const PACKAGE_FORMAT = 'inspection-workbench-package';
export const PACKAGE_FORMAT_VERSION = 1;

export const MANIFEST_PATH = 'manifest.json';
export const CHANGES_PATH = 'changes.json';
export const STATE_PATH = 'state.json';
export const BLOB_FOLDER = 'blobs/';

/** The most photos' byte files one package may carry; with the three JSON entries this caps a ZIP's entries. */
export const MAX_PACKAGE_BLOBS = 10_000;
export const MAX_PACKAGE_ENTRIES = MAX_PACKAGE_BLOBS + 3;

const BLOB_PATH = /^blobs\/[0-9a-f]{64}$/;

/**
 * The only names an entry may have. Matching whole names against a fixed list (rather than cleaning
 * paths) is what makes "zip slip" impossible: no name with `..`, a leading `/`, a backslash, a drive
 * letter or a control character can ever match (SECURITY.md F5).
 */
export function isAllowedEntryName(name: string): boolean {
  return name === MANIFEST_PATH || name === CHANGES_PATH || name === STATE_PATH || BLOB_PATH.test(name);
}

export function blobEntryPath(sha256: string): string {
  return `${BLOB_FOLDER}${sha256}`;
}

/** The SHA-256 a blob entry is named after, or null when the entry is not a blob. */
export function blobHashOfEntry(path: string): string | null {
  return BLOB_PATH.test(path) ? path.slice(BLOB_FOLDER.length) : null;
}

export const PackageScopeSchema = z.discriminatedUnion('kind', [
  z
    .object({
      kind: z.literal('inspections'),
      inspectionIds: z
        .array(Id)
        .min(1, 'must name at least one inspection')
        .max(1000)
        .refine((ids) => new Set(ids).size === ids.length, 'must not name an inspection twice'),
    })
    .strict(),
  z.object({ kind: z.literal('everything') }).strict(),
]);
export type PackageScope = z.infer<typeof PackageScopeSchema>;

const EntryPath = z
  .string()
  .max(200)
  .refine((path) => isAllowedEntryName(path) && path !== MANIFEST_PATH, 'is not a name an inspection package uses');

export const ManifestEntrySchema = z
  .object({
    path: EntryPath,
    sha256: Sha256Hex,
    size: z.number().int().min(0),
  })
  .strict();
export type ManifestEntry = z.infer<typeof ManifestEntrySchema>;

const Count = z.number().int().min(0);

export const PackageManifestSchema = z
  .object({
    format: z.literal(PACKAGE_FORMAT),
    formatVersion: z.literal(PACKAGE_FORMAT_VERSION),
    /** The local database schema version of the app that wrote it; a newer one is refused on import. */
    schemaVersion: z.number().int().min(1),
    createdAt: IsoDateTime,
    createdBy: ActorSchema,
    /** The device that wrote the package (its changes may come from many devices). */
    device: Id,
    scope: PackageScopeSchema,
    counts: z.object({ changes: Count, records: Count, blobs: Count.max(MAX_PACKAGE_BLOBS) }).strict(),
    entries: z
      .array(ManifestEntrySchema)
      .max(MAX_PACKAGE_ENTRIES - 1)
      .refine((entries) => new Set(entries.map((e) => e.path)).size === entries.length, 'must not list a path twice')
      .refine(
        (entries) => entries.some((e) => e.path === CHANGES_PATH) && entries.some((e) => e.path === STATE_PATH),
        `must list ${CHANGES_PATH} and ${STATE_PATH}`,
      ),
  })
  .strict();
export type PackageManifest = z.infer<typeof PackageManifestSchema>;
