/**
 * Turns zod validation issues into messages an inspector or content editor can act on, each naming
 * where the problem is in the same notation a JSON editor shows ("sections[2].items[0].references:
 * add at least one reference"). Schemas carry their own messages where a generic one would be vague;
 * `contentErrorMap` words the rest.
 */
import type { z } from 'zod';

export const MAX_REPORTED_ISSUES = 50;

export function formatPath(path: readonly PropertyKey[]): string {
  if (path.length === 0) return 'top level';
  return path
    .map((part, index) => {
      if (typeof part === 'number') return `[${part}]`;
      const name = typeof part === 'symbol' ? (part.description ?? '') : part;
      return index === 0 ? name : `.${name}`;
    })
    .join('');
}

const TYPE_NAMES: Readonly<Record<string, string>> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  object: 'an object',
  null: 'null',
};

function describeValue(input: unknown): string {
  if (input === null) return 'null';
  if (Array.isArray(input)) return 'a list';
  if (typeof input === 'string') return 'text';
  if (typeof input === 'number') return Number.isInteger(input) ? 'a whole number' : 'a number';
  if (typeof input === 'boolean') return input ? 'true' : 'false';
  if (typeof input === 'object') return 'an object';
  return typeof input;
}

function plural(count: number | bigint, one: string, many: string): string {
  return `${count} ${count === 1 || count === 1n ? one : many}`;
}

/** Per-parse error map: used only where a schema did not word the message itself. */
export const contentErrorMap: z.core.$ZodErrorMap = (issue) => {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return 'is required';
      return `must be ${TYPE_NAMES[issue.expected] ?? issue.expected}, not ${describeValue(issue.input)}`;
    case 'too_small':
      if (issue.origin === 'string') {
        return issue.minimum === 1
          ? 'must not be empty'
          : `must be at least ${plural(issue.minimum, 'character', 'characters')}`;
      }
      if (issue.origin === 'array') return `must have at least ${plural(issue.minimum, 'entry', 'entries')}`;
      return issue.inclusive === false ? `must be more than ${issue.minimum}` : `must be at least ${issue.minimum}`;
    case 'too_big':
      if (issue.origin === 'string') return `must be at most ${plural(issue.maximum, 'character', 'characters')}`;
      if (issue.origin === 'array') return `must have at most ${plural(issue.maximum, 'entry', 'entries')}`;
      return issue.inclusive === false ? `must be less than ${issue.maximum}` : `must be at most ${issue.maximum}`;
    case 'invalid_value':
      if (issue.values.length === 1) return `must be ${JSON.stringify(issue.values[0])}`;
      return `must be one of ${issue.values.map((value) => JSON.stringify(value)).join(', ')}`;
    case 'unrecognized_keys':
      return `remove the unknown field${issue.keys.length === 1 ? '' : 's'} ${issue.keys.map((key) => `"${key}"`).join(', ')}`;
    case 'invalid_format':
      if (issue.format === 'date') return 'must be a date written as YYYY-MM-DD';
      return 'is not in the expected format';
    default:
      return undefined;
  }
};

export function describeIssues(issues: readonly z.core.$ZodIssue[], limit: number = MAX_REPORTED_ISSUES): string[] {
  const lines = [...new Set(issues.map((issue) => `${formatPath(issue.path)}: ${issue.message}`))];
  if (lines.length <= limit) return lines;
  return [...lines.slice(0, limit), `…and ${lines.length - limit} more problems`];
}
