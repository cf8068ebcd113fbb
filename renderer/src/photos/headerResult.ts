/** What a header reader returns, and the wording every format shares for a damaged or empty image. */
export type HeaderResult = { ok: true; width: number; height: number } | { ok: false; reason: string };

export const cutShort = (format: string) =>
  `The ${format} file is cut short: part of the image is missing, so it cannot be used as evidence. Copy it again from the camera or phone.`;

export function checkedSize(width: number, height: number, format: string): HeaderResult {
  if (width < 1 || height < 1)
    return { ok: false, reason: `The ${format} header declares an empty image (${width} x ${height} pixels).` };
  return { ok: true, width, height };
}
