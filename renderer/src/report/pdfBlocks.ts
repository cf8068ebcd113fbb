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

/** The width a column of bold labels needs: the widest label plus a gap, and never less than `minimum`. */
function labelColumn(writer: PdfWriter, labels: readonly string[], size: number, minimum: number): number {
  writer.setStyle({ size, bold: true });
  return Math.max(minimum, ...labels.map((label) => writer.doc.getTextWidth(label) + 3));
}

export function drawDeficiency(writer: PdfWriter, d: ReportDeficiency): void {
  writer.ensure(lineHeight(10.5) * 2 + lineHeight(10) * 3);
  writer.y += 1.5;
  // The number ("GMP 3.33", "PV C12") sets the indent of everything under the title.
  const indent = labelColumn(writer, [d.number], 10.5, 22);
  const examples = labelColumn(
    writer,
    d.examples.map((e) => e.number),
    10,
    22,
  );
  writer.hanging(d.number, d.title, { size: 10.5, bold: true, labelWidth: indent, after: 0.5 });
  writer.text(`${d.reference} · ${d.gradeLabel} · ${d.siteLabel}`, {
    size: 8.5,
    colour: COLOURS.secondary,
    indent,
    after: 1.5,
  });
  if (d.statement.trim()) writer.text(d.statement, { indent, after: 1.5 });
  for (const example of d.examples)
    writer.hanging(example.number, example.text, { indent, labelWidth: examples, after: 1 });
  const small = { size: 9, indent, labelWidth: 22, after: 1 };
  writer.hanging('References', d.references.length > 0 ? d.references.join('; ') : 'None given', small);
  if (d.followsUp.trim()) writer.hanging('Follows up', d.followsUp, small);
  if (d.photoLabels.length > 0) writer.hanging('Photos', d.photoLabels.join(', '), small);
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
