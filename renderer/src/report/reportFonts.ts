/**
 * The report's Unicode font (DejaVu Sans, regular and bold; licence in assets/fonts). jsPDF's
 * built-in fonts are WinAnsi only and would print "Łódź", "≥" or Greek as garbage, so the TTF files
 * are embedded in each PDF (jsPDF subsets them to the glyphs used). The bytes are passed in, so the
 * renderers run the same in the app (loadReportFonts.ts fetches them from the bundle) and in Node.
 */
import type { jsPDF } from 'jspdf';
import { bytesToBase64 } from '../security/base64';

export interface ReportFonts {
  regular: Uint8Array;
  bold: Uint8Array;
}

export const REPORT_FONT = 'DejaVuSans';

export function registerReportFonts(doc: jsPDF, fonts: ReportFonts): void {
  doc.addFileToVFS('DejaVuSans.ttf', bytesToBase64(fonts.regular));
  doc.addFont('DejaVuSans.ttf', REPORT_FONT, 'normal');
  doc.addFileToVFS('DejaVuSans-Bold.ttf', bytesToBase64(fonts.bold));
  doc.addFont('DejaVuSans-Bold.ttf', REPORT_FONT, 'bold');
  doc.setFont(REPORT_FONT, 'normal');
}
