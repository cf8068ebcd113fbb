/** Converting GOV.UK date input boxes to ISO dates and back, with the GOV.UK error wording. */
import type { DateParts } from '../components/govuk/DateInput';

export function isoFromParts(parts: DateParts): string | { error: string } {
  const day = Number(parts.day.trim());
  const month = Number(parts.month.trim());
  const year = Number(parts.year.trim());
  if (!parts.day.trim() && !parts.month.trim() && !parts.year.trim()) return { error: 'must be entered' };
  if (!Number.isInteger(day) || !Number.isInteger(month) || !Number.isInteger(year))
    return { error: 'must be a real date' };
  if (year < 2000 || year > 2100) return { error: 'must have a year between 2000 and 2100' };
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
    return { error: 'must be a real date' };
  }
  return date.toISOString().slice(0, 10);
}

export function partsFromIso(iso: string | undefined): DateParts {
  if (!iso) return { day: '', month: '', year: '' };
  const [year = '', month = '', day = ''] = iso.split('-');
  return { day: String(Number(day)), month: String(Number(month)), year };
}

/** 25 November 2026, the GOV.UK date style. */
export function formatDate(iso: string | undefined): string {
  if (!iso) return '';
  const date = new Date(`${iso.slice(0, 10)}T00:00:00Z`);
  return date.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
}

/** 25 November 2026 at 14:05 in the viewer's time zone. */
export function formatDateTime(iso: string | undefined): string {
  if (!iso) return '';
  const date = new Date(iso);
  return `${date.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' })} at ${date.toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit' })}`;
}
