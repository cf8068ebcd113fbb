/**
 * One end of the "last changed" date range: a GOV.UK date input that applies as soon as the three
 * boxes make a real date, and clears when they are emptied. A half-typed date changes nothing and
 * is reported only once focus leaves the boxes, so typing is never interrupted by an error.
 */
import { useEffect, useRef, useState } from 'react';
import { DateInput, type DateParts } from '../../components/govuk/DateInput';
import { isoFromParts, partsFromIso } from '../../forms/dateParts';

export interface DateFilterProps {
  legend: string;
  idPrefix: string;
  /** The applied date (YYYY-MM-DD), or '' for none. */
  value: string;
  onChange: (iso: string) => void;
  /** An error the range as a whole has (the end before the start). */
  rangeError?: string | undefined;
}

const isEmpty = (parts: DateParts) => !parts.day.trim() && !parts.month.trim() && !parts.year.trim();

export function DateFilter({ legend, idPrefix, value, onChange, rangeError }: DateFilterProps) {
  const [parts, setParts] = useState(() => partsFromIso(value));
  const [shown, setShown] = useState(value);
  const [touched, setTouched] = useState(false);
  const wrapper = useRef<HTMLDivElement>(null);
  useEffect(() => {
    // The date input has no blur callback of its own; focusout bubbles from its three boxes.
    const element = wrapper.current;
    if (!element) return;
    const onFocusOut = (event: FocusEvent) => {
      if (!(event.relatedTarget instanceof Node && element.contains(event.relatedTarget))) setTouched(true);
    };
    element.addEventListener('focusout', onFocusOut);
    return () => element.removeEventListener('focusout', onFocusOut);
  }, []);
  // A saved view or a removed filter tag changes the applied date from outside: show it.
  if (value !== shown) {
    setShown(value);
    setParts(partsFromIso(value));
    setTouched(false);
  }

  const change = (next: DateParts) => {
    setParts(next);
    if (isEmpty(next)) {
      setShown('');
      if (value !== '') onChange('');
      return;
    }
    const iso = isoFromParts(next);
    if (typeof iso === 'string') {
      setShown(iso);
      if (iso !== value) onChange(iso);
    }
  };

  const parsed = isEmpty(parts) ? '' : isoFromParts(parts);
  const error = touched && typeof parsed !== 'string' ? `${legend} ${parsed.error}` : rangeError;
  return (
    <div ref={wrapper}>
      <DateInput
        id={idPrefix}
        namePrefix={idPrefix}
        legend={legend}
        legendSize="s"
        hint="For example, 27 11 2026"
        value={parts}
        onChange={change}
        error={error}
      />
    </div>
  );
}
