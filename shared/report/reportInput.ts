/**
 * What the report model is built from: an inspection's records as the app holds them (deleted ones
 * may be passed in and are left out here, so every caller gets the same rule), and the options of
 * one print. Photo bytes are not part of it: the model names photos by hash and renderers fetch them.
 * Company responses (CAPA) are not part of it either: the report is issued before they arrive, and
 * they are tracked on the Responses screen and in the deficiency list export.
 */
import type { Classification } from '../domain/classificationSchemes';
import type { Signature } from '../domain/closeOut';
import type { Discipline } from '../domain/disciplines';
import type { DocumentRecord, Meeting, Person } from '../domain/evidenceRecords';
import type { Finding } from '../domain/finding';
import type { Inspection } from '../domain/inspection';
import type { Site } from '../domain/network';
import type { Photo } from '../domain/photo';
import type { Product } from '../domain/product';
import type { ReportIssue } from '../domain/reportIssue';
import type { AnnexSelection } from './reportDocument';

/** A record as stored: the tombstone, if any, rides along in `_meta`. */
export type MaybeDeleted<T> = T & { _meta?: { deleted: unknown } };

/** A finding of the previous inspection, downloaded with the inspection, for the follow-up section. */
export interface PreviousFinding {
  reference: string;
  title: string;
  discipline: Discipline;
  classification: Classification;
  /** The CAPA status the agency held for it before this inspection, e.g. "Closed", "Open". */
  capaStatus: string;
}

export interface ReportInput {
  agencyName: string;
  inspection: Inspection;
  sites: readonly MaybeDeleted<Site>[];
  products: readonly MaybeDeleted<Product>[];
  findings: readonly MaybeDeleted<Finding>[];
  photos: readonly MaybeDeleted<Photo>[];
  documents: readonly MaybeDeleted<DocumentRecord>[];
  people: readonly MaybeDeleted<Person>[];
  meetings: readonly MaybeDeleted<Meeting>[];
  signatures: readonly MaybeDeleted<Signature>[];
  issues: readonly MaybeDeleted<ReportIssue>[];
  previousFindings: readonly PreviousFinding[];
  /** Turns a citation id from the library into readable text ("EU GMP Part I, Chapter 2"). */
  describeReference?: (reference: string) => string;
}

export interface ReportOptions {
  /** When this copy is made (ISO 8601): passed in so the model stays a pure function. */
  generatedAt: string;
  annexes: AnnexSelection;
  /** Set when the copy is being issued as a new version. */
  issueVersion?: number;
}

export function withoutDeleted<T>(records: readonly MaybeDeleted<T>[]): T[] {
  return records.filter((record) => !record._meta?.deleted);
}
