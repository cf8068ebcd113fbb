/**
 * Text helpers of the report model. Everything here is locale-free on purpose: the report content is
 * hashed and signed, and two laptops with different ICU data must produce the same bytes, so dates
 * are formatted by hand and sorting compares code points (numbers inside references compared as
 * numbers), never with Intl or localeCompare.
 */

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

/** "2026-11-23" → "23 November 2026" (GOV.UK date style). */
export function longDate(isoDate: string): string {
  const [year, month, day] = isoDate.slice(0, 10).split('-').map(Number);
  const name = month ? MONTHS[month - 1] : undefined;
  if (!year || !name || !day) return isoDate;
  return `${day} ${name} ${year}`;
}

/** "2026-11-23" → "23/11/2026": the DD/MM/YYYY form MHRA asks companies to use for action dates. */
export function slashDate(isoDate: string): string {
  const [year, month, day] = isoDate.slice(0, 10).split('-');
  return year && month && day ? `${day}/${month}/${year}` : isoDate;
}

/** "23 to 26 November 2026", "30 November to 2 December 2026", or one date for a single day. */
export function dateRange(start: string, end: string): string {
  if (start === end) return longDate(start);
  const [first, last] = [longDate(start), longDate(end)];
  const sameYear = start.slice(0, 4) === end.slice(0, 4);
  const sameMonth = sameYear && start.slice(5, 7) === end.slice(5, 7);
  if (sameMonth) return `${first.split(' ')[0] ?? ''} to ${last}`;
  if (sameYear) return `${first.split(' ').slice(0, 2).join(' ')} to ${last}`;
  return `${first} to ${last}`;
}

/** An instant as UTC, to the second: "25 November 2026, 09:00:00 UTC". */
export function utcDateTime(isoDateTime: string): string {
  const date = new Date(isoDateTime);
  if (Number.isNaN(date.getTime())) return isoDateTime;
  const iso = date.toISOString();
  return `${longDate(iso.slice(0, 10))}, ${iso.slice(11, 19)} UTC`;
}

/** Compares text by code point, with runs of digits compared as numbers (GMP-JS-2 before GMP-JS-10). */
export function naturalCompare(a: string, b: string): number {
  const partsA = a.match(/\d+|\D+/g) ?? [];
  const partsB = b.match(/\d+|\D+/g) ?? [];
  for (let index = 0; index < Math.min(partsA.length, partsB.length); index += 1) {
    const x = partsA[index] ?? '';
    const y = partsB[index] ?? '';
    if (x === y) continue;
    const bothNumbers = /^\d/.test(x) && /^\d/.test(y);
    if (bothNumbers) return Number(x) - Number(y) || x.length - y.length;
    return x < y ? -1 : 1;
  }
  return partsA.length - partsB.length;
}

/** "1 deficiency", "3 deficiencies". */
export function countOf(count: number, singular: string, plural = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : plural}`;
}

/** Lines of free text, trimmed, without empty lines or list markers ("-", "•", "*", "1."). */
export function textLines(text: string): string[] {
  return text
    .split(/\r\n|\r|\n/)
    .map((line) => line.trim().replace(/^(?:[-•*]|\d+[.)])\s+/, ''))
    .filter((line) => line.length > 0);
}

/** Joins names as prose: "A", "A and B", "A, B and C". */
export function listInProse(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1] ?? ''}`;
}
