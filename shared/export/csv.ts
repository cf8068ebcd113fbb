/**
 * The one CSV writer: RFC 4180 text (CRLF line ends, fields quoted only when they must be, quotes
 * doubled) with spreadsheet formula injection neutralised (SECURITY.md F4, OWASP ASVS 5.0 1.2.10).
 * Pure and free of DOM and Node APIs, so the findings register and the report export share it.
 */

/** One line of the file: the fields in column order. */
export type CsvRecord = readonly string[];

/**
 * A cell starting with one of these is read as a formula (or a formula continued after a control
 * character) by Excel, LibreOffice or Google Sheets, so `=HYPERLINK(...)` typed into a finding
 * would become a live link or a DDE command when an inspector opens the export (SECURITY.md F4).
 */
const FORMULA_TRIGGERS: ReadonlySet<string> = new Set(['=', '+', '-', '@', '\t', '\r', '\0']);

/** A field that contains any of these must be quoted (RFC 4180 section 2, rule 6). */
const NEEDS_QUOTES = /[",\r\n]/;

export const CSV_LINE_END = '\r\n';

/** The UTF-8 byte order mark: without it Excel reads UTF-8 as the local code page and mangles "Łódź". */
export const UTF8_BOM: Uint8Array = new Uint8Array([0xef, 0xbb, 0xbf]);

/**
 * Prefixes a single quote to a value a spreadsheet would run as a formula. The quote is what
 * spreadsheets themselves use to mark "text, not formula", and it leaves the text readable.
 */
export function neutraliseFormula(value: string): string {
  return value.length > 0 && FORMULA_TRIGGERS.has(value.charAt(0)) ? `'${value}` : value;
}

/** Quotes a field when RFC 4180 requires it, doubling any quotes inside. */
export function quoteField(value: string): string {
  return NEEDS_QUOTES.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/** A value as it goes into the file: neutralised first, so the prefix sits inside any quotes. */
export function csvField(value: string): string {
  return quoteField(neutraliseFormula(value));
}

/** The whole file as text: every record ends with CRLF, including the last. */
export function toCsv(records: readonly CsvRecord[]): string {
  return records.map((record) => record.map(csvField).join(',') + CSV_LINE_END).join('');
}

/** The file as UTF-8 bytes, with a byte order mark unless asked not to. */
export function csvBytes(records: readonly CsvRecord[], options: { byteOrderMark?: boolean } = {}): Uint8Array {
  const text = new TextEncoder().encode(toCsv(records));
  if (options.byteOrderMark === false) return text;
  const bytes = new Uint8Array(UTF8_BOM.length + text.length);
  bytes.set(UTF8_BOM, 0);
  bytes.set(text, UTF8_BOM.length);
  return bytes;
}
