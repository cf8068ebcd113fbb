/**
 * The cover page of the report PDF: agency, title, organisation and reference, the key fields, the
 * inspected sites with their identifiers, the team and the products, and the document control block
 * (this copy's status, the content hash, earlier issued versions).
 */
import { utcDateTime } from '@shared/report/reportText';
import type { ReportDocument } from '@shared/report/reportDocument';
import { COLOURS, CONTENT_WIDTH, type PdfWriter } from './pdfWriter';

export function copyStatus(model: ReportDocument): string {
  const { generation } = model;
  return generation.issueVersion === null
    ? `Draft, not issued. Generated ${utcDateTime(generation.generatedAt)}.`
    : `Issued version ${generation.issueVersion}, ${utcDateTime(generation.generatedAt)}.`;
}

export function drawCover(writer: PdfWriter, model: ReportDocument): void {
  const { cover } = model.content;
  writer.y += 6;
  writer.text(cover.agencyName, { size: 13, bold: true, colour: COLOURS.secondary, after: 6 });
  writer.text(cover.title, { size: 26, bold: true, after: 3 });
  writer.text(cover.organisationName, { size: 16, after: 2 });
  writer.text(`Report reference ${cover.reportReference}`, { size: 12, after: 6 });
  writer.rule();
  writer.table({
    head: [],
    body: cover.fields.map((f) => [f.label, f.value]),
    widths: [45, CONTENT_WIDTH - 45],
    plain: true,
    styles: { fontSize: 9.5 },
  });
  writer.text('Inspected sites', { size: 10.5, bold: true, after: 1 });
  writer.table({
    head: ['Identifier', 'Site or unit', 'Kind', 'Location', 'Coverage'],
    body: cover.sites.length > 0 ? cover.sites : [['', 'No sites recorded', '', '', '']],
    widths: [22, 42, 30, 46, 30],
  });
  writer.text('Inspectors and experts', { size: 10.5, bold: true, after: 1 });
  writer.table({
    head: ['Name', 'Role', 'Disciplines', 'Competent authority'],
    body: cover.team.length > 0 ? cover.team : [['Not recorded', '', '', '']],
    widths: [45, 35, 25, 65],
  });
  if (cover.products.length > 0) {
    writer.text('Products', { size: 10.5, bold: true, after: 1 });
    writer.table({
      head: ['Product', 'Form', 'DM test', 'Designation', 'DMMF', 'Authorisation'],
      body: cover.products,
      widths: [45, 30, 15, 28, 15, 37],
    });
  }
  writer.text('Document control', { size: 10.5, bold: true, after: 1 });
  writer.table({
    head: [],
    body: [
      ['This copy', copyStatus(model)],
      ['Content SHA-256', model.generation.contentSha256],
      ...model.generation.previousIssues.map((issue) => [
        `Version ${issue.version}`,
        `Issued ${utcDateTime(issue.issuedAt)}; PDF SHA-256 ${issue.pdfSha256}`,
      ]),
    ],
    widths: [35, CONTENT_WIDTH - 35],
    plain: true,
    styles: { fontSize: 8.5 },
  });
}
