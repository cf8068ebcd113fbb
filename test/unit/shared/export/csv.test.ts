/**
 * SECURITY.md F4 and RFC 4180: the CSV writer quotes what it must, doubles quotes, ends lines with
 * CRLF, and prefixes every cell a spreadsheet would run as a formula. Golden strings pin the exact
 * bytes; a round trip through Python's csv module (an independent parser) checks nothing is lost.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { csvBytes, csvField, neutraliseFormula, quoteField, toCsv, UTF8_BOM } from '@shared/export/csv';

describe('neutraliseFormula', () => {
  it.each([
    ['=HYPERLINK("http://x","y")', `'=HYPERLINK("http://x","y")`],
    ["+cmd|' /C calc'!A0", "'+cmd|' /C calc'!A0"],
    ['@SUM(1)', "'@SUM(1)"],
    ['-2+3', "'-2+3"],
    ['\t=1+1', "'\t=1+1"],
    ['\r=1+1', "'\r=1+1"],
    ['\0=1', "'\0=1"],
  ])('prefixes %j', (value, expected) => {
    expect(neutraliseFormula(value)).toBe(expected);
  });

  it.each([
    'GMP-JS-001',
    'Temperature = 8 °C',
    'a-b',
    ' =1',
    "'already quoted",
    '',
    'Łódź',
    '\u202Egpj.exe',
    '\u200B=1',
  ])('leaves %j alone', (value) => {
    expect(neutraliseFormula(value)).toBe(value);
  });
});

describe('quoteField', () => {
  it.each([
    ['plain', 'plain'],
    ['a,b', '"a,b"'],
    ['say "no"', '"say ""no"""'],
    ['line 1\nline 2', '"line 1\nline 2"'],
    ['line 1\r\nline 2', '"line 1\r\nline 2"'],
    ['carriage\rreturn', '"carriage\rreturn"'],
    ['"', '""""'],
    ['', ''],
  ])('writes %j as %j', (value, expected) => {
    expect(quoteField(value)).toBe(expected);
  });
});

describe('csvField', () => {
  it('neutralises before quoting, so the prefix sits inside the quotes', () => {
    expect(csvField('=HYPERLINK("http://x","y")')).toBe(`"'=HYPERLINK(""http://x"",""y"")"`);
    expect(csvField('\r=cmd')).toBe(`"'\r=cmd"`);
  });
});

describe('toCsv', () => {
  it('ends every record with CRLF, including the last', () => {
    expect(
      toCsv([
        ['Reference', 'Title'],
        ['GMP-JS-001', 'Gowning'],
      ]),
    ).toBe('Reference,Title\r\nGMP-JS-001,Gowning\r\n');
  });

  it('writes empty fields and an empty file', () => {
    expect(toCsv([['', 'a', '']])).toBe(',a,\r\n');
    expect(toCsv([])).toBe('');
  });
});

describe('csvBytes', () => {
  it('is UTF-8 with a byte order mark so Excel reads Łódź', () => {
    const bytes = csvBytes([['Łódź']]);
    expect(Array.from(bytes.slice(0, 3))).toEqual(Array.from(UTF8_BOM));
    expect(new TextDecoder().decode(bytes.slice(3))).toBe('Łódź\r\n');
    expect(Array.from(bytes.slice(3, 5))).toEqual([0xc5, 0x81]);
  });

  it('can leave the byte order mark out', () => {
    expect(Array.from(csvBytes([['a']], { byteOrderMark: false }))).toEqual([0x61, 0x0d, 0x0a]);
  });
});

/** Values that must come back from a real CSV parser exactly as written (after the formula prefix). */
const PAYLOADS: readonly string[] = [
  '=HYPERLINK("http://x","y")',
  "+cmd|' /C calc'!A0",
  '@SUM(1)',
  '-2+3',
  '\tleading tab',
  '\rleading carriage return',
  'embedded "quotes" here',
  'comma, separated, values',
  'two\nlines',
  'windows\r\nline end',
  'lone\rcarriage return',
  'Łódź Road Day Unit – Ünïcödé 🧪 漢字',
  'مرحبا بالعالم (right to left)',
  '\u202Egpj.exe',
  'zero\u200Bwidth\u200Djoiner\uFEFF',
  '',
  ' leading space',
  'trailing space ',
];

function parseWithPython(bytes: Uint8Array): string[][] {
  const dir = mkdtempSync(join(tmpdir(), 'csv-test-'));
  try {
    const file = join(dir, 'out.csv');
    writeFileSync(file, bytes);
    const script =
      "import csv,sys,json; print(json.dumps(list(csv.reader(open(sys.argv[1], encoding='utf-8-sig', newline='')))))";
    return JSON.parse(execFileSync('python3', ['-c', script, file], { encoding: 'utf8' })) as string[][];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function hasPython(): boolean {
  try {
    execFileSync('python3', ['--version']);
    return true;
  } catch {
    return false;
  }
}

describe.skipIf(!hasPython())('round trip through an independent CSV parser (Python csv)', () => {
  it('reads back every payload intact, formula cells prefixed with a quote', () => {
    const records = [['Payload', 'Index'], ...PAYLOADS.map((payload, index) => [payload, String(index)])];
    const parsed = parseWithPython(csvBytes(records));
    expect(parsed).toEqual(records.map((record) => record.map(neutraliseFormula)));
    for (const [index, payload] of PAYLOADS.entries()) {
      const cell = parsed[index + 1]?.[0];
      if (/^[=+\-@\t\r]/.test(payload)) expect(cell).toBe(`'${payload}`);
      else expect(cell).toBe(payload);
    }
  });

  it('keeps every row the same width, whatever the fields contain', () => {
    const records = PAYLOADS.map((payload) => [payload, payload, payload]);
    const parsed = parseWithPython(csvBytes(records));
    expect(parsed).toHaveLength(PAYLOADS.length);
    expect(parsed.every((row) => row.length === 3)).toBe(true);
  });
});
