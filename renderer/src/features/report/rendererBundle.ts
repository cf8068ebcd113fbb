/**
 * Everything loadRenderers.ts loads in one chunk: the PDF and Word renderers (the report, the
 * deficiencies list and the closing meeting list) and the font loader.
 */
export { renderClosingMeetingPdf } from '../closing/renderClosingMeetingPdf';
export { loadReportFonts } from '../../report/loadReportFonts';
export { renderDeficienciesDocx } from '../../report/renderDeficienciesDocx';
export { renderDeficienciesPdf } from '../../report/renderDeficienciesPdf';
export { renderReportPdf } from '../../report/renderReportPdf';
