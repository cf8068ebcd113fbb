/**
 * `renderReportPdf`: lays out a report model as a PDF with jsPDF and jspdf-autotable. It decides
 * nothing about content (that is buildReportModel's job) and only reads the model, so what is printed
 * is what was hashed and signed. Built from structured data, never from HTML, so text from a finding
 * ("<img src=x onerror=...>", "=HYPERLINK(...)") prints literally (SECURITY.md F6).
 *
 * Page order: cover, contents, body sections, annexes (each annex on a new page). Runs in the browser
 * and in Node (the integration tests check its output with qpdf and poppler).
 */
import type { ReportDocument, ReportSection } from '@shared/report/reportDocument';
import { drawBlock } from './pdfBlocks';
import { copyStatus, drawCover } from './pdfCover';
import { contentsPagesNeeded, drawContents, drawPageFurniture, type ContentsEntry } from './pdfPageFurniture';
import { drawPhoto, type PhotoBytes, type PhotoSize } from './pdfPhotos';
import { drawSignatures } from './pdfSignatures';
import { PdfWriter } from './pdfWriter';
import type { ReportFonts } from './reportFonts';

export interface RenderReportOptions {
  fonts: ReportFonts;
  photoBytes: PhotoBytes;
  photoSize: PhotoSize;
  /** Called as work progresses, with a fraction from 0 to 1 and what is being done. */
  onProgress?: (fraction: number, activity: string) => void;
}

/** The sections this copy prints: all body sections, and the annexes chosen for it. */
export function printedSections(model: ReportDocument): ReportSection[] {
  return model.content.sections.filter(
    (section) => section.annex === null || section.annex === 'deficiencies' || model.generation.annexes[section.annex],
  );
}

export function sectionLabel(section: ReportSection): string {
  return section.annex ? `Annex ${section.number}: ${section.title}` : `${section.number}. ${section.title}`;
}

export async function renderReportPdf(model: ReportDocument, options: RenderReportOptions): Promise<Uint8Array> {
  const progress = options.onProgress ?? (() => undefined);
  const writer = new PdfWriter(options.fonts);
  const { doc } = writer;
  const sections = printedSections(model);
  const photoCount = sections.reduce((n, s) => n + s.blocks.filter((b) => b.kind === 'photo').length, 0);
  let photosDone = 0;

  progress(0, 'Laying out the cover');
  drawCover(writer, model);
  const contentsFirstPage = writer.page + 1;
  const contentsPages = contentsPagesNeeded(sections.length);
  for (let i = 0; i < contentsPages; i += 1) writer.newPage();

  const entries: ContentsEntry[] = [];
  let first = true;
  for (const section of sections) {
    // Annexes start on a page of their own; so does the first section, after the contents.
    if (first || section.annex) writer.newPage();
    else writer.y += 4;
    first = false;
    writer.ensure(30);
    entries.push({ label: sectionLabel(section), page: writer.page, annex: section.annex !== null });
    writer.heading(sectionLabel(section), section.annex ? 14 : 13, 0);
    progress(0.1 + 0.8 * (photoCount > 0 ? photosDone / photoCount : 1), `Laying out ${sectionLabel(section)}`);
    for (const block of section.blocks) {
      if (block.kind === 'photo') {
        await drawPhoto(writer, block.photo, options.photoSize, options.photoBytes);
        photosDone += 1;
        progress(0.1 + 0.8 * (photosDone / photoCount), `Adding photo ${photosDone} of ${photoCount}`);
      } else if (block.kind === 'signatures') {
        drawSignatures(writer, model);
      } else {
        drawBlock(writer, block);
      }
    }
  }

  progress(0.92, 'Numbering pages');
  drawContents(writer, contentsFirstPage, entries);
  drawPageFurniture(writer, model.content.reportReference, copyStatus(model).split('.')[0] ?? '');

  const { properties } = model.content;
  doc.setProperties({
    title: properties.title,
    subject: properties.subject,
    author: properties.author,
    keywords: properties.keywords.join(', '),
    creator: 'Inspection Workbench',
  });
  doc.setCreationDate(new Date(model.generation.generatedAt));
  doc.setLanguage('en-GB');
  const bytes = new Uint8Array(doc.output('arraybuffer'));
  progress(1, 'Done');
  return bytes;
}
