/**
 * Loads the report fonts from the app bundle. Vite gives each TTF a URL under the bundle ('self'),
 * which the CSP's connect-src allows; nothing is inlined as a data: URL. The font never becomes a
 * page font (no font-src needed): jsPDF embeds its bytes in the PDF. Loaded once per session.
 */
import boldUrl from '../../../assets/fonts/DejaVuSans-Bold.ttf?url';
import regularUrl from '../../../assets/fonts/DejaVuSans.ttf?url';
import type { ReportFonts } from './reportFonts';

let loading: Promise<ReportFonts> | null = null;

async function fetchBytes(url: string): Promise<Uint8Array> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`The report font could not be loaded (${response.status}).`);
  return new Uint8Array(await response.arrayBuffer());
}

export function loadReportFonts(): Promise<ReportFonts> {
  loading ??= Promise.all([fetchBytes(regularUrl), fetchBytes(boldUrl)]).then(([regular, bold]) => ({ regular, bold }));
  loading.catch(() => {
    loading = null;
  });
  return loading;
}
