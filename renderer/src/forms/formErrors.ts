/**
 * Form errors the GOV.UK way: a message per field and the same messages in an error summary that
 * links to each field. Built from zod issues or from a data-layer error, so every form reports
 * problems the same way.
 */
import type { z } from 'zod';
import type { ErrorSummaryItem } from '../components/govuk/ErrorSummary';

export type FieldErrors = Readonly<Record<string, string>>;

/** The first message for each field path ("team.0.name" style) in a zod error. */
export function fieldErrorsFromZod(error: z.ZodError, labels: Readonly<Record<string, string>> = {}): FieldErrors {
  const errors: Record<string, string> = {};
  for (const issue of error.issues) {
    const path = issue.path.map(String).join('.');
    const field = path.split('.')[0] ?? '';
    if (errors[field]) continue;
    const label = labels[field];
    errors[field] = label ? `${label} ${issue.message}` : issue.message;
  }
  return errors;
}

/**
 * Error summary items linking to each field's element id (`${idPrefix}${field}`); `anchors` names
 * fields whose first control has another id (a date input's day box, for example).
 */
export function summaryItems(
  errors: FieldErrors,
  idPrefix = '',
  anchors: Readonly<Record<string, string>> = {},
): ErrorSummaryItem[] {
  return Object.entries(errors).map(([field, text]) => ({ text, href: `#${anchors[field] ?? `${idPrefix}${field}`}` }));
}
