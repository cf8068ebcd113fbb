/** A textarea that counts down to a limit: the GOV.UK Frontend character count. */
// Rendered in the state its JavaScript produces: a visible count, a hidden description and a
// debounced live region.
import { useEffect, useId, useState, type ChangeEvent } from 'react';
import { classNames } from '../classNames';
import { Textarea, type TextareaProps } from './Textarea';

/** `length` counts UTF-16 units like `maxlength`; `characters` counts what a reader sees as one character. */
export type CountType = 'length' | 'characters' | 'words';

export interface CharacterCountProps extends Omit<
  TextareaProps,
  'maxLength' | 'afterInput' | 'value' | 'defaultValue'
> {
  /** The limit, in characters or (with `countType: 'words'`) words. Typing past it is allowed and shown as an error. */
  maxLength: number;
  countType?: CountType | undefined;
  /** Percentage of the limit at which the count appears; by default it is always shown. */
  threshold?: number | undefined;
  value?: string | undefined;
  defaultValue?: string | undefined;
}

/** How long typing must pause before screen readers hear the new count (GOV.UK waits similarly). */
const ANNOUNCE_DELAY_MS = 1000;

export function countText(text: string, countType: CountType): number {
  if (countType === 'length') return text.length;
  const segmenter = new Intl.Segmenter('en-GB', { granularity: countType === 'words' ? 'word' : 'grapheme' });
  const segments = Array.from(segmenter.segment(text));
  return countType === 'words' ? segments.filter((segment) => segment.isWordLike).length : segments.length;
}

export function countMessage(remaining: number, countType: CountType): string {
  const unit = countType === 'words' ? 'word' : 'character';
  const amount = Math.abs(remaining);
  const units = amount === 1 ? unit : `${unit}s`;
  if (remaining === 0) return `You have 0 ${unit}s remaining`;
  return remaining > 0 ? `You have ${amount} ${units} remaining` : `You have ${amount} ${units} too many`;
}

export function CharacterCount({
  maxLength,
  countType = 'length',
  threshold,
  value,
  defaultValue = '',
  onChange,
  id,
  error,
  className,
  formGroupClassName,
  'aria-describedby': describedBy,
  ...textareaProps
}: CharacterCountProps) {
  const generatedId = useId();
  const fieldId = id ?? generatedId;
  const infoId = `${fieldId}-info`;
  const [uncontrolled, setUncontrolled] = useState(defaultValue);
  const text = value ?? uncontrolled;

  const count = countText(text, countType);
  const remaining = maxLength - count;
  const isOver = remaining < 0;
  const isShown = !threshold || count >= (maxLength * threshold) / 100;
  const message = countMessage(remaining, countType);

  const [announced, setAnnounced] = useState(message);
  useEffect(() => {
    const timer = setTimeout(() => setAnnounced(message), ANNOUNCE_DELAY_MS);
    return () => clearTimeout(timer);
  }, [message]);

  const handleChange = (event: ChangeEvent<HTMLTextAreaElement>) => {
    if (value === undefined) setUncontrolled(event.target.value);
    onChange?.(event);
  };

  const units = countType === 'words' ? 'words' : 'characters';
  const statusClass = isOver ? 'govuk-error-message' : 'govuk-hint';
  return (
    <Textarea
      {...textareaProps}
      id={fieldId}
      error={error}
      value={text}
      onChange={handleChange}
      aria-describedby={describedBy ? `${infoId} ${describedBy}` : infoId}
      formGroupClassName={classNames('govuk-character-count', formGroupClassName)}
      className={classNames('govuk-js-character-count', isOver && !error && 'govuk-textarea--error', className)}
      afterInput={
        <>
          <div id={infoId} className="govuk-hint govuk-character-count__message govuk-visually-hidden">
            You can enter up to {maxLength} {units}
          </div>
          <div
            className={classNames(
              statusClass,
              'govuk-character-count__message govuk-character-count__status',
              !isShown && 'govuk-character-count__message--disabled',
            )}
            aria-hidden="true"
          >
            {message}
          </div>
          <div
            className="govuk-character-count__sr-status govuk-visually-hidden"
            aria-live="polite"
            aria-hidden={isShown ? undefined : true}
          >
            {announced}
          </div>
        </>
      }
    />
  );
}
