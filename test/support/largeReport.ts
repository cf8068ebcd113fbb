/**
 * A large report for benchmarks: a generated inspection with 150 findings across GMP and PV (every
 * grade, several GMP chapters, evidence lines) and 100 photos made with sharp, built into the model
 * and rendered to PDF. `renderLargeReport` returns the bytes and how long the model and the PDF
 * took, so a benchmark can call it and compare runs on the same machine.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Classification } from '../../shared/domain/classificationSchemes';
import type { Finding } from '../../shared/domain/finding';
import type { Photo } from '../../shared/domain/photo';
import { buildReportModel } from '../../shared/report/buildReportModel';
import { ALL_ANNEXES, type ReportDocument } from '../../shared/report/reportDocument';
import type { ReportInput } from '../../shared/report/reportInput';
import type { PhotoSize } from '../../renderer/src/report/pdfPhotos';
import type { ReportFonts } from '../../renderer/src/report/reportFonts';
import { renderReportPdf } from '../../renderer/src/report/renderReportPdf';
import { aFinding, aPhotoRecord } from './domainFactories';
import { aLabelledJpeg, aReportFixture } from './reportFixtures';

const GMP_GRADES: readonly Classification[] = ['critical', 'major', 'major', 'other', 'other', 'other'];
const PV_GRADES: readonly Classification[] = ['major', 'minor', 'minor', 'comment'];
const GMP_REFERENCES = ['EU GMP Ch1 1.4', 'EU GMP Ch2 2.10', 'EU GMP C3.41', 'EU GMP Ch4 4.8', 'EU GMP C5.21', 'EU GMP Annex 1'];

export interface LargeReportInput {
  input: ReportInput;
  blobs: Map<string, Uint8Array>;
}

/** The inspection of the large report, with its photo bytes (by SHA-256). */
export async function largeReportInput(findingCount = 150, photoCount = 100): Promise<LargeReportInput> {
  const fixture = aReportFixture();
  const id = fixture.input.inspection.id;
  const sites = [fixture.siteIds.control, fixture.siteIds.poc1, fixture.siteIds.poc2, null];
  const blobs = new Map<string, Uint8Array>();
  const photos: Photo[] = [];
  for (let index = 0; index < photoCount; index += 1) {
    const bytes = await aLabelledJpeg(`Photo ${index + 1}`, 1024, 768, (index * 37) % 360);
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    blobs.set(sha256, bytes);
    photos.push(
      aPhotoRecord(id, {
        sha256,
        displaySha256: sha256,
        byteSize: bytes.byteLength,
        width: 1024,
        height: 768,
        fileName: `IMG_${String(index + 1).padStart(4, '0')}.jpg`,
        caption: `Evidence photo ${index + 1}: gowning and line clearance at the Łódź unit`,
      }),
    );
  }
  const findings: Finding[] = Array.from({ length: findingCount }, (_, index) => {
    const pv = index % 5 === 4;
    const grades = pv ? PV_GRADES : GMP_GRADES;
    return aFinding(id, {
      reference: `${pv ? 'PV' : 'GMP'}-JS-${String(index + 1).padStart(3, '0')}`,
      title: `Deficiency ${index + 1}: records at the point-of-care site were incomplete`,
      discipline: pv ? 'PV' : 'GMP',
      classification: grades[index % grades.length] ?? 'other',
      statement:
        `Finding ${index + 1}. Batch records reviewed for the autologous product showed gaps in the contemporaneous ` +
        'recording of critical process parameters, and the Control Site had not detected them in its review.',
      evidence: `- Batch record B-${3000 + index}\n- Deviation DEV-${500 + index}\n- Interview with the charge nurse`,
      references: pv ? ['GVP-VI'] : [GMP_REFERENCES[index % GMP_REFERENCES.length] ?? 'EU GMP Ch1'],
      siteId: sites[index % sites.length] ?? null,
      photoIds: photos.filter((_, p) => p % findingCount === index).map((p) => p.id),
    });
  });
  return { input: { ...fixture.input, findings, photos }, blobs };
}

export function readReportFonts(): ReportFonts {
  const fonts = resolve(import.meta.dirname, '../../assets/fonts');
  return {
    regular: new Uint8Array(readFileSync(resolve(fonts, 'DejaVuSans.ttf'))),
    bold: new Uint8Array(readFileSync(resolve(fonts, 'DejaVuSans-Bold.ttf'))),
  };
}

export interface LargeReportResult {
  model: ReportDocument;
  bytes: Uint8Array;
  modelMs: number;
  renderMs: number;
}

/** Builds and renders the 150-finding, 100-photo report (counts can be changed for smaller runs). */
export async function renderLargeReport(
  options: { findings?: number; photos?: number; photoSize?: PhotoSize; prepared?: LargeReportInput } = {},
): Promise<LargeReportResult> {
  const { input, blobs } = options.prepared ?? (await largeReportInput(options.findings, options.photos));
  const modelStarted = performance.now();
  const model = buildReportModel(input, { generatedAt: '2026-12-01T09:00:00.000Z', annexes: ALL_ANNEXES });
  const modelMs = performance.now() - modelStarted;
  const renderStarted = performance.now();
  const bytes = await renderReportPdf(model, {
    fonts: readReportFonts(),
    photoBytes: async (sha256) => blobs.get(sha256),
    photoSize: options.photoSize ?? 'medium',
  });
  return { model, bytes, modelMs, renderMs: performance.now() - renderStarted };
}
