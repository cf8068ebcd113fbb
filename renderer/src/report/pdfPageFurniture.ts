/**
 * What every page carries, drawn once all pages exist: the OFFICIAL-SENSITIVE security marking at
 * the top and bottom (GOV.UK classification practice), the report reference, whether this copy is a
 * draft or an issued version, and "Page x of y". Also the table of contents, filled in on the pages
 * kept for it once the page of each section is known, with links and PDF bookmarks.
 */
import { SECURITY_MARKING } from '@shared/report/reportDocument';
import { COLOURS, lineHeight, PAGE, type PdfWriter } from './pdfWriter';

export interface ContentsEntry {
  label: string;
  page: number;
  annex: boolean;
}

export const CONTENTS_LINES_PER_PAGE = 30;

export function contentsPagesNeeded(entries: number): number {
  return Math.max(1, Math.ceil((entries + 2) / CONTENTS_LINES_PER_PAGE));
}

export function drawContents(writer: PdfWriter, firstPage: number, entries: readonly ContentsEntry[]): void {
  const { doc } = writer;
  let page = firstPage;
  doc.setPage(page);
  let y = PAGE.top;
  writer.setStyle({ size: 16, bold: true });
  doc.text('Contents', PAGE.left, y, { baseline: 'top' });
  y += lineHeight(16) + 4;
  const right = PAGE.width - PAGE.right;
  for (const [index, entry] of entries.entries()) {
    if (index > 0 && index % CONTENTS_LINES_PER_PAGE === 0) {
      page += 1;
      doc.setPage(page);
      y = PAGE.top;
    }
    writer.setStyle({ size: 10.5, colour: entry.annex ? COLOURS.secondary : COLOURS.text });
    const number = String(entry.page);
    const numberWidth = doc.getTextWidth(number);
    const label = (doc.splitTextToSize(entry.label, right - PAGE.left - numberWidth - 12) as string[])[0] ?? '';
    doc.text(label, PAGE.left, y, { baseline: 'top' });
    doc.text(number, right, y, { baseline: 'top', align: 'right' });
    const [r, g, b] = COLOURS.border;
    doc.setDrawColor(r, g, b);
    doc.setLineDashPattern([0.4, 1], 0);
    doc.line(PAGE.left + doc.getTextWidth(label) + 2, y + 3.3, right - numberWidth - 2, y + 3.3);
    doc.setLineDashPattern([], 0);
    doc.link(PAGE.left, y, right - PAGE.left, lineHeight(10.5), { pageNumber: entry.page });
    doc.outline.add(null, entry.label, { pageNumber: entry.page });
    y += lineHeight(10.5) + 2.2;
  }
}

export function drawPageFurniture(writer: PdfWriter, reportReference: string, copyLabel: string): void {
  const { doc } = writer;
  const total = writer.pageCount;
  const centre = PAGE.width / 2;
  const right = PAGE.width - PAGE.right;
  for (let page = 1; page <= total; page += 1) {
    doc.setPage(page);
    writer.setStyle({ size: 9, bold: true });
    doc.text(SECURITY_MARKING, centre, 9, { align: 'center', baseline: 'top' });
    writer.setStyle({ size: 8, colour: COLOURS.secondary });
    doc.text(`Inspection report ${reportReference}`, PAGE.left, 14, { baseline: 'top' });
    doc.text(copyLabel, right, 14, { align: 'right', baseline: 'top' });
    const [r, g, b] = COLOURS.border;
    doc.setDrawColor(r, g, b);
    doc.setLineWidth(0.2);
    doc.line(PAGE.left, 18.5, right, 18.5);
    doc.line(PAGE.left, PAGE.height - 17, right, PAGE.height - 17);
    writer.setStyle({ size: 8, colour: COLOURS.secondary });
    doc.text(reportReference, PAGE.left, PAGE.height - 15, { baseline: 'top' });
    doc.text(`Page ${page} of ${total}`, right, PAGE.height - 15, { align: 'right', baseline: 'top' });
    writer.setStyle({ size: 9, bold: true });
    doc.text(SECURITY_MARKING, centre, PAGE.height - 10, { align: 'center', baseline: 'top' });
  }
}
