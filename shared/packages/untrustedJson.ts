/**
 * JSON.parse for text from outside the app (imported packages; later the gateway's bodies). Two
 * things plain JSON.parse lets through are refused here, before any schema sees the value:
 * - a `__proto__` key. JSON.parse keeps it as an own property, but any later code that copies the
 *   object by assignment (and zod's record and json parsers do) sets the copy's prototype instead, so
 *   the key silently vanishes or pollutes. Nothing legitimate in our formats uses that name.
 * - deep nesting, which would overflow the stack of the recursive code that walks values afterwards
 *   (canonical JSON for hashing, schema parsing).
 * The key check runs on the parsed keys (JSON.parse's reviver sees every key after unescaping, so
 * `"\u005f_proto__"` is caught too), not on the raw text, where `__proto__` may innocently occur
 * inside a string such as a finding's note.
 */
export const MAX_JSON_DEPTH = 64;

export type UntrustedJsonResult =
  { ok: true; value: unknown } | { ok: false; problem: 'syntax' | 'proto-key' | 'too-deep'; detail: string };

export function parseUntrustedJson(text: string, maxDepth: number = MAX_JSON_DEPTH): UntrustedJsonResult {
  const depth = nestingDepth(text);
  if (depth > maxDepth)
    return { ok: false, problem: 'too-deep', detail: `it is nested ${depth} levels deep (the limit is ${maxDepth})` };
  let protoKeyFound = false;
  let value: unknown;
  try {
    value = JSON.parse(text, (key, member: unknown) => {
      if (key === '__proto__') protoKeyFound = true;
      return member;
    });
  } catch (error) {
    return { ok: false, problem: 'syntax', detail: error instanceof Error ? error.message : String(error) };
  }
  if (protoKeyFound) return { ok: false, problem: 'proto-key', detail: 'it contains the key "__proto__"' };
  return { ok: true, value };
}

/** The deepest nesting of arrays and objects, skipping brackets inside strings. */
function nestingDepth(text: string): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let index = 0; index < text.length; index += 1) {
    const char = text.charCodeAt(index);
    if (inString) {
      if (char === 0x5c)
        index += 1; // backslash: skip the escaped character
      else if (char === 0x22) inString = false;
    } else if (char === 0x22) inString = true;
    else if (char === 0x5b || char === 0x7b) {
      depth += 1;
      if (depth > deepest) deepest = depth;
    } else if (char === 0x5d || char === 0x7d) depth -= 1;
  }
  return deepest;
}
