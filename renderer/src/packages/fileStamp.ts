/** The date and time (UTC) put in exported file names, e.g. `2026-11-25-0900Z`: sortable and safe on every OS. */
export function fileStamp(date: Date): string {
  const iso = date.toISOString();
  return `${iso.slice(0, 10)}-${iso.slice(11, 13)}${iso.slice(14, 16)}Z`;
}
