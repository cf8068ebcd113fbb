/**
 * The deficiency list as data for the company and for spreadsheets: CSV (through the one CSV writer,
 * so formula payloads in a finding are neutralised, SECURITY.md F4) and JSON. Each deficiency carries
 * the empty response fields MHRA asks companies to fill (DOMAIN.md 2.3 step 6).
 */
import { csvBytes, type CsvRecord } from '../export/csv';
import { allDeficiencies } from './deficiencies';
import type { ReportDeficiency, ReportDocument } from './reportDocument';

/** The response fields, in the order the company answers them, with what each asks for. */
export const RESPONSE_FIELDS = [
  { key: 'response', label: 'Response', hint: 'What has been or will be done about this deficiency.' },
  {
    key: 'rootCause',
    label: 'Root cause',
    hint: 'The root cause, and the wider impact, including on other sites of the network and similar issues found by review.',
  },
  {
    key: 'actions',
    label: 'Actions with dates (DD/MM/YYYY)',
    hint: 'Each corrective and preventive action with its realistic completion date, as DD/MM/YYYY.',
  },
  {
    key: 'interimControls',
    label: 'Interim controls',
    hint: 'Controls in place until the actions are complete, where they take a long time.',
  },
] as const;

/** What the company is asked to do, printed at the top of the Word and PDF deficiency lists. */
export const RESPONSE_INSTRUCTIONS = [
  'Please answer each deficiency directly under it, in the fields provided, in a different colour from the text of the deficiency.',
  'Say what has been done or will be done, and by when: give each action a realistic completion date as DD/MM/YYYY.',
  'Give the root cause and the wider impact, including on other sites of the decentralised manufacturing network, and say whether you reviewed for similar issues.',
  'Where an action will take a long time, describe the interim controls in place until it is complete.',
  'Send evidence only if it is asked for. If you disagree with a grading, contact the lead inspector.',
];

export type ResponseFieldKey = (typeof RESPONSE_FIELDS)[number]['key'];

export const DEFICIENCY_CSV_HEADER: CsvRecord = [
  'Number',
  'Reference',
  'Discipline',
  'Grade',
  'Title',
  'Site',
  'Statement',
  'Examples',
  'References',
  'Follows up',
  ...RESPONSE_FIELDS.map((field) => field.label),
];

function examplesText(deficiency: ReportDeficiency): string {
  return deficiency.examples.map((e) => `${e.number} ${e.text}`).join('\n');
}

export function deficiencyCsvRecords(model: ReportDocument): CsvRecord[] {
  return [
    DEFICIENCY_CSV_HEADER,
    ...allDeficiencies(model.content.deficiencyLists).map((d) => [
      d.number,
      d.reference,
      d.discipline,
      d.gradeLabel,
      d.title,
      d.siteLabel,
      d.statement,
      examplesText(d),
      d.references.join('\n'),
      d.followsUp,
      ...RESPONSE_FIELDS.map(() => ''),
    ]),
  ];
}

export function deficiencyCsvBytes(model: ReportDocument): Uint8Array {
  return csvBytes(deficiencyCsvRecords(model));
}

export interface DeficiencyListJson {
  reportReference: string;
  organisationName: string;
  contentSha256: string;
  generatedAt: string;
  deficiencies: (Omit<ReportDeficiency, 'findingId'> & { response: Record<ResponseFieldKey, string> })[];
}

export function deficiencyListJson(model: ReportDocument): DeficiencyListJson {
  return {
    reportReference: model.content.reportReference,
    organisationName: model.content.cover.organisationName,
    contentSha256: model.generation.contentSha256,
    generatedAt: model.generation.generatedAt,
    deficiencies: allDeficiencies(model.content.deficiencyLists).map(({ findingId: _findingId, ...deficiency }) => ({
      ...deficiency,
      response: { response: '', rootCause: '', actions: '', interimControls: '' },
    })),
  };
}

export function deficiencyJsonBytes(model: ReportDocument): Uint8Array {
  return new TextEncoder().encode(`${JSON.stringify(deficiencyListJson(model), null, 2)}\n`);
}
