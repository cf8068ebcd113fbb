/**
 * The life of a form submission: validate, save through the change log, report problems the GOV.UK
 * way. A data-layer refusal (a record that fails its schema, a missing reason, a full disk) is shown
 * in the error summary with the data layer's own message, and nothing is half-saved.
 */
import { useState, type FormEvent } from 'react';
import type { FieldErrors } from './formErrors';

export type Validation<T> = { ok: true; value: T } | { ok: false; errors: FieldErrors };

export interface FormSubmission {
  errors: FieldErrors;
  saving: boolean;
  onSubmit: (event: FormEvent) => void;
  setErrors: (errors: FieldErrors) => void;
}

/**
 * `errorField` names the field a data-layer error is attached to in the summary (the form's first
 * field, usually), so the summary link still leads somewhere sensible.
 */
export function useFormSubmission<T>(
  validate: () => Validation<T>,
  save: (value: T) => Promise<void>,
  errorField: string,
): FormSubmission {
  const [errors, setErrors] = useState<FieldErrors>({});
  const [saving, setSaving] = useState(false);
  function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (saving) return;
    const result = validate();
    if (!result.ok) {
      setErrors(result.errors);
      return;
    }
    setErrors({});
    setSaving(true);
    save(result.value).then(
      () => setSaving(false),
      (error: unknown) => {
        const field = (error as { field?: string }).field;
        setErrors({ [field || errorField]: error instanceof Error ? error.message : String(error) });
        setSaving(false);
      },
    );
  }
  return { errors, saving, onSubmit, setErrors };
}
