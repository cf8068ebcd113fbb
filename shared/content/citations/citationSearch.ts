/**
 * Search over a citation library for the finding editor's "add reference" box. Matching is
 * case- and accent-insensitive and every query word must match somewhere (AND). Results are ranked:
 * a hit in the citation id or title counts for more than one in the source or section, which counts
 * for more than one in the paraphrase or standard wordings; whole-word hits beat prefix hits, which
 * beat hits inside a word. "annex 1" also matches the joined form "annex1" used in ids. Common
 * words such as "of" and "the" are ignored.
 */
import type { Discipline } from '../../domain/disciplines';
import type { Citation, CitationLibrary } from './citationSchema';

export interface CitationSearchOptions {
  discipline?: Discipline;
  /** Most results to return; all matches when absent. */
  limit?: number;
}

interface IndexedField {
  weight: number;
  words: readonly string[];
  joined: string;
}

interface IndexedCitation {
  citation: Citation;
  compactId: string;
  fields: readonly IndexedField[];
  /** Words of the id and title, for the joined-pair bonus ("annex" + "1" = "annex1"). */
  headlineWords: ReadonlySet<string>;
}

/** Words too common to narrow a search; ignored unless the query has nothing else. */
const STOP_WORDS = new Set(['a', 'an', 'and', 'by', 'for', 'in', 'of', 'on', 'or', 'the', 'to', 'with']);

const WEIGHT = { id: 10, title: 8, source: 4, section: 4, paraphrase: 2, wordings: 1 } as const;
const EXACT_ID_BONUS = 1_000;
const JOINED_PAIR_BONUS = 10;

/** Lower case, accents removed (é → e, ö → o), so "Pharmacovigilance" and "pharmacovigilánce" match. */
export function foldText(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}

export function searchWords(text: string): string[] {
  return foldText(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length > 0);
}

function field(weight: number, text: string): IndexedField {
  const words = searchWords(text);
  return { weight, words, joined: words.join(' ') };
}

function indexCitation(citation: Citation): IndexedCitation {
  const idWords = searchWords(citation.citationId);
  const compactId = idWords.join('');
  const titleWords = searchWords(citation.title);
  return {
    citation,
    compactId,
    fields: [
      { weight: WEIGHT.id, words: [...idWords, compactId], joined: `${idWords.join(' ')} ${compactId}` },
      field(WEIGHT.title, citation.title),
      field(WEIGHT.source, citation.source),
      field(WEIGHT.section, citation.section),
      field(WEIGHT.paraphrase, citation.paraphrase),
      field(WEIGHT.wordings, citation.standardWordings.join(' \n ')),
    ],
    headlineWords: new Set([...idWords, ...titleWords]),
  };
}

const indexes = new WeakMap<CitationLibrary, readonly IndexedCitation[]>();

function indexOf(library: CitationLibrary): readonly IndexedCitation[] {
  let index = indexes.get(library);
  if (!index) {
    index = library.citations.map(indexCitation);
    indexes.set(library, index);
  }
  return index;
}

/** 3 for a whole word, 2 for the start of a word, 1 inside a word (tokens of 3+ characters only). */
function matchQuality(token: string, target: IndexedField): number {
  let best = 0;
  for (const word of target.words) {
    if (word === token) return 3;
    if (best < 2 && word.startsWith(token)) best = 2;
  }
  if (best === 0 && token.length >= 3 && target.joined.includes(token)) best = 1;
  return best;
}

function scoreCitation(entry: IndexedCitation, tokens: readonly string[]): number {
  let total = 0;
  for (const token of tokens) {
    let best = 0;
    for (const target of entry.fields) best = Math.max(best, target.weight * matchQuality(token, target));
    if (best === 0) return 0;
    total += best;
  }
  for (let i = 0; i + 1 < tokens.length; i += 1) {
    if (entry.headlineWords.has(`${tokens[i] ?? ''}${tokens[i + 1] ?? ''}`)) total += JOINED_PAIR_BONUS;
  }
  if (tokens.join('') === entry.compactId) total += EXACT_ID_BONUS;
  return total;
}

export function searchLibrary(
  library: CitationLibrary,
  query: string,
  options: CitationSearchOptions = {},
): Citation[] {
  const { discipline, limit } = options;
  const candidates = indexOf(library).filter(
    (entry) => discipline === undefined || entry.citation.disciplines.includes(discipline),
  );
  const words = searchWords(query);
  const meaningful = words.filter((word) => !STOP_WORDS.has(word));
  const tokens = meaningful.length > 0 ? meaningful : words;
  const ranked =
    tokens.length === 0
      ? candidates.map((entry) => entry.citation)
      : candidates
          .map((entry) => ({ entry, score: scoreCitation(entry, tokens) }))
          .filter(({ score }) => score > 0)
          .sort(
            (a, b) =>
              b.score - a.score ||
              (a.entry.citation.citationId < b.entry.citation.citationId
                ? -1
                : a.entry.citation.citationId > b.entry.citation.citationId
                  ? 1
                  : 0),
          )
          .map(({ entry }) => entry.citation);
  return limit === undefined ? ranked : ranked.slice(0, Math.max(0, limit));
}
