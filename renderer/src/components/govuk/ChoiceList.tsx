/** The markup shared by the GOV.UK Frontend radios and checkboxes (fieldset, items, hints, dividers, reveals). */
// Radios.tsx and Checkboxes.tsx own the choosing rules.
import { Fragment, type ReactNode } from 'react';
import { classNames } from '../classNames';
import { ErrorMessage } from './ErrorMessage';
import { Fieldset } from './Fieldset';
import { FormGroup } from './FormGroup';
import { Hint } from './Hint';
import type { HeadingSize } from './Label';
import { isPresent, useFieldIds } from './useFieldIds';

export interface ChoiceItem {
  value: string;
  label: ReactNode;
  hint?: ReactNode;
  /** Content revealed under this option while it is chosen; it stays mounted so typed text survives. */
  conditional?: ReactNode;
  disabled?: boolean | undefined;
  /** Defaults to `{idPrefix}`, `{idPrefix}-2`… (the first has no suffix so an error summary can link to it). */
  id?: string | undefined;
}

/** A word between options, usually "or" before a "None of these" option. */
export interface ChoiceDivider {
  divider: string;
}

export function isDivider(option: ChoiceItem | ChoiceDivider): option is ChoiceDivider {
  return 'divider' in option;
}

export interface ChoiceGroupProps<Item extends ChoiceItem> {
  name: string;
  legend: ReactNode;
  items: readonly (Item | ChoiceDivider)[];
  legendSize?: HeadingSize | undefined;
  isPageHeading?: boolean | undefined;
  hint?: ReactNode;
  error?: string | undefined;
  /** Prefix for the ids of the items, hint and error; defaults to a generated id. */
  idPrefix?: string | undefined;
  small?: boolean | undefined;
  formGroupClassName?: string | undefined;
}

interface ChoiceListProps<Item extends ChoiceItem> extends ChoiceGroupProps<Item> {
  kind: 'radios' | 'checkboxes';
  modifierClasses?: (string | false | undefined)[];
  isChecked: (value: string) => boolean;
  onToggle: (item: Item, checked: boolean) => void;
}

export function ChoiceList<Item extends ChoiceItem>({
  kind,
  name,
  legend,
  items,
  legendSize,
  isPageHeading,
  hint,
  error,
  idPrefix,
  small,
  formGroupClassName,
  modifierClasses = [],
  isChecked,
  onToggle,
}: ChoiceListProps<Item>) {
  const hasError = isPresent(error);
  const ids = useFieldIds(idPrefix, { hasHint: isPresent(hint), hasError });
  const type = kind === 'radios' ? 'radio' : 'checkbox';
  return (
    <FormGroup hasError={hasError} className={formGroupClassName}>
      <Fieldset legend={legend} legendSize={legendSize} isPageHeading={isPageHeading} describedBy={ids.describedBy}>
        {ids.hintId && <Hint id={ids.hintId}>{hint}</Hint>}
        {ids.errorId && <ErrorMessage id={ids.errorId}>{error}</ErrorMessage>}
        <div className={classNames(`govuk-${kind}`, small && `govuk-${kind}--small`, ...modifierClasses)}>
          {items.map((option, index) => {
            if (isDivider(option)) {
              return (
                <div key={`divider-${index}`} className={`govuk-${kind}__divider`}>
                  {option.divider}
                </div>
              );
            }
            const itemId = option.id ?? (index === 0 ? ids.id : `${ids.id}-${index + 1}`);
            const itemHintId = isPresent(option.hint) ? `${itemId}-item-hint` : undefined;
            const conditionalId = isPresent(option.conditional) ? `conditional-${itemId}` : undefined;
            const checked = isChecked(option.value);
            return (
              <Fragment key={option.value}>
                <div className={`govuk-${kind}__item`}>
                  <input
                    className={`govuk-${kind}__input`}
                    id={itemId}
                    name={name}
                    type={type}
                    value={option.value}
                    checked={checked}
                    disabled={option.disabled}
                    aria-controls={conditionalId}
                    aria-describedby={itemHintId}
                    onChange={(event) => onToggle(option, event.target.checked)}
                  />
                  <label className={`govuk-label govuk-${kind}__label`} htmlFor={itemId}>
                    {option.label}
                  </label>
                  {itemHintId && (
                    <Hint id={itemHintId} className={`govuk-${kind}__hint`}>
                      {option.hint}
                    </Hint>
                  )}
                </div>
                {conditionalId && (
                  <div
                    className={classNames(
                      `govuk-${kind}__conditional`,
                      !checked && `govuk-${kind}__conditional--hidden`,
                    )}
                    id={conditionalId}
                  >
                    {option.conditional}
                  </div>
                )}
              </Fragment>
            );
          })}
        </div>
      </Fieldset>
    </FormGroup>
  );
}
