/**
 * The real tools a person would use to check a generated report: qpdf for structure, poppler for
 * text, metadata, images and page pictures, LibreOffice to open the Word file. Each runs as a child
 * process on files kept in artifacts/report/, so a failing run leaves the evidence behind.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const ARTIFACTS = resolve(import.meta.dirname, '../../../artifacts/report');

export function artifactPath(name: string): string {
  mkdirSync(ARTIFACTS, { recursive: true });
  return join(ARTIFACTS, name);
}

function run(command: string, args: readonly string[], timeout = 120_000): string {
  return execFileSync(command, args, { encoding: 'utf8', timeout, maxBuffer: 64 * 1024 * 1024 });
}

/** qpdf --check: exits non-zero on a damaged file; its report is returned. */
export function qpdfCheck(pdf: string): string {
  return run('qpdf', ['--check', pdf]);
}

/** The text of the PDF in reading order (pdftotext -layout off, UTF-8). */
export function pdfText(pdf: string): string {
  return run('pdftotext', ['-enc', 'UTF-8', pdf, '-']);
}

export function pdfInfo(pdf: string): Record<string, string> {
  const info: Record<string, string> = {};
  for (const line of run('pdfinfo', ['-enc', 'UTF-8', pdf]).split('\n')) {
    const match = /^([^:]+):\s*(.*)$/.exec(line);
    if (match?.[1]) info[match[1].trim()] = (match[2] ?? '').trim();
  }
  return info;
}

export interface PdfImage {
  page: number;
  type: string;
  width: number;
  height: number;
  encoding: string;
}

/** `pdfimages -list`: one row per image drawn (soft masks excluded). */
export function pdfImages(pdf: string): PdfImage[] {
  return run('pdfimages', ['-list', pdf])
    .split('\n')
    .slice(2)
    .map((line) => line.trim().split(/\s+/))
    .filter((cols) => cols.length > 8)
    .map((cols) => ({
      page: Number(cols[0]),
      type: cols[2] ?? '',
      width: Number(cols[3]),
      height: Number(cols[4]),
      encoding: cols[8] ?? '',
    }))
    .filter((image) => image.type === 'image');
}

/** Renders pages to PNG files `<prefix>-<n>.png` beside the PDF, for a person to look at. */
export function renderPages(pdf: string, prefix: string, first: number, last: number, dpi = 60): void {
  run('pdftoppm', ['-png', '-r', String(dpi), '-f', String(first), '-l', String(last), pdf, prefix]);
}

/** Converts a .docx to PDF with LibreOffice headless; returns the PDF's path. */
export function docxToPdf(docx: string, outDir: string): string {
  // A private profile directory: a parallel or earlier soffice run cannot lock this one.
  const profile = `file://${join(outDir, '.lo-profile')}`;
  run('soffice', [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', outDir, docx], 180_000);
  return docx.replace(/\.docx$/, '.pdf');
}

export function hasTool(command: string): boolean {
  try {
    execFileSync('which', [command], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

export function readFonts(): { regular: Uint8Array; bold: Uint8Array } {
  const fonts = resolve(import.meta.dirname, '../../../assets/fonts');
  return {
    regular: new Uint8Array(readFileSync(join(fonts, 'DejaVuSans.ttf'))),
    bold: new Uint8Array(readFileSync(join(fonts, 'DejaVuSans-Bold.ttf'))),
  };
}
