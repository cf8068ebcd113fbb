/**
 * Renders the big report once with jsPDF in this process and prints its time and peak memory as
 * JSON: run as a child process per measurement, so the peak belongs to the report alone.
 * Usage: tsx test/bench/node/renderReportOnce.ts <content.json-free: builds its own content>
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { renderReportPdf } from '../../../renderer/src/report/renderReportPdf';
import { bigReportContent } from './reportFixture';

const fontsDir = resolve(import.meta.dirname, '../../../assets/fonts');
const fonts = {
  regular: new Uint8Array(readFileSync(join(fontsDir, 'DejaVuSans.ttf'))),
  bold: new Uint8Array(readFileSync(join(fontsDir, 'DejaVuSans-Bold.ttf'))),
};
const content = await bigReportContent();
globalThis.gc?.();
const rssBefore = process.memoryUsage().rss;
let peak = rssBefore;
const sampler = setInterval(() => {
  peak = Math.max(peak, process.memoryUsage().rss);
}, 5);
const started = performance.now();
const bytes = await renderReportPdf(content.model, {
  fonts,
  photoBytes: async (sha256) => content.blobs.get(sha256),
  photoSize: 'medium',
});
const ms = performance.now() - started;
clearInterval(sampler);
peak = Math.max(peak, process.memoryUsage().rss);
process.stdout.write(
  `${JSON.stringify({ ms, peakRssBytes: peak, rssBeforeBytes: rssBefore, pdfBytes: bytes.byteLength })}\n`,
);
