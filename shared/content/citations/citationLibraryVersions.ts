/**
 * Version rules for the citation library, the same as for checklist templates: a published
 * `libraryVersion` is immutable; the same version with the same content is a no-op; the same version
 * with different content is refused; a new version is added alongside (findings keep the citation
 * ids they were written with, and older libraries stay readable).
 */
import { sha256OfCanonicalJson } from '../contentHash';
import { checkPublication } from '../publicationRules';
import type { CitationLibrary } from './citationSchema';

export function citationLibraryHash(library: CitationLibrary): string {
  return sha256OfCanonicalJson(library);
}

export type CitationLibraryImportDecision =
  | { kind: 'add'; library: CitationLibrary; latestHeld: number | null }
  | { kind: 'unchanged'; library: CitationLibrary }
  | { kind: 'refused'; message: string };

export function checkCitationLibraryImport(
  candidate: CitationLibrary,
  held: readonly CitationLibrary[],
): CitationLibraryImportDecision {
  const check = checkPublication(
    'Citation library',
    { version: candidate.libraryVersion, hash: citationLibraryHash(candidate) },
    held.map((library) => ({ version: library.libraryVersion, hash: citationLibraryHash(library) })),
  );
  switch (check.kind) {
    case 'new':
      return { kind: 'add', library: candidate, latestHeld: check.latestPublished };
    case 'unchanged':
      return { kind: 'unchanged', library: candidate };
    case 'refused':
      return { kind: 'refused', message: check.message };
  }
}

/** The held library with the highest version, if any. */
export function latestCitationLibrary(held: readonly CitationLibrary[]): CitationLibrary | undefined {
  return held.reduce<CitationLibrary | undefined>(
    (latest, library) => (latest === undefined || library.libraryVersion > latest.libraryVersion ? library : latest),
    undefined,
  );
}
