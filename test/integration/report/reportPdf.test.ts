/**
 * The inspection report PDF of a realistic generated inspection, checked with the tools a person
 * would use: qpdf finds no structural errors; pdftotext finds every finding's statement and
 * references and the section headings in order, Unicode text exactly, and the markup and formula
 * payloads printed literally (SECURITY.md F6); pdfinfo shows the metadata; pdfimages counts one JPEG
 * per photo; pdftoppm renders the first pages to PNG in artifacts/report/ for a person to look at.
 */
import { writeFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildReportModel } from '../../../shared/report/buildReportModel';
import { allDeficiencies } from '../../../shared/report/deficiencies';
import { ALL_ANNEXES, SECURITY_MARKING, type ReportDocument } from '../../../shared/report/reportDocument';
import { printedSections, renderReportPdf, sectionLabel } from '../../../renderer/src/report/renderReportPdf';
import {
  PAYLOAD_FORMULA,
  PAYLOAD_MARKUP,
  UNICODE_SAMPLES,
  aReportFixture,
  withGeneratedPhotos,
} from '../../support/reportFixtures';
import { artifactPath, pdfImages, pdfInfo, pdfText, qpdfCheck, readFonts, renderPages } from './reportTools';

const PHOTOS = 5;
const flat = (text: string) => text.replace(/\s+/g, ' ');

describe('the inspection report PDF', () => {
  let model: ReportDocument;
  let path: string;
  let text: string;
  let renderMs = 0;

  beforeAll(async () => {
    const fixture = aReportFixture();
    const { input, blobs } = await withGeneratedPhotos(fixture, PHOTOS);
    model = buildReportModel(input, { generatedAt: '2026-12-01T09:30:00.000Z', annexes: ALL_ANNEXES });
    const started = performance.now();
    const bytes = await renderReportPdf(model, {
      fonts: readFonts(),
      photoBytes: async (sha256) => blobs.get(sha256),
      photoSize: 'medium',
    });
    renderMs = performance.now() - started;
    path = artifactPath('inspection-report.pdf');
    writeFileSync(path, bytes);
    text = pdfText(path);
  }, 120_000);

  it('is a well-formed PDF (qpdf --check)', () => {
    expect(qpdfCheck(path)).toContain('No syntax or stream encoding errors found');
    console.info(`rendered in ${Math.round(renderMs)} ms`);
  });

  it('contains every finding’s statement and references, and not the deleted finding', () => {
    const all = flat(text);
    for (const deficiency of allDeficiencies(model.content.deficiencyLists)) {
      expect(all).toContain(flat(deficiency.statement));
      expect(all).toContain(deficiency.reference);
      for (const reference of deficiency.references) expect(all).toContain(flat(reference));
    }
    expect(all).not.toContain('Withdrawn duplicate finding');
  });

  it('has the section headings in order after the contents, each listed in the contents', () => {
    const pages = text.split('\f');
    const contentsPage = pages.findIndex((page) => page.includes('Contents'));
    expect(contentsPage).toBeGreaterThan(0);
    const body = flat(pages.slice(contentsPage + 1).join('\n'));
    const contents = flat(pages[contentsPage] ?? '');
    let position = -1;
    for (const section of printedSections(model)) {
      const label = sectionLabel(section);
      expect(contents).toContain(label);
      const found = body.indexOf(label, position + 1);
      expect(found, `${label} after position ${position}`).toBeGreaterThan(position);
      position = found;
    }
  });

  it('prints Unicode text exactly and hostile text literally', () => {
    for (const sample of [...UNICODE_SAMPLES, 'Ελένη Παπαδοπούλου', 'Dr Marek Żuławski']) expect(text).toContain(sample);
    expect(text).toContain(PAYLOAD_MARKUP);
    expect(text).toContain(PAYLOAD_FORMULA);
    expect(text).toContain("+cmd|' /C calc'!A0");
  });

  it('marks every page OFFICIAL-SENSITIVE with the reference and "Page x of y"', () => {
    const pages = text.split('\f').filter((page) => page.trim() !== '');
    expect(pages.length).toBeGreaterThan(5);
    pages.forEach((page, index) => {
      expect(page.split(SECURITY_MARKING).length - 1).toBeGreaterThanOrEqual(2);
      expect(page).toContain(`Page ${index + 1} of ${pages.length}`);
      expect(page).toContain('INS-GMP-2026-0143');
    });
  });

  it('carries the document metadata (pdfinfo)', () => {
    const info = pdfInfo(path);
    expect(info['Title']).toBe('Inspection report INS-GMP-2026-0143: Northgate Cell Therapies Ltd');
    expect(info['Author']).toBe('Jo Smith, Medicines and Healthcare products Regulatory Agency');
    expect(info['Subject']).toContain('GMP, PV inspection of Northgate Cell Therapies Ltd');
    expect(info['Keywords']).toContain('INS-GMP-2026-0143');
    expect(info['Keywords']).toContain('decentralised manufacturing');
    expect(info['CreationDate']).toMatch(/Dec\s+1 09:30:00 2026/);
    expect(info['Creator']).toBe('Inspection Workbench');
  });

  it('embeds one JPEG per photo in the annex, with the SHA-256 of each original', () => {
    const images = pdfImages(path);
    expect(images).toHaveLength(PHOTOS);
    expect(images.every((image) => image.encoding === 'jpeg')).toBe(true);
    const photos = printedSections(model)
      .flatMap((s) => s.blocks)
      .flatMap((b) => (b.kind === 'photo' ? [b.photo] : []));
    expect(photos).toHaveLength(PHOTOS);
    for (const photo of photos) expect(text).toContain(`SHA-256 of the original: ${photo.sha256}`);
  });

  it('renders its first pages as PNG for a person to look at', () => {
    renderPages(path, artifactPath('inspection-report-page'), 1, 2);
    expect(pdfInfo(path)['Pages']).toBeDefined();
  });
});
