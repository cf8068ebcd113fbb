/**
 * The report benchmark's content: the report fixture grown to 150 findings and 100 photos (real
 * JPEGs made by sharp), its report model, and the same content as plain HTML for Chromium's print.
 */
import { buildReportModel } from '../../../shared/report/buildReportModel';
import { ALL_ANNEXES, type ReportDocument } from '../../../shared/report/reportDocument';
import { aFinding } from '../../support/domainFactories';
import { aReportFixture, withGeneratedPhotos } from '../../support/reportFixtures';

export const REPORT_FINDINGS = 150;
export const REPORT_PHOTOS = 100;

export interface ReportContent {
  model: ReportDocument;
  blobs: Map<string, Uint8Array>;
}

export async function bigReportContent(): Promise<ReportContent> {
  const fixture = aReportFixture();
  const inspectionId = fixture.input.inspection.id;
  const extra = REPORT_FINDINGS - fixture.findingIds.length;
  const findings = [...fixture.input.findings];
  for (let i = 0; i < extra; i += 1) {
    const finding = aFinding(inspectionId, {
      reference: `GMP-BR-${String(i + 1).padStart(3, '0')}`,
      title: `Benchmark finding ${i + 1}: gowning qualification records incomplete`,
      classification: (['critical', 'major', 'other'] as const)[i % 3] ?? 'other',
      statement:
        'Gowning qualification for three operators at POC-002 had lapsed; the Control Site did not detect this during its quarterly review of the point-of-care sites.',
    });
    findings.push(finding);
    fixture.findingIds.push(finding.id);
  }
  fixture.input = { ...fixture.input, findings };
  const { input, blobs } = await withGeneratedPhotos(fixture, REPORT_PHOTOS);
  const model = buildReportModel(input, { generatedAt: '2026-12-01T09:30:00.000Z', annexes: ALL_ANNEXES });
  return { model, blobs };
}

const escapeHtml = (text: string) =>
  text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c] ?? c);

/** The same sections, text and photos as HTML, for page.pdf(): the peer the jsPDF renderer is compared with. */
export function reportHtml(content: ReportContent): string {
  const parts: string[] = [
    '<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><style>',
    'body{font-family:"DejaVu Sans",sans-serif;font-size:10pt} section{break-before:page} img{max-width:160mm;max-height:110mm;display:block}',
    'table{border-collapse:collapse} td,th{border:1px solid #999;padding:2px 4px}</style></head><body>',
    `<h1>${escapeHtml(content.model.content.properties.title)}</h1>`,
  ];
  for (const section of content.model.content.sections) {
    parts.push(`<section><h2>${escapeHtml(section.title)}</h2>`);
    for (const block of section.blocks) {
      if (block.kind === 'photo') {
        const bytes = content.blobs.get(block.photo.displaySha256);
        if (bytes) parts.push(`<img alt="" src="data:image/jpeg;base64,${Buffer.from(bytes).toString('base64')}">`);
        parts.push(`<p>${escapeHtml(`${block.photo.label}: ${block.photo.caption}`)}</p>`);
      } else {
        parts.push(`<p>${escapeHtml(JSON.stringify(block))}</p>`);
      }
    }
    parts.push('</section>');
  }
  parts.push('</body></html>');
  return parts.join('\n');
}
