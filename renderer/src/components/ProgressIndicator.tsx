/** Progress of long work (photo import, report generation): a labelled, determinate <progress> with a visible percentage. */
// No GOV.UK or MOJ component covers this (MOJ's progress bar is a list of steps), so it is built
// from a native element that assistive technology already knows.
import { useId } from 'react';
import { classNames } from './classNames';

export interface ProgressIndicatorProps {
  label: string;
  /** Work done so far, from 0 to `max`; omit it while the total is not yet known (indeterminate). */
  value?: number | undefined;
  max?: number | undefined;
  /** A fuller reading, for example "12 of 40 photos"; shown after the percentage and read as the value. */
  valueText?: string | undefined;
  id?: string | undefined;
  className?: string | undefined;
}

export function progressPercent(value: number, max: number): number {
  if (max <= 0) return 0;
  return Math.round((Math.min(Math.max(value, 0), max) / max) * 100);
}

export function ProgressIndicator({ label, value, max = 100, valueText, id, className }: ProgressIndicatorProps) {
  const generatedId = useId();
  const progressId = id ?? generatedId;
  const clamped = value === undefined ? undefined : Math.min(Math.max(value, 0), max);
  const percent = value === undefined ? undefined : progressPercent(value, max);
  const spoken = valueText ?? (percent === undefined ? undefined : `${percent}%`);
  return (
    <div className={classNames('govuk-!-margin-bottom-6', className)}>
      <label className="govuk-label" htmlFor={progressId}>
        {label}
      </label>
      {/* The aria-value* attributes repeat what <progress> implies, so every screen reader gets them. */}
      <progress
        id={progressId}
        className="govuk-!-width-full"
        max={max}
        value={clamped}
        aria-valuemin={0}
        aria-valuemax={max}
        aria-valuenow={clamped}
        aria-valuetext={spoken}
      />
      {percent !== undefined && (
        // Already conveyed by the progress bar itself, so hidden from screen readers to avoid saying it twice.
        <p className="govuk-body-s govuk-!-margin-bottom-0" aria-hidden="true">
          {percent}%{valueText && ` (${valueText})`}
        </p>
      )}
    </div>
  );
}
