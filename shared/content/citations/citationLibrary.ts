/**
 * The citation library shipped with the app, validated when this module loads (a bad edit to the
 * JSON fails at once, naming the problem), frozen because published content is immutable, plus
 * lookup and search. Imported libraries go through parseCitationLibraryFile and the version rules in
 * citationLibraryVersions.ts.
 */
import { deepFreeze } from '../deepFreeze';
import { contentErrorMap, describeIssues } from '../import/describeIssues';
import citationsV1 from './citations-v1.json';
import { CitationLibrarySchema, type Citation, type CitationLibrary } from './citationSchema';
import { searchLibrary, type CitationSearchOptions } from './citationSearch';

export { parseCitationLibraryFile, serialiseCitationLibrary, validateCitationLibrary } from './importCitationLibrary';
export { checkCitationLibraryImport, citationLibraryHash, latestCitationLibrary } from './citationLibraryVersions';

function loadShippedLibrary(): CitationLibrary {
  const parsed = CitationLibrarySchema.safeParse(citationsV1, { error: contentErrorMap });
  if (!parsed.success) {
    throw new Error(
      `Shipped citation library shared/content/citations/citations-v1.json is invalid:\n${describeIssues(parsed.error.issues).join('\n')}`,
    );
  }
  return deepFreeze(parsed.data);
}

export const CITATION_LIBRARY: CitationLibrary = loadShippedLibrary();

const byId = new WeakMap<CitationLibrary, ReadonlyMap<string, Citation>>();

export function citationById(citationId: string, library: CitationLibrary = CITATION_LIBRARY): Citation | undefined {
  let map = byId.get(library);
  if (!map) {
    map = new Map(library.citations.map((citation) => [citation.citationId, citation]));
    byId.set(library, map);
  }
  return map.get(citationId);
}

export function searchCitations(
  query: string,
  options: CitationSearchOptions & { library?: CitationLibrary } = {},
): Citation[] {
  const { library = CITATION_LIBRARY, ...rest } = options;
  return searchLibrary(library, query, rest);
}
