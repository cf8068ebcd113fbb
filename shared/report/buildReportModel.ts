/**
 * `buildReportModel`: an inspection's records in, the report's document model out. A pure function:
 * no DOM, no jsPDF, no clock (the time comes in the options), no locale, so the same records give the
 * same content, and so the same content hash, on every laptop; that is what makes a signature
 * checkable anywhere (21 CFR 11.70, DOMAIN.md 6.4 item 5).
 */
import {
  definitionsAnnex,
  documentsAnnex,
  peopleAnnex,
  photoAnnex,
  type AnnexDraft,
} from './annexSections';
import { areasNotInspected, inspectedAreas, introduction, keyPersonnel, scope, type SectionDraft } from './bodySections';
import {
  conclusion,
  distribution,
  miscellaneous,
  otherSpecificIssues,
  signaturesSection,
} from './closingSections';
import { buildCover, buildProperties } from './coverPage';
import { dmSection } from './dmSection';
import { commentsSection, deficiencyAnnex, deficiencyListSection, findingsNarrative } from './findingsSections';
import { buildReportContext } from './reportContext';
import { reportContentHash, signatureStatus } from './reportContentHash';
import {
  SECURITY_MARKING,
  SIGNATURE_MEANING_LABELS,
  type AnnexKey,
  type ReportContent,
  type ReportDocument,
  type ReportSection,
} from './reportDocument';
import { withoutDeleted, type ReportInput, type ReportOptions } from './reportInput';

const ANNEX_LETTERS = 'ABCDEFGH';

export function buildReportModel(input: ReportInput, options: ReportOptions): ReportDocument {
  const context = buildReportContext(input);

  const deficiencies = deficiencyAnnex(context);
  const annexDrafts: (SectionDraft & { annex: AnnexKey })[] = [
    ...(deficiencies ? [{ ...deficiencies, annex: 'deficiencies' as const }] : []),
    ...[photoAnnex(context), documentsAnnex(context), peopleAnnex(context), definitionsAnnex(context)].filter(
      (draft): draft is AnnexDraft => draft !== null,
    ),
  ];
  const annexes: ReportSection[] = annexDrafts.map((draft, index) => ({
    ...draft,
    number: ANNEX_LETTERS.charAt(index),
  }));
  const deficiencyAnnexNumber = annexes.find((a) => a.annex === 'deficiencies')?.number ?? null;

  const bodyDrafts: SectionDraft[] = [
    introduction(context),
    scope(context),
    inspectedAreas(context),
    areasNotInspected(context),
    keyPersonnel(context),
    dmSection(context),
    findingsNarrative(context),
    deficiencyListSection(context, deficiencyAnnexNumber),
    ...[commentsSection(context)].filter((draft): draft is SectionDraft => draft !== null),
    otherSpecificIssues(context),
    miscellaneous(context),
    conclusion(context),
    distribution(context),
    signaturesSection(),
  ];
  const body: ReportSection[] = bodyDrafts.map((draft, index) => ({
    ...draft,
    number: String(index + 1),
    annex: null,
  }));

  const content: ReportContent = {
    formatVersion: 1,
    securityMarking: SECURITY_MARKING,
    reportReference: input.inspection.reference,
    properties: buildProperties(context),
    cover: buildCover(context),
    sections: [...body, ...annexes],
    deficiencyLists: context.deficiencyLists,
  };
  const contentSha256 = reportContentHash({ content });

  const signatures = withoutDeleted(input.signatures)
    .sort((a, b) => (a.signedAt < b.signedAt ? -1 : a.signedAt > b.signedAt ? 1 : 0))
    .map((signature) => ({
      id: signature.id,
      signerName: signature.signerName,
      signerRole: signature.signerRole,
      meaning: signature.meaning,
      meaningLabel: SIGNATURE_MEANING_LABELS[signature.meaning],
      signedAt: signature.signedAt,
      contentSha256: signature.contentSha256,
      status: signatureStatus(signature.contentSha256, contentSha256),
    }));

  return {
    content,
    signatures,
    generation: {
      generatedAt: options.generatedAt,
      annexes: options.annexes,
      contentSha256,
      issueVersion: options.issueVersion ?? null,
      previousIssues: withoutDeleted(input.issues)
        .sort((a, b) => a.version - b.version)
        .map((issue) => ({ version: issue.version, issuedAt: issue.issuedAt, pdfSha256: issue.pdfSha256 })),
    },
  };
}
