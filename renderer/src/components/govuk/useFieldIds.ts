/** GOV.UK Frontend's ids for a field's hint and error, and the aria-describedby that lists them. */
// `{id}-hint` then `{id}-error`, after any ids the caller already has (the character count's
// `{id}-info` comes first, as in govuk-frontend).
import { useId } from 'react';
import type { ReactNode } from 'react';

export interface FieldIds {
  id: string;
  hintId: string | undefined;
  errorId: string | undefined;
  /** Undefined when there is nothing to describe the field, so no empty attribute is rendered. */
  describedBy: string | undefined;
}

export function useFieldIds(
  id: string | undefined,
  { hasHint, hasError, describedBy = [] }: { hasHint: boolean; hasError: boolean; describedBy?: string[] },
): FieldIds {
  const generated = useId();
  const fieldId = id ?? generated;
  const hintId = hasHint ? `${fieldId}-hint` : undefined;
  const errorId = hasError ? `${fieldId}-error` : undefined;
  const ids = [...describedBy, hintId, errorId].filter((value): value is string => Boolean(value));
  return { id: fieldId, hintId, errorId, describedBy: ids.length > 0 ? ids.join(' ') : undefined };
}

/** Whether an optional hint or error was given (so no empty element or dangling id is rendered). */
export function isPresent(node: ReactNode): boolean {
  return node !== undefined && node !== null && node !== false && node !== '';
}
