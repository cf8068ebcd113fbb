/**
 * `renderDeficienciesDocx`: the deficiency list as an editable Word file for the company to answer,
 * the way MHRA asks (DOMAIN.md 2.3 step 6): each deficiency with its number, grade, site, statement,
 * examples and references, and directly under it labelled empty fields for the response, the root
 * cause and wider impact, the actions with dates as DD/MM/YYYY, and interim controls. Built from the
 * same report model as the PDF, so the numbers and words are the same in both.
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  Header,
  HeadingLevel,
  HeightRule,
  Packer,
  PageNumber,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import { DISCIPLINE_NAMES } from '@shared/domain/disciplines';
import { RESPONSE_FIELDS, RESPONSE_INSTRUCTIONS } from '@shared/report/deficiencyExport';
import { SECURITY_MARKING, type ReportDeficiency, type ReportDocument } from '@shared/report/reportDocument';

const FONT = 'Arial';
const GREY = '505A5F';
const BORDER = { style: BorderStyle.SINGLE, size: 4, color: 'B1B4B6' };
const CELL_BORDERS = { top: BORDER, bottom: BORDER, left: BORDER, right: BORDER };

function text(value: string, options: { bold?: boolean; colour?: string; size?: number } = {}): TextRun {
  return new TextRun({
    text: value,
    font: FONT,
    ...(options.bold ? { bold: true } : {}),
    ...(options.colour ? { color: options.colour } : {}),
    ...(options.size ? { size: options.size } : {}),
  });
}

function paragraph(value: string, options: { bold?: boolean; colour?: string; size?: number; after?: number } = {}) {
  return new Paragraph({ children: [text(value, options)], spacing: { after: options.after ?? 120 } });
}

function responseTable(deficiency: ReportDeficiency): Table {
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: RESPONSE_FIELDS.map(
      (field) =>
        new TableRow({
          // A response field never splits across pages, so its label stays with its box.
          cantSplit: true,
          height: { value: 900, rule: HeightRule.ATLEAST },
          children: [
            new TableCell({
              width: { size: 32, type: WidthType.PERCENTAGE },
              borders: CELL_BORDERS,
              shading: { type: ShadingType.CLEAR, fill: 'F3F2F1', color: 'auto' },
              children: [
                paragraph(`${field.label} (${deficiency.number})`, { bold: true, after: 40 }),
                paragraph(field.hint, { colour: GREY, size: 16, after: 40 }),
              ],
            }),
            new TableCell({
              width: { size: 68, type: WidthType.PERCENTAGE },
              borders: CELL_BORDERS,
              children: [new Paragraph({ children: [] })],
            }),
          ],
        }),
    ),
  });
}

function deficiencyBlock(d: ReportDeficiency, withResponse: boolean): (Paragraph | Table)[] {
  return [
    new Paragraph({
      heading: HeadingLevel.HEADING_3,
      keepNext: true,
      children: [text(`${d.number}  ${d.title}`, { bold: true })],
    }),
    paragraph(`${d.reference} · ${d.gradeLabel} · ${d.siteLabel}`, { colour: GREY, size: 18 }),
    ...(d.statement.trim() ? [paragraph(d.statement)] : []),
    ...d.examples.map((example) => paragraph(`${example.number}  ${example.text}`)),
    paragraph(`References: ${d.references.length > 0 ? d.references.join('; ') : 'None given'}`, { size: 18 }),
    ...(d.followsUp.trim() ? [paragraph(`Follows up: ${d.followsUp}`, { size: 18 })] : []),
    ...(withResponse ? [responseTable(d), paragraph('', { after: 240 })] : []),
  ];
}

function bodyOf(model: ReportDocument): (Paragraph | Table)[] {
  const { cover } = model.content;
  const children: (Paragraph | Table)[] = [
    new Paragraph({ heading: HeadingLevel.TITLE, children: [text('Deficiencies for response', { bold: true })] }),
    paragraph(`${cover.organisationName}: inspection ${cover.reportReference}`, { bold: true }),
    ...cover.fields
      .filter((f) => ['Inspection dates', 'Lead inspector', 'Competent authority'].includes(f.label))
      .map((f) => paragraph(`${f.label}: ${f.value}`)),
    paragraph(`Report content SHA-256: ${model.generation.contentSha256}`, { colour: GREY, size: 16 }),
    new Paragraph({ heading: HeadingLevel.HEADING_1, children: [text('How to respond', { bold: true })] }),
    ...RESPONSE_INSTRUCTIONS.map(
      (line) => new Paragraph({ bullet: { level: 0 }, children: [text(line)], spacing: { after: 80 } }),
    ),
  ];
  for (const list of model.content.deficiencyLists) {
    children.push(
      new Paragraph({
        heading: HeadingLevel.HEADING_1,
        pageBreakBefore: true,
        children: [text(`${DISCIPLINE_NAMES[list.discipline]} (${list.discipline}) deficiencies`, { bold: true })],
      }),
    );
    for (const group of list.groups) {
      children.push(
        new Paragraph({
          heading: HeadingLevel.HEADING_2,
          children: [text(`${group.number}  ${group.label}`, { bold: true })],
        }),
      );
      if (group.deficiencies.length === 0) children.push(paragraph(`No ${group.label.toLowerCase()} deficiencies.`));
      for (const deficiency of group.deficiencies) children.push(...deficiencyBlock(deficiency, true));
    }
    if (list.comments.length > 0) {
      children.push(
        new Paragraph({
          heading: HeadingLevel.HEADING_2,
          children: [text('Comments and recommendations (ungraded; no response required)', { bold: true })],
        }),
      );
      for (const comment of list.comments) children.push(...deficiencyBlock(comment, false));
    }
  }
  return children;
}

export function deficienciesDocument(model: ReportDocument): Document {
  const marking = () =>
    new Paragraph({ alignment: AlignmentType.CENTER, children: [text(SECURITY_MARKING, { bold: true, size: 18 })] });
  return new Document({
    creator: 'Inspection Workbench',
    title: `Deficiencies for response: ${model.content.reportReference}`,
    description: `Deficiency list of inspection report ${model.content.reportReference}`,
    styles: { default: { document: { run: { font: FONT, size: 21 } } } },
    sections: [
      {
        headers: { default: new Header({ children: [marking()] }) },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.RIGHT,
                children: [
                  new TextRun({
                    font: FONT,
                    size: 16,
                    children: [
                      `${model.content.reportReference}   Page `,
                      PageNumber.CURRENT,
                      ' of ',
                      PageNumber.TOTAL_PAGES,
                    ],
                  }),
                ],
              }),
              marking(),
            ],
          }),
        },
        children: bodyOf(model),
      },
    ],
  });
}

export async function renderDeficienciesDocx(model: ReportDocument): Promise<Uint8Array> {
  return Packer.pack(deficienciesDocument(model), 'uint8array');
}
