/**
 * Reading and writing citation library files, with the same hostile-input handling and error style
 * as checklist templates (importTemplate.ts).
 */
import { contentErrorMap, describeIssues } from '../import/describeIssues';
import { readJsonFile } from '../import/readJsonFile';
import { CitationLibrarySchema, type CitationLibrary } from './citationSchema';

export const MAX_CITATION_FILE_BYTES = 2_000_000;
const MAX_CITATION_DEPTH = 8;

export type CitationLibraryFileResult = { ok: true; library: CitationLibrary } | { ok: false; errors: string[] };

export function parseCitationLibraryFile(text: string): CitationLibraryFileResult {
  const read = readJsonFile(text, {
    maxBytes: MAX_CITATION_FILE_BYTES,
    maxDepth: MAX_CITATION_DEPTH,
    what: 'citation library file',
  });
  if (!read.ok) return read;
  return validateCitationLibrary(read.value);
}

export function validateCitationLibrary(value: unknown): CitationLibraryFileResult {
  const parsed = CitationLibrarySchema.safeParse(value, { error: contentErrorMap });
  if (!parsed.success) return { ok: false, errors: describeIssues(parsed.error.issues) };
  return { ok: true, library: parsed.data };
}

const LIBRARY_KEY_ORDER = ['libraryVersion', 'publishedAt', 'citations'];
const CITATION_KEY_ORDER = [
  'citationId',
  'source',
  'section',
  'title',
  'paraphrase',
  'standardWordings',
  'disciplines',
  'url',
  'verify',
];

function ordered(value: object, keys: readonly string[]): Record<string, unknown> {
  const record = value as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const key of keys) if (record[key] !== undefined) out[key] = record[key];
  return out;
}

/** Pretty JSON in a fixed key order, with a final newline. */
export function serialiseCitationLibrary(library: CitationLibrary): string {
  const shaped = {
    ...ordered(library, LIBRARY_KEY_ORDER),
    citations: library.citations.map((citation) => ordered(citation, CITATION_KEY_ORDER)),
  };
  return `${JSON.stringify(shaped, null, 2)}\n`;
}
