/**
 * How each kind of report block is drawn in the PDF: paragraphs, sub-headings, label/value fields,
 * tables, bullets and deficiencies (number, title, grade and site, statement, numbered examples,
 * references). Photos and signatures have files of their own.
 */
import type { ReportBlock, ReportColumn, ReportDeficiency } from '@shared/report/reportDocument';
import { COLOURS, CONTENT_WIDTH, lineHeight, type PdfWriter } from './pdfWriter';

const WIDTH_WEIGHT: Readonly<Record<ReportColumn['width'], number>> = { narrow: 1, medium: 1.6, wide: 2.6 };

export function columnWidths(columns: readonly ReportColumn[], total = CONTENT_WIDTH): number[] {
  const sum = columns.reduce((acc, c) => acc + WIDTH_WEIGHT[c.width], 0);
  return columns.map((c) => (WIDTH_WEIGHT[c.width] / sum) * total);
}

export function drawDeficiency(writer: PdfWriter, d: ReportDeficiency): void {
  writer.ensure(lineHeight(10.5) * 2 + lineHeight(10) * 3);
  writer.y += 1.5;
  writer.hanging(d.number, d.title, { size: 10.5, bold: true, labelWidth: 22, after: 0.5 });
  writer.text(`${d.reference} · ${d.gradeLabel} · ${d.siteLabel}`, {
    size: 8.5,
    colour: COLOURS.secondary,
    indent: 22,
    after: 1.5,
  });
  if (d.statement.trim()) writer.text(d.statement, { indent: 22, after: 1.5 });
  for (const example of d.examples)
    writer.hanging(example.number, example.text, { indent: 22, labelWidth: 22, after: 1 });
  writer.hanging('References', d.references.length > 0 ? d.references.join('; ') : 'None given', {
    size: 9,
    indent: 22,
    labelWidth: 22,
    after: 1,
  });
  if (d.followsUp.trim()) writer.hanging('Follows up', d.followsUp, { size: 9, indent: 22, labelWidth: 22, after: 1 });
  if (d.photoLabels.length > 0)
    writer.hanging('Photos', d.photoLabels.join(', '), { size: 9, indent: 22, labelWidth: 22, after: 1 });
  writer.y += 2;
}

/** Draws one block; photos and signatures are drawn by their own renderers and skipped here. */
export function drawBlock(writer: PdfWriter, block: ReportBlock): void {
  switch (block.kind) {
    case 'paragraph':
      writer.text(block.text, { after: 3 });
      return;
    case 'subheading':
      writer.heading(block.text, 11, 2);
      return;
    case 'fields':
      writer.table({
        head: [],
        body: block.fields.map((f) => [f.label, f.value]),
        widths: [45, CONTENT_WIDTH - 45],
        plain: true,
        styles: { fontSize: 9 },
      });
      return;
    case 'table':
      writer.text(block.caption, { size: 9.5, bold: true, after: 1 });
      if (block.rows.length === 0) {
        writer.text(block.emptyText, { after: 3 });
        return;
      }
      writer.table({
        head: block.columns.map((c) => c.header),
        body: block.rows,
        widths: columnWidths(block.columns),
      });
      return;
    case 'bullets':
      for (const item of block.items) writer.hanging('•', item, { labelWidth: 5, after: 1 });
      writer.y += 2;
      return;
    case 'deficiencyGroup':
      writer.heading(`${block.group.number}  ${block.group.label}`, 11.5, 3);
      if (block.group.deficiencies.length === 0) writer.text(block.emptyText, { after: 3 });
      for (const deficiency of block.group.deficiencies) drawDeficiency(writer, deficiency);
      return;
    case 'deficiencies':
      for (const deficiency of block.deficiencies) drawDeficiency(writer, deficiency);
      return;
    case 'photo':
    case 'signatures':
      return;
  }
}
