/**
 * An issued version of an inspection report. The PDF bytes live in the content-addressed blob store
 * under `pdfSha256`, so an issued version can never change: issuing again writes version N+1 beside
 * it. `contentSha256` is the report content hash the signatures of that version were bound to
 * (shared/report/reportContentHash.ts), so a reader can tell which signatures the PDF carries.
 */
import { z } from 'zod';
import { Id, IsoDateTime, Sha256Hex } from './primitives';

export const ReportIssueSchema = z
  .object({
    id: Id,
    inspectionId: Id,
    /** 1 for the first issue, then one more for each re-issue. */
    version: z.number().int().min(1),
    issuedAt: IsoDateTime,
    pdfSha256: Sha256Hex,
    contentSha256: Sha256Hex,
    byteSize: z.number().int().min(1),
  })
  .strict();
export type ReportIssue = z.infer<typeof ReportIssueSchema>;
