/**
 * Finds where a JSON text first goes wrong, as a line and column a person can look up in an editor.
 * Engines word (and place) JSON.parse errors differently, and some give no position at all, so the
 * importer runs this small scanner after JSON.parse has failed. It only checks the grammar; it builds
 * nothing, and it uses an explicit stack so a hostile "[[[[..." cannot exhaust the call stack.
 */

export interface JsonSyntaxProblem {
  /** 1-based. */
  line: number;
  /** 1-based, counted in UTF-16 code units like most editors. */
  column: number;
  message: string;
}

type Expectation = 'value' | 'value-or-close' | 'key' | 'key-or-close' | 'colon' | 'comma-or-close' | 'end';

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const ESCAPABLE = new Set(['"', '\\', '/', 'b', 'f', 'n', 'r', 't']);
const HEX4 = /^[0-9a-fA-F]{4}$/;

export function positionIn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i += 1) {
    if (text.charCodeAt(i) === 10) {
      line += 1;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

function describeChar(char: string): string {
  if (char === '\n' || char === '\r') return 'a line break';
  if (char === '\t') return 'a tab';
  return `'${char}'`;
}

/** Scans a string starting at the opening quote; returns the offset after the closing quote. */
function scanString(text: string, start: number): { end: number } | { at: number; message: string } {
  let i = start + 1;
  while (i < text.length) {
    const char = text.charAt(i);
    if (char === '"') return { end: i + 1 };
    if (char === '\\') {
      const next = text.charAt(i + 1);
      if (next === 'u') {
        if (!HEX4.test(text.slice(i + 2, i + 6)))
          return { at: i, message: 'a \\u escape needs four hexadecimal digits' };
        i += 6;
      } else if (ESCAPABLE.has(next)) {
        i += 2;
      } else {
        return { at: i, message: `'\\${next}' is not a valid escape in a JSON string` };
      }
    } else if (text.charCodeAt(i) < 0x20) {
      return { at: i, message: `${describeChar(char)} is not allowed inside a string; write it as an escape` };
    } else {
      i += 1;
    }
  }
  return { at: start, message: 'this string is never closed (missing ")' };
}

export function locateJsonSyntaxError(text: string): JsonSyntaxProblem | null {
  const stack: ('{' | '[')[] = [];
  let expect: Expectation = 'value';
  let i = 0;
  const fail = (at: number, message: string): JsonSyntaxProblem => ({ ...positionIn(text, at), message });
  const afterValue = (): Expectation => (stack.length === 0 ? 'end' : 'comma-or-close');

  for (;;) {
    while (i < text.length && ' \t\n\r'.includes(text.charAt(i))) i += 1;
    if (i >= text.length) {
      return expect === 'end' ? null : fail(i, 'the file ends before the JSON is complete');
    }
    const char = text.charAt(i);
    switch (expect) {
      case 'end':
        return fail(i, `unexpected ${describeChar(char)} after the end of the JSON`);
      case 'colon':
        if (char !== ':') return fail(i, `expected ':' after the property name, found ${describeChar(char)}`);
        i += 1;
        expect = 'value';
        break;
      case 'comma-or-close': {
        const open = stack[stack.length - 1];
        if (char === ',') {
          i += 1;
          expect = open === '{' ? 'key' : 'value';
        } else if ((char === '}' && open === '{') || (char === ']' && open === '[')) {
          stack.pop();
          i += 1;
          expect = afterValue();
        } else {
          return fail(i, `expected ',' or '${open === '{' ? '}' : ']'}', found ${describeChar(char)}`);
        }
        break;
      }
      case 'key':
      case 'key-or-close': {
        if (char === '}' && expect === 'key-or-close') {
          stack.pop();
          i += 1;
          expect = afterValue();
        } else if (char === '"') {
          const scanned = scanString(text, i);
          if ('at' in scanned) return fail(scanned.at, scanned.message);
          i = scanned.end;
          expect = 'colon';
        } else if (char === '}') {
          return fail(i, "unexpected '}' after a comma (remove the trailing comma)");
        } else {
          return fail(i, `expected a property name in double quotes, found ${describeChar(char)}`);
        }
        break;
      }
      case 'value':
      case 'value-or-close': {
        if (char === ']' && expect === 'value-or-close') {
          stack.pop();
          i += 1;
          expect = afterValue();
        } else if (char === '{' || char === '[') {
          stack.push(char);
          i += 1;
          expect = char === '{' ? 'key-or-close' : 'value-or-close';
        } else if (char === '"') {
          const scanned = scanString(text, i);
          if ('at' in scanned) return fail(scanned.at, scanned.message);
          i = scanned.end;
          expect = afterValue();
        } else if (char === '-' || (char >= '0' && char <= '9')) {
          NUMBER.lastIndex = i;
          const match = NUMBER.exec(text);
          if (!match) return fail(i, 'this is not a valid number');
          i += match[0].length;
          expect = afterValue();
        } else {
          const literal = ['true', 'false', 'null'].find((word) => text.startsWith(word, i));
          if (literal) {
            i += literal.length;
            expect = afterValue();
          } else if (char === ']') {
            return fail(i, "unexpected ']' after a comma (remove the trailing comma)");
          } else {
            return fail(i, `expected a value, found ${describeChar(char)}`);
          }
        }
        break;
      }
    }
  }
}
