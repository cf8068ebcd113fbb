/** A memorable date as day, month and year boxes: the GOV.UK Frontend date input. */
import type { ReactNode } from 'react';
import { classNames } from '../classNames';
import { useControllableState } from '../useControllableState';
import { ErrorMessage } from './ErrorMessage';
import { Fieldset } from './Fieldset';
import { FormGroup } from './FormGroup';
import { Hint } from './Hint';
import type { HeadingSize } from './Label';
import { isPresent, useFieldIds } from './useFieldIds';

/** The raw text of each box: validating and turning it into a date is the form's job. */
export interface DateParts {
  day: string;
  month: string;
  year: string;
}
export type DatePart = keyof DateParts;

const PARTS: readonly { part: DatePart; label: string; width: 2 | 4 }[] = [
  { part: 'day', label: 'Day', width: 2 },
  { part: 'month', label: 'Month', width: 2 },
  { part: 'year', label: 'Year', width: 4 },
];
const EMPTY: DateParts = { day: '', month: '', year: '' };

export interface DateInputProps {
  legend: ReactNode;
  /** The boxes get `{id}-day`, `{id}-month`, `{id}-year`; link an error summary to the first wrong one. */
  id?: string | undefined;
  legendSize?: HeadingSize | undefined;
  isPageHeading?: boolean | undefined;
  hint?: ReactNode;
  error?: string | undefined;
  /** Which boxes are wrong; when omitted, an error marks all three (as GOV.UK does). */
  errorParts?: readonly DatePart[] | undefined;
  value?: DateParts | undefined;
  defaultValue?: DateParts | undefined;
  onChange?: ((value: DateParts) => void) | undefined;
  /** Input names become `{namePrefix}-day` and so on. */
  namePrefix?: string | undefined;
  formGroupClassName?: string | undefined;
}

export function DateInput({
  legend,
  id,
  legendSize,
  isPageHeading,
  hint,
  error,
  errorParts,
  value,
  defaultValue = EMPTY,
  onChange,
  namePrefix,
  formGroupClassName,
}: DateInputProps) {
  const hasError = isPresent(error);
  const ids = useFieldIds(id, { hasHint: isPresent(hint), hasError });
  const [parts, setParts] = useControllableState(value, defaultValue, onChange);
  const partHasError = (part: DatePart) => (errorParts && errorParts.length > 0 ? errorParts.includes(part) : hasError);
  return (
    <FormGroup hasError={hasError} className={formGroupClassName}>
      <Fieldset
        role="group"
        legend={legend}
        legendSize={legendSize}
        isPageHeading={isPageHeading}
        describedBy={ids.describedBy}
      >
        {ids.hintId && <Hint id={ids.hintId}>{hint}</Hint>}
        {ids.errorId && <ErrorMessage id={ids.errorId}>{error}</ErrorMessage>}
        <div className="govuk-date-input" id={ids.id}>
          {PARTS.map(({ part, label, width }) => {
            const inputId = `${ids.id}-${part}`;
            return (
              <div key={part} className="govuk-date-input__item">
                <div className="govuk-form-group">
                  <label className="govuk-label govuk-date-input__label" htmlFor={inputId}>
                    {label}
                  </label>
                  <input
                    className={classNames(
                      'govuk-input govuk-date-input__input',
                      partHasError(part) && 'govuk-input--error',
                      `govuk-input--width-${width}`,
                    )}
                    id={inputId}
                    name={namePrefix ? `${namePrefix}-${part}` : part}
                    type="text"
                    inputMode="numeric"
                    value={parts[part]}
                    onChange={(event) => setParts({ ...parts, [part]: event.target.value })}
                  />
                </div>
              </div>
            );
          })}
        </div>
      </Fieldset>
    </FormGroup>
  );
}
