/**
 * The record fields that name a blob (photo bytes, an issued report's PDF) by its SHA-256. Packages
 * carry these blobs with their records, and sync uploads and downloads them.
 */
import type { EntityName } from './entities';

export const BLOB_FIELDS: Readonly<Partial<Record<EntityName, readonly string[]>>> = {
  photo: ['sha256', 'thumbnailSha256', 'displaySha256'],
  reportIssue: ['pdfSha256'],
};

/** The blob hashes a record (or a change's fields) names. */
export function blobHashesOf(entity: EntityName, fields: Readonly<Record<string, unknown>>): string[] {
  return (BLOB_FIELDS[entity] ?? [])
    .map((field) => fields[field])
    .filter((value): value is string => typeof value === 'string');
}
