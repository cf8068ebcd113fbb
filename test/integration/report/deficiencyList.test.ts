/**
 * The deficiency list the company answers, in every format: the Word file opened by LibreOffice
 * (converted headless to PDF and read back) has every deficiency with its labelled response fields;
 * the PDF version passes qpdf and has the same text; the CSV neutralises formula payloads and the
 * JSON reads back with empty response fields.
 */
import { writeFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildReportModel } from '../../../shared/report/buildReportModel';
import { allDeficiencies } from '../../../shared/report/deficiencies';
import {
  RESPONSE_FIELDS,
  deficiencyCsvBytes,
  deficiencyJsonBytes,
  type DeficiencyListJson,
} from '../../../shared/report/deficiencyExport';
import { ALL_ANNEXES, type ReportDocument } from '../../../shared/report/reportDocument';
import { renderDeficienciesDocx } from '../../../renderer/src/report/renderDeficienciesDocx';
import { renderDeficienciesPdf } from '../../../renderer/src/report/renderDeficienciesPdf';
import { PAYLOAD_FORMULA, PAYLOAD_MARKUP, aReportFixture } from '../../support/reportFixtures';
import { ARTIFACTS, artifactPath, docxToPdf, hasTool, pdfText, qpdfCheck, readFonts } from './reportTools';

const flat = (text: string) => text.replace(/\s+/g, ' ');

describe('the deficiency list for the company', () => {
  let model: ReportDocument;

  beforeAll(() => {
    model = buildReportModel(aReportFixture().input, { generatedAt: '2026-12-01T09:30:00.000Z', annexes: ALL_ANNEXES });
  });

  function expectEveryDeficiency(text: string, options: { responseFields: boolean }) {
    const all = flat(text);
    for (const deficiency of allDeficiencies(model.content.deficiencyLists)) {
      expect(all).toContain(deficiency.number);
      expect(all).toContain(flat(deficiency.title));
      expect(all).toContain(flat(deficiency.statement));
      if (options.responseFields && deficiency.classification !== 'comment') {
        for (const field of RESPONSE_FIELDS) expect(all).toContain(`${field.label} (${deficiency.number})`);
      }
    }
    expect(all).toContain(PAYLOAD_MARKUP);
  }

  it.skipIf(!hasTool('soffice'))(
    'opens in LibreOffice with every deficiency and its response fields',
    async () => {
      const docx = artifactPath('deficiencies-for-response.docx');
      writeFileSync(docx, await renderDeficienciesDocx(model));
      const converted = docxToPdf(docx, ARTIFACTS);
      expectEveryDeficiency(pdfText(converted), { responseFields: true });
      expect(pdfText(converted)).toContain('DD/MM/YYYY');
    },
    240_000,
  );

  it('as PDF, is well formed and says the same', () => {
    const path = artifactPath('deficiencies.pdf');
    writeFileSync(path, renderDeficienciesPdf(model, readFonts()));
    expect(qpdfCheck(path)).toContain('No syntax or stream encoding errors found');
    expectEveryDeficiency(pdfText(path), { responseFields: true });
  });

  it('as CSV, neutralises formulas and keeps Unicode, with a byte order mark', () => {
    const bytes = deficiencyCsvBytes(model);
    writeFileSync(artifactPath('deficiencies.csv'), bytes);
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(bytes.slice(3));
    expect(text.split('\r\n')[0]).toBe(
      'Number,Reference,Discipline,Grade,Title,Site,Statement,Examples,References,Follows up,Response,Root cause,Actions with dates (DD/MM/YYYY),Interim controls',
    );
    // The "Follows up" cell of GMP-MZ-001 starts with the formula: it gets the quote prefix.
    expect(text).toContain(`"'${PAYLOAD_FORMULA.replaceAll('"', '""')}"`);
    // No field starts with "=": fields start after a comma or a CRLF (line breaks inside a field are LF).
    expect(text).not.toMatch(/(^|,|\r\n)"?=/);
    expect(text).toContain('Łódź');
  });

  it('as JSON, lists every deficiency with empty response fields', () => {
    const bytes = deficiencyJsonBytes(model);
    writeFileSync(artifactPath('deficiencies.json'), bytes);
    const parsed = JSON.parse(new TextDecoder().decode(bytes)) as DeficiencyListJson;
    expect(parsed.reportReference).toBe('INS-GMP-2026-0143');
    expect(parsed.contentSha256).toBe(model.generation.contentSha256);
    expect(parsed.deficiencies.map((d) => d.number)).toEqual(
      allDeficiencies(model.content.deficiencyLists).map((d) => d.number),
    );
    expect(parsed.deficiencies[0]?.response).toEqual({ response: '', rootCause: '', actions: '', interimControls: '' });
  });
});
