/**
 * The signatures in the PDF (21 CFR 11.50): printed name, role, meaning, date and time (UTC) and the
 * content hash each signature is bound to, with its validity against this copy's content. A
 * signature made before the content changed is printed, struck through in words, as no longer valid.
 */
import { utcDateTime } from '@shared/report/reportText';
import { SIGNATURE_INVALID_TEXT, type ReportDocument } from '@shared/report/reportDocument';
import { COLOURS, CONTENT_WIDTH, type PdfWriter } from './pdfWriter';

export function drawSignatures(writer: PdfWriter, model: ReportDocument): void {
  writer.text(`SHA-256 of this report's content: ${model.generation.contentSha256}`, {
    size: 8,
    colour: COLOURS.secondary,
    after: 3,
  });
  if (model.signatures.length === 0) {
    writer.text('The report has not been signed.', { bold: true, after: 3 });
    return;
  }
  for (const signature of model.signatures) {
    writer.ensure(32);
    const valid = signature.status === 'valid';
    writer.text(`${signature.meaningLabel}: ${signature.signerName}`, { size: 10.5, bold: true, after: 0.5 });
    writer.table({
      head: [],
      body: [
        ['Role', signature.signerRole],
        ['Signed', utcDateTime(signature.signedAt)],
        ['Signed content SHA-256', signature.contentSha256],
        ['Status', valid ? 'Valid: the report content is unchanged since signing' : SIGNATURE_INVALID_TEXT],
      ],
      widths: [42, CONTENT_WIDTH - 42],
      plain: true,
      styles: { fontSize: 8.5, cellPadding: 0.8 },
    });
    if (!valid) {
      // Said again in bold red under the table, so it cannot be missed on a printout.
      writer.y -= 2;
      writer.text(SIGNATURE_INVALID_TEXT, { size: 9, bold: true, colour: COLOURS.red, after: 3 });
    }
  }
}
