/**
 * Issuing the report: the rendered PDF is stored in the content-addressed blob store and recorded as
 * version N+1, in one commit with the inspection's move to "report issued". Its bytes are filed
 * under their SHA-256 and verified on every read, so an issued version can never change; issuing
 * again makes a new version beside it. A report is issued only with a valid author's signature.
 */
import { v7 as uuidv7 } from 'uuid';
import { InspectionStatusSchema, type InspectionStatus } from '@shared/domain/inspection';
import type { ReportIssue } from '@shared/domain/reportIssue';
import { hasValidSignature } from '@shared/report/reportContentHash';
import type { ReportDocument } from '@shared/report/reportDocument';
import type { CommitRequest, RecordIntent } from '../../db/commit';
import { sha256Hex } from '../../db/digest';

export class NotSignedError extends Error {
  constructor() {
    super('The report needs a valid signature from its author before it can be issued. Sign it as author first.');
    this.name = 'NotSignedError';
  }
}

export function nextIssueVersion(issues: readonly Pick<ReportIssue, 'version'>[]): number {
  return issues.reduce((highest, issue) => Math.max(highest, issue.version), 0) + 1;
}

export interface IssueRequest {
  inspectionId: string;
  inspectionStatus: InspectionStatus;
  /** The model the PDF was rendered from, built with `issueVersion` set. */
  model: ReportDocument;
  pdf: Uint8Array;
}

export async function issueReport(
  commit: (request: CommitRequest) => Promise<unknown>,
  request: IssueRequest,
): Promise<ReportIssue> {
  const { model } = request;
  if (!hasValidSignature(model, 'author')) throw new NotSignedError();
  if (model.generation.issueVersion === null) throw new Error('The PDF to issue must be rendered as an issue.');
  const pdfSha256 = await sha256Hex(request.pdf);
  const issue: ReportIssue = {
    id: uuidv7(),
    inspectionId: request.inspectionId,
    version: model.generation.issueVersion,
    issuedAt: model.generation.generatedAt,
    pdfSha256,
    contentSha256: model.generation.contentSha256,
    byteSize: request.pdf.byteLength,
  };
  const statuses = InspectionStatusSchema.options;
  const intents: RecordIntent[] = [{ op: 'create', entity: 'reportIssue', fields: issue }];
  if (statuses.indexOf(request.inspectionStatus) < statuses.indexOf('report-issued')) {
    intents.push({ op: 'update', entity: 'inspection', id: request.inspectionId, fields: { status: 'report-issued' } });
  }
  await commit({ intents, blobs: [{ sha256: pdfSha256, mediaType: 'application/pdf', bytes: request.pdf }] });
  return issue;
}
