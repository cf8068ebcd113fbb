/**
 * Request validation with the shared zod schemas (SECURITY.md E9): unknown keys are refused by the
 * strict schemas, and any failure is a 400 naming each field and what is wrong with it.
 */
import type { z } from 'zod';
import { HttpError } from './httpErrors';

const PART_NAMES = { body: 'request body', query: 'query string', params: 'path', headers: 'headers' } as const;

export function parseRequestPart<S extends z.ZodType>(
  schema: S,
  value: unknown,
  part: keyof typeof PART_NAMES,
): z.output<S> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issues = result.error.issues.slice(0, 20).map((issue) => ({
    path: issue.path.map(String).join('.'),
    message: issue.message,
  }));
  const first = issues[0];
  const where = first?.path ? `${first.path}: ` : '';
  throw new HttpError(400, 'invalid-request', `The ${PART_NAMES[part]} is not valid. ${where}${first?.message ?? ''}`.trim(), {
    issues,
  });
}
