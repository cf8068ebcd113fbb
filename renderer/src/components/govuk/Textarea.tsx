/** A multi-line text field with label, hint and error: the GOV.UK Frontend textarea. */
import type { ReactNode, Ref, TextareaHTMLAttributes } from 'react';
import { classNames } from '../classNames';
import { ErrorMessage } from './ErrorMessage';
import { FormGroup } from './FormGroup';
import { Hint } from './Hint';
import { Label, type HeadingSize } from './Label';
import { isPresent, useFieldIds } from './useFieldIds';

export interface TextareaProps extends Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'id' | 'className'> {
  label: ReactNode;
  hint?: ReactNode;
  error?: string | undefined;
  id?: string | undefined;
  labelSize?: HeadingSize | undefined;
  isPageHeading?: boolean | undefined;
  className?: string | undefined;
  formGroupClassName?: string | undefined;
  /** Rendered after the textarea inside the form group (GOV.UK `formGroup.afterInput`). */
  afterInput?: ReactNode;
  ref?: Ref<HTMLTextAreaElement> | undefined;
}

export function Textarea({
  label,
  hint,
  error,
  id,
  labelSize,
  isPageHeading,
  className,
  formGroupClassName,
  afterInput,
  rows = 5,
  'aria-describedby': describedBy,
  ...textareaProps
}: TextareaProps) {
  const hasError = isPresent(error);
  const ids = useFieldIds(id, { hasHint: isPresent(hint), hasError, describedBy: describedBy ? [describedBy] : [] });
  return (
    <FormGroup hasError={hasError} className={formGroupClassName}>
      <Label htmlFor={ids.id} size={labelSize} isPageHeading={isPageHeading}>
        {label}
      </Label>
      {ids.hintId && <Hint id={ids.hintId}>{hint}</Hint>}
      {ids.errorId && <ErrorMessage id={ids.errorId}>{error}</ErrorMessage>}
      <textarea
        {...textareaProps}
        className={classNames('govuk-textarea', hasError && 'govuk-textarea--error', className)}
        id={ids.id}
        rows={rows}
        aria-describedby={ids.describedBy}
      />
      {afterInput}
    </FormGroup>
  );
}
