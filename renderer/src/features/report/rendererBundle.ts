/** Everything loadRenderers.ts loads in one chunk: the PDF and Word renderers and the font loader. */
export { loadReportFonts } from '../../report/loadReportFonts';
export { renderDeficienciesDocx } from '../../report/renderDeficienciesDocx';
export { renderDeficienciesPdf } from '../../report/renderDeficienciesPdf';
export { renderReportPdf } from '../../report/renderReportPdf';
