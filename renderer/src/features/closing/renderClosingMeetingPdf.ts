/**
 * The closing meeting list as a PDF to hand over: the provisional findings by grade, marked
 * provisional, on the report's page furniture (security marking, reference, page x of y) and fonts.
 */
import { drawPageFurniture } from '../../report/pdfPageFurniture';
import { COLOURS, PdfWriter } from '../../report/pdfWriter';
import type { ReportFonts } from '../../report/reportFonts';
import type { ClosingGroup } from './closingMeetingList';

export interface ClosingMeetingHeader {
  reference: string;
  organisationName: string;
  date: string;
  leadInspector: string;
}

export function renderClosingMeetingPdf(
  header: ClosingMeetingHeader,
  groups: readonly ClosingGroup[],
  fonts: ReportFonts,
  now: Date,
): Uint8Array {
  const writer = new PdfWriter(fonts);
  writer.text('Provisional findings: closing meeting', { size: 20, bold: true, after: 2 });
  writer.text(`${header.organisationName}: inspection ${header.reference}`, { size: 12, after: 1 });
  writer.text(`Presented on ${header.date} by ${header.leadInspector}`, { size: 10, after: 3 });
  writer.text(
    'These findings and their grades are provisional. They may change after review; the inspection report states the final findings.',
    { size: 10, colour: COLOURS.secondary, after: 4 },
  );
  if (groups.length === 0) writer.text('No findings were raised.');
  for (const group of groups) {
    writer.heading(`${group.label} (${group.items.length})`, 14, 6);
    for (const item of group.items) {
      writer.hanging(item.reference, item.title, { labelWidth: 30, bold: true, after: 0.5 });
      writer.text(`Site: ${item.site}`, { size: 9, indent: 30, colour: COLOURS.secondary, after: 0.5 });
      if (item.statement) writer.text(item.statement, { indent: 30, after: 0.5 });
      if (item.references.length > 0)
        writer.text(`References: ${item.references.join('; ')}`, { size: 9, indent: 30, after: 3 });
    }
  }
  drawPageFurniture(writer, header.reference, 'Closing meeting: provisional');
  writer.doc.setProperties({
    title: `Provisional findings: ${header.reference}`,
    subject: `Closing meeting, ${header.organisationName}`,
    author: header.leadInspector,
    creator: 'Inspection Workbench',
  });
  writer.doc.setCreationDate(now);
  return new Uint8Array(writer.doc.output('arraybuffer'));
}
