/**
 * The first, format-independent gate for an imported content file (SECURITY.md: imports are hostile
 * until validated): a size cap checked before anything is parsed, JSON syntax errors reported with a
 * line and column, and a walk that refuses prototype-polluting keys and absurd nesting. What passes
 * is plain JSON data for the zod schema of the specific format to judge.
 */
import { formatPath } from './describeIssues';
import { locateJsonSyntaxError } from './jsonSyntaxError';

export type JsonReadResult = { ok: true; value: unknown } | { ok: false; errors: string[] };

export interface JsonReadLimits {
  /** Largest accepted file, in UTF-8 bytes. */
  maxBytes: number;
  /** Deepest accepted nesting of objects and lists. */
  maxDepth: number;
  /** How messages name the file, e.g. "checklist template file". */
  what: string;
}

/** Keys that could reach an object's prototype if the data were ever merged into another object. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
const MAX_KEY_ERRORS = 20;

function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff) {
      bytes += 4;
      i += 1;
    } else bytes += 3;
  }
  return bytes;
}

export function formatSize(bytes: number): string {
  if (bytes >= 1_000_000) return `${(bytes / 1_000_000).toFixed(1)} MB`;
  if (bytes >= 1_000) return `${Math.round(bytes / 1_000)} kB`;
  return `${bytes} bytes`;
}

/** Iterative walk: forbidden keys and depth, without recursion a deep file could exhaust. */
function checkStructure(value: unknown, maxDepth: number): string[] {
  const errors: string[] = [];
  const stack: { node: unknown; path: (string | number)[] }[] = [{ node: value, path: [] }];
  while (stack.length > 0 && errors.length < MAX_KEY_ERRORS) {
    const { node, path } = stack.pop() as { node: unknown; path: (string | number)[] };
    if (node === null || typeof node !== 'object') continue;
    if (path.length >= maxDepth) {
      errors.push(`${formatPath(path)}: the data is nested more than ${maxDepth} levels deep`);
      continue;
    }
    if (Array.isArray(node)) {
      node.forEach((child: unknown, index) => stack.push({ node: child, path: [...path, index] }));
      continue;
    }
    for (const key of Object.keys(node)) {
      if (FORBIDDEN_KEYS.has(key)) {
        errors.push(`${formatPath(path)}: the key "${key}" is not allowed`);
        continue;
      }
      stack.push({ node: (node as Record<string, unknown>)[key], path: [...path, key] });
    }
  }
  return errors;
}

export function readJsonFile(text: string, limits: JsonReadLimits): JsonReadResult {
  const { maxBytes, maxDepth, what } = limits;
  // Every UTF-16 code unit is at least one UTF-8 byte, so a long string is refused without counting.
  if (text.length > maxBytes) {
    return { ok: false, errors: [`The ${what} is larger than the limit of ${formatSize(maxBytes)}.`] };
  }
  const bytes = utf8Length(text);
  if (bytes > maxBytes) {
    return {
      ok: false,
      errors: [`The ${what} is ${formatSize(bytes)}; the limit is ${formatSize(maxBytes)}.`],
    };
  }
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (body.trim() === '') return { ok: false, errors: [`The ${what} is empty.`] };

  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch (error) {
    const problem = locateJsonSyntaxError(body);
    const detail = problem
      ? `${problem.message} (line ${problem.line}, column ${problem.column})`
      : error instanceof Error
        ? error.message
        : 'the text could not be read as JSON';
    return { ok: false, errors: [`The ${what} is not valid JSON: ${detail}.`] };
  }

  const structureErrors = checkStructure(value, maxDepth);
  if (structureErrors.length > 0) return { ok: false, errors: structureErrors };
  return { ok: true, value };
}
