/**
 * The report as a document model: what it says, in order, with no layout. The PDF and Word renderers
 * (renderer/src/report) only lay it out, so what a signature binds to is decided here, once.
 *
 * A ReportDocument has three parts:
 * - `content`: everything the report says. Its SHA-256 (reportContentHash.ts) is what a signature
 *   binds to, so any change to it invalidates earlier signatures.
 * - `signatures`: the signatures recorded so far, each with its validity against `content`.
 * - `generation`: when and how this copy was produced (time, annexes printed, issue version). It
 *   changes from one print to the next without changing what the report says, so it is not signed.
 */
import type { Classification } from '../domain/classificationSchemes';
import type { SignatureMeaning } from '../domain/closeOut';
import type { Discipline } from '../domain/disciplines';

export const SECURITY_MARKING = 'OFFICIAL-SENSITIVE';

/** Annexes an inspector may leave out of a printed copy. The deficiency annex is always printed. */
export type OptionalAnnex = 'photos' | 'documents' | 'people' | 'definitions';
export type AnnexKey = 'deficiencies' | OptionalAnnex;
export type AnnexSelection = Readonly<Record<OptionalAnnex, boolean>>;

export const ALL_ANNEXES: AnnexSelection = { photos: true, documents: true, people: true, definitions: true };

export interface ReportField {
  label: string;
  value: string;
}

export interface ReportColumn {
  header: string;
  /** A hint for the renderer's column widths. */
  width: 'narrow' | 'medium' | 'wide';
}

/** One numbered example under a deficiency (MHRA GCP style 2.1.1), taken from the evidence lines. */
export interface DeficiencyExample {
  number: string;
  text: string;
}

export interface ReportDeficiency {
  /** "2.1", or "GMP 2.1" when the report covers more than one discipline; "C1" for a PV comment. */
  number: string;
  findingId: string;
  reference: string;
  title: string;
  discipline: Discipline;
  classification: Classification;
  gradeLabel: string;
  /** "POC-001 St Elsewhere Haematology Unit", or "Network-wide". */
  siteLabel: string;
  statement: string;
  examples: readonly DeficiencyExample[];
  references: readonly string[];
  /** The previous inspection's finding this one follows up, if any. */
  followsUp: string;
  /** "Photo 3" labels of the photos in the photo annex that support it. */
  photoLabels: readonly string[];
}

export interface DeficiencyGroup {
  /** "2.0" */
  number: string;
  discipline: Discipline;
  classification: Classification;
  /** "Major" */
  label: string;
  deficiencies: readonly ReportDeficiency[];
}

/** The deficiencies of one discipline: numbered grade groups, and (PV) ungraded comments. */
export interface DeficiencyList {
  discipline: Discipline;
  groups: readonly DeficiencyGroup[];
  comments: readonly ReportDeficiency[];
}

export interface ReportPhoto {
  /** "Photo 1" */
  label: string;
  photoId: string;
  /** SHA-256 of this photo's original file, taken at capture. */
  sha256: string;
  /** For an annotated or redacted copy: the SHA-256 of the original it was made from. */
  derivedFromSha256: string | null;
  /** The blob the renderer embeds: the display copy when there is one, else the original. */
  displaySha256: string;
  thumbnailSha256: string | null;
  mediaType: string;
  width: number;
  height: number;
  caption: string;
  fileName: string;
  capturedAt: string;
  siteLabel: string;
  /** Deficiency numbers and references it supports: "2.1 (GMP-JS-001)". */
  supports: readonly string[];
}

export type ReportBlock =
  | { kind: 'paragraph'; text: string }
  | { kind: 'subheading'; text: string }
  | { kind: 'fields'; fields: readonly ReportField[] }
  | {
      kind: 'table';
      caption: string;
      columns: readonly ReportColumn[];
      rows: readonly (readonly string[])[];
      emptyText: string;
    }
  | { kind: 'bullets'; items: readonly string[] }
  | { kind: 'deficiencyGroup'; group: DeficiencyGroup; emptyText: string }
  | { kind: 'deficiencies'; deficiencies: readonly ReportDeficiency[] }
  | { kind: 'photo'; photo: ReportPhoto }
  /** Where the signatures go: filled from `ReportDocument.signatures`, which is not signed content. */
  | { kind: 'signatures' };

export interface ReportSection {
  id: string;
  /** "3" for a body section, "A" for an annex. */
  number: string;
  title: string;
  annex: AnnexKey | null;
  blocks: readonly ReportBlock[];
}

export interface ReportCover {
  agencyName: string;
  title: string;
  reportReference: string;
  organisationName: string;
  fields: readonly ReportField[];
  sites: readonly (readonly string[])[];
  team: readonly (readonly string[])[];
  products: readonly (readonly string[])[];
}

export interface ReportProperties {
  title: string;
  subject: string;
  author: string;
  keywords: readonly string[];
}

export interface ReportContent {
  /** Bumped when the model's shape changes, so a hash from another shape never matches by accident. */
  formatVersion: 1;
  securityMarking: typeof SECURITY_MARKING;
  reportReference: string;
  properties: ReportProperties;
  cover: ReportCover;
  sections: readonly ReportSection[];
  deficiencyLists: readonly DeficiencyList[];
}

export type SignatureStatus = 'valid' | 'invalid';

export const SIGNATURE_INVALID_TEXT = 'Signature no longer valid: the report content changed after signing';

export const SIGNATURE_MEANING_LABELS: Readonly<Record<SignatureMeaning, string>> = {
  author: 'Author (prepared by)',
  reviewer: 'Reviewer (reviewed by)',
  approver: 'Approver (approved and issued by)',
};

export interface ReportSignature {
  id: string;
  signerName: string;
  signerRole: string;
  meaning: SignatureMeaning;
  meaningLabel: string;
  signedAt: string;
  contentSha256: string;
  status: SignatureStatus;
}

export interface ReportGeneration {
  generatedAt: string;
  annexes: AnnexSelection;
  /** The hash of `content`, computed when the model was built. */
  contentSha256: string;
  /** The version this copy is being issued as, when it is an issue; absent for a draft. */
  issueVersion: number | null;
  /** Earlier issued versions, for the document's version history. */
  previousIssues: readonly { version: number; issuedAt: string; pdfSha256: string }[];
}

export interface ReportDocument {
  content: ReportContent;
  signatures: readonly ReportSignature[];
  generation: ReportGeneration;
}
