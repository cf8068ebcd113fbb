/** A single-line text field with label, hint and error: the GOV.UK Frontend text input. */
import type { InputHTMLAttributes, ReactNode, Ref } from 'react';
import { classNames } from '../classNames';
import { ErrorMessage } from './ErrorMessage';
import { FormGroup } from './FormGroup';
import { Hint } from './Hint';
import { Label, type HeadingSize } from './Label';
import { isPresent, useFieldIds } from './useFieldIds';

/** Fixed widths in characters, or a fraction of the container (GOV.UK width override classes). */
export type InputWidth =
  2 | 3 | 4 | 5 | 10 | 20 | 30 | 'full' | 'three-quarters' | 'two-thirds' | 'one-half' | 'one-third' | 'one-quarter';

export interface TextInputProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'prefix' | 'className'> {
  label: ReactNode;
  hint?: ReactNode;
  error?: string | undefined;
  /** Defaults to a generated id; pass one when an error summary links to this field. */
  id?: string | undefined;
  labelSize?: HeadingSize | undefined;
  isPageHeading?: boolean | undefined;
  /** Text shown before the input, for example "£" (hidden from screen readers, as in GOV.UK). */
  prefix?: string | undefined;
  /** Text shown after the input, for example "kg". */
  suffix?: string | undefined;
  width?: InputWidth | undefined;
  className?: string | undefined;
  formGroupClassName?: string | undefined;
  ref?: Ref<HTMLInputElement> | undefined;
}

export function widthClass(width: InputWidth | undefined): string | undefined {
  if (width === undefined) return undefined;
  return typeof width === 'number' ? `govuk-input--width-${width}` : `govuk-!-width-${width}`;
}

export function TextInput({
  label,
  hint,
  error,
  id,
  labelSize,
  isPageHeading,
  prefix,
  suffix,
  width,
  className,
  formGroupClassName,
  type = 'text',
  'aria-describedby': describedBy,
  ...inputProps
}: TextInputProps) {
  const hasError = isPresent(error);
  const ids = useFieldIds(id, {
    hasHint: isPresent(hint),
    hasError,
    describedBy: describedBy ? [describedBy] : [],
  });
  const input = (
    <input
      {...inputProps}
      className={classNames('govuk-input', widthClass(width), hasError && 'govuk-input--error', className)}
      id={ids.id}
      type={type}
      aria-describedby={ids.describedBy}
    />
  );
  return (
    <FormGroup hasError={hasError} className={formGroupClassName}>
      <Label htmlFor={ids.id} size={labelSize} isPageHeading={isPageHeading}>
        {label}
      </Label>
      {ids.hintId && <Hint id={ids.hintId}>{hint}</Hint>}
      {ids.errorId && <ErrorMessage id={ids.errorId}>{error}</ErrorMessage>}
      {prefix !== undefined || suffix !== undefined ? (
        <div className="govuk-input__wrapper">
          {prefix !== undefined && (
            <div className="govuk-input__prefix" aria-hidden="true">
              {prefix}
            </div>
          )}
          {input}
          {suffix !== undefined && (
            <div className="govuk-input__suffix" aria-hidden="true">
              {suffix}
            </div>
          )}
        </div>
      ) : (
        input
      )}
    </FormGroup>
  );
}
