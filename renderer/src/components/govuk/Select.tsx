/** A drop-down choice with label, hint and error: the GOV.UK Frontend select. */
import type { ReactNode, Ref, SelectHTMLAttributes } from 'react';
import { classNames } from '../classNames';
import { ErrorMessage } from './ErrorMessage';
import { FormGroup } from './FormGroup';
import { Hint } from './Hint';
import { Label, type HeadingSize } from './Label';
import { isPresent, useFieldIds } from './useFieldIds';

export interface SelectOption {
  value: string;
  text: string;
  disabled?: boolean | undefined;
}

export interface SelectProps extends Omit<SelectHTMLAttributes<HTMLSelectElement>, 'id' | 'className' | 'children'> {
  label: ReactNode;
  options: readonly SelectOption[];
  hint?: ReactNode;
  error?: string | undefined;
  id?: string | undefined;
  labelSize?: HeadingSize | undefined;
  isPageHeading?: boolean | undefined;
  className?: string | undefined;
  formGroupClassName?: string | undefined;
  ref?: Ref<HTMLSelectElement> | undefined;
}

export function Select({
  label,
  options,
  hint,
  error,
  id,
  labelSize,
  isPageHeading,
  className,
  formGroupClassName,
  'aria-describedby': describedBy,
  ...selectProps
}: SelectProps) {
  const hasError = isPresent(error);
  const ids = useFieldIds(id, { hasHint: isPresent(hint), hasError, describedBy: describedBy ? [describedBy] : [] });
  return (
    <FormGroup hasError={hasError} className={formGroupClassName}>
      <Label htmlFor={ids.id} size={labelSize} isPageHeading={isPageHeading}>
        {label}
      </Label>
      {ids.hintId && <Hint id={ids.hintId}>{hint}</Hint>}
      {ids.errorId && <ErrorMessage id={ids.errorId}>{error}</ErrorMessage>}
      <select
        {...selectProps}
        className={classNames('govuk-select', className, hasError && 'govuk-select--error')}
        id={ids.id}
        aria-describedby={ids.describedBy}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value} disabled={option.disabled}>
            {option.text}
          </option>
        ))}
      </select>
    </FormGroup>
  );
}
