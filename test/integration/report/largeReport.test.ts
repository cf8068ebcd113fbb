/**
 * The report at scale: 150 findings and 100 photos render to a well-formed PDF with one JPEG per
 * photo, every deficiency numbered, and page furniture on every page. The same function is what the
 * benchmarks call (test/support/largeReport.ts); here it is only checked, not timed against a bar.
 */
import { writeFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { allDeficiencies } from '../../../shared/report/deficiencies';
import { renderLargeReport } from '../../support/largeReport';
import { artifactPath, pdfImages, pdfInfo, pdfText, qpdfCheck } from './reportTools';

it('renders a 150-finding, 100-photo report', async () => {
  const { model, bytes, modelMs, renderMs } = await renderLargeReport();
  const path = artifactPath('large-report.pdf');
  writeFileSync(path, bytes);
  console.info(`150 findings, 100 photos: model ${Math.round(modelMs)} ms, PDF ${Math.round(renderMs)} ms, ${bytes.length} bytes`);
  expect(qpdfCheck(path)).toContain('No syntax or stream encoding errors found');
  expect(pdfImages(path)).toHaveLength(100);
  expect(allDeficiencies(model.content.deficiencyLists)).toHaveLength(150);
  const pages = Number(pdfInfo(path)['Pages']);
  const text = pdfText(path);
  expect(text).toContain(`Page ${pages} of ${pages}`);
  expect(text.replace(/\s+/g, ' ')).toContain('Finding 150. Batch records reviewed');
}, 180_000);
