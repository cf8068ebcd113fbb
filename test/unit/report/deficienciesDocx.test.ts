/**
 * The Word deficiency list on its own (node env): a valid .docx package whose document part has every
 * deficiency, its examples and references, and the four labelled response fields directly under
 * each graded deficiency; markup from a finding is escaped XML text, never markup.
 */
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { buildReportModel } from '../../../shared/report/buildReportModel';
import { allDeficiencies } from '../../../shared/report/deficiencies';
import { RESPONSE_FIELDS } from '../../../shared/report/deficiencyExport';
import { ALL_ANNEXES, SECURITY_MARKING } from '../../../shared/report/reportDocument';
import { renderDeficienciesDocx } from '../../../renderer/src/report/renderDeficienciesDocx';
import { PAYLOAD_MARKUP, aReportFixture } from '../../support/reportFixtures';

const model = buildReportModel(aReportFixture().input, { generatedAt: '2026-12-01T09:00:00.000Z', annexes: ALL_ANNEXES });

/** The visible text of a WordprocessingML part, paragraph by paragraph. */
function paragraphs(xml: string): string[] {
  return (xml.match(/<w:p[ >][\s\S]*?<\/w:p>/g) ?? []).map((p) =>
    (p.match(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g) ?? [])
      .map((t) => t.replace(/<[^>]+>/g, ''))
      .join('')
      .replaceAll('&lt;', '<')
      .replaceAll('&gt;', '>')
      .replaceAll('&quot;', '"')
      .replaceAll('&apos;', "'")
      .replaceAll('&amp;', '&'),
  );
}

describe('renderDeficienciesDocx', () => {
  it('makes a Word package with every deficiency and its response fields directly under it', async () => {
    const files = unzipSync(await renderDeficienciesDocx(model));
    expect(Object.keys(files)).toEqual(expect.arrayContaining(['[Content_Types].xml', 'word/document.xml']));
    const documentXml = strFromU8(files['word/document.xml'] ?? new Uint8Array());
    const text = paragraphs(documentXml);
    for (const deficiency of allDeficiencies(model.content.deficiencyLists)) {
      const heading = text.indexOf(`${deficiency.number}  ${deficiency.title}`);
      expect(heading, deficiency.number).toBeGreaterThan(-1);
      expect(text).toContain(deficiency.statement);
      for (const example of deficiency.examples) expect(text).toContain(`${example.number}  ${example.text}`);
      if (deficiency.classification === 'comment') continue;
      // The response fields follow the deficiency before the next one starts.
      const labels = RESPONSE_FIELDS.map((field) => text.indexOf(`${field.label} (${deficiency.number})`, heading));
      expect(labels.every((index) => index > heading)).toBe(true);
      expect(labels).toEqual([...labels].sort((a, b) => a - b));
    }
    expect(text.join('\n')).toContain(PAYLOAD_MARKUP);
    expect(documentXml).not.toContain('<img');
  });

  it('marks every page OFFICIAL-SENSITIVE in the header and footer, with page numbers', async () => {
    const files = unzipSync(await renderDeficienciesDocx(model));
    const headers = Object.keys(files).filter((name) => /^word\/header\d*\.xml$/.test(name));
    const footers = Object.keys(files).filter((name) => /^word\/footer\d*\.xml$/.test(name));
    expect(headers.length).toBeGreaterThan(0);
    for (const name of [...headers, ...footers]) expect(strFromU8(files[name] ?? new Uint8Array())).toContain(SECURITY_MARKING);
    expect(footers.map((name) => strFromU8(files[name] ?? new Uint8Array())).join()).toContain('NUMPAGES');
  });
});
