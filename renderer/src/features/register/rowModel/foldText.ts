/**
 * Text folding for the register's search: case- and accent-insensitive, so "lodz" finds "Łódź" and
 * "CAPA" finds "capa". Pure; used to prepare each row once and each query once.
 */

/**
 * Letters that Unicode does not decompose into a base letter plus a mark, so stripping marks after
 * NFD leaves them unchanged; inspectors type the plain Latin letter for them.
 */
const UNDECOMPOSED: Readonly<Record<string, string>> = {
  ł: 'l',
  đ: 'd',
  ð: 'd',
  ħ: 'h',
  ı: 'i',
  ø: 'o',
  œ: 'oe',
  æ: 'ae',
  ß: 'ss',
  þ: 'th',
};
const UNDECOMPOSED_PATTERN = new RegExp(`[${Object.keys(UNDECOMPOSED).join('')}]`, 'g');

/** Strips marks from a run of non-ASCII characters and maps the letters NFD leaves alone. */
function foldRun(run: string): string {
  return run
    .normalize('NFD')
    .replace(/[\p{M}\u200B-\u200D\u2060\uFEFF]/gu, '')
    .replace(UNDECOMPOSED_PATTERN, (letter) => UNDECOMPOSED[letter] ?? letter);
}

/**
 * Non-ASCII runs repeat (the same place names and accented words across thousands of findings)
 * and normalising each one is the slow part, so folded runs are remembered, up to a bound.
 */
const foldedRuns = new Map<string, string>();
const MAX_REMEMBERED_RUNS = 20_000;

function foldRemembered(run: string): string {
  let folded = foldedRuns.get(run);
  if (folded === undefined) {
    folded = foldRun(run);
    if (foldedRuns.size >= MAX_REMEMBERED_RUNS) foldedRuns.clear();
    foldedRuns.set(run, folded);
  }
  return folded;
}

/**
 * Lower case, without diacritics or zero-width characters. Only non-ASCII runs go through Unicode
 * normalisation: most of an English statement is ASCII, and this runs over every statement of a
 * 10,000-finding register whenever its data changes.
 */
export function foldText(text: string): string {
  return text.toLowerCase().replace(/[\u0080-\uFFFF]+/g, foldRemembered);
}

/** The words of a query, folded; a row matches when it contains every one of them. */
export function queryTerms(query: string): string[] {
  return foldText(query)
    .split(/\s+/)
    .filter((term) => term.length > 0);
}
