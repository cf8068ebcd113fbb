/**
 * The deficiency list as a PDF: the same content and response fields as the Word file
 * (renderDeficienciesDocx.ts), for a company or reader that cannot edit Word, laid out with the
 * report's own PDF writer, font and page furniture.
 */
import { DISCIPLINE_NAMES } from '@shared/domain/disciplines';
import { RESPONSE_FIELDS, RESPONSE_INSTRUCTIONS } from '@shared/report/deficiencyExport';
import type { ReportDeficiency, ReportDocument } from '@shared/report/reportDocument';
import { drawDeficiency } from './pdfBlocks';
import { drawPageFurniture } from './pdfPageFurniture';
import { COLOURS, CONTENT_WIDTH, lineHeight, PAGE, PdfWriter } from './pdfWriter';
import type { ReportFonts } from './reportFonts';

const BOX_HEIGHT = 16;

function drawResponseBoxes(writer: PdfWriter, deficiency: ReportDeficiency): void {
  writer.ensure(RESPONSE_FIELDS.length * (BOX_HEIGHT + lineHeight(8.5) + 2));
  for (const field of RESPONSE_FIELDS) {
    writer.ensure(BOX_HEIGHT + lineHeight(8.5) + 2);
    writer.text(`${field.label} (${deficiency.number})`, { size: 8.5, bold: true, after: 0.5 });
    const [r, g, b] = COLOURS.border;
    writer.doc.setDrawColor(r, g, b);
    writer.doc.setLineWidth(0.3);
    writer.doc.rect(PAGE.left, writer.y, CONTENT_WIDTH, BOX_HEIGHT);
    writer.y += BOX_HEIGHT + 2;
  }
  writer.y += 4;
}

export function renderDeficienciesPdf(model: ReportDocument, fonts: ReportFonts): Uint8Array {
  const writer = new PdfWriter(fonts);
  const { cover } = model.content;
  writer.text('Deficiencies for response', { size: 20, bold: true, after: 2 });
  writer.text(`${cover.organisationName}: inspection ${cover.reportReference}`, { size: 12, after: 4 });
  writer.text(`Report content SHA-256: ${model.generation.contentSha256}`, { size: 7.5, colour: COLOURS.secondary });
  writer.heading('How to respond', 12);
  for (const line of RESPONSE_INSTRUCTIONS) writer.hanging('•', line, { labelWidth: 5, after: 1 });
  for (const list of model.content.deficiencyLists) {
    writer.heading(`${DISCIPLINE_NAMES[list.discipline]} (${list.discipline}) deficiencies`, 14, 8);
    for (const group of list.groups) {
      writer.heading(`${group.number}  ${group.label}`, 11.5, 3);
      if (group.deficiencies.length === 0) writer.text(`No ${group.label.toLowerCase()} deficiencies.`);
      for (const deficiency of group.deficiencies) {
        drawDeficiency(writer, deficiency);
        drawResponseBoxes(writer, deficiency);
      }
    }
    if (list.comments.length > 0) {
      writer.heading('Comments and recommendations (ungraded; no response required)', 11.5, 3);
      for (const comment of list.comments) drawDeficiency(writer, comment);
    }
  }
  drawPageFurniture(writer, cover.reportReference, 'Deficiencies for response');
  writer.doc.setProperties({
    title: `Deficiencies for response: ${cover.reportReference}`,
    subject: model.content.properties.subject,
    author: model.content.properties.author,
    keywords: model.content.properties.keywords.join(', '),
    creator: 'Inspection Workbench',
  });
  writer.doc.setCreationDate(new Date(model.generation.generatedAt));
  return new Uint8Array(writer.doc.output('arraybuffer'));
}
