/**
 * Signing the report (21 CFR 11.50/11.70, SECURITY.md C3): after re-authentication, a signature
 * record with the printed name, role, meaning, UTC time and the SHA-256 of the report content is
 * written through the change log. The signer signs what they reviewed: if the content changed since
 * the preview they looked at, signing is refused and they are asked to look again.
 */
import { v7 as uuidv7 } from 'uuid';
import type { Signature, SignatureMeaning } from '@shared/domain/closeOut';
import type { CommitRequest } from '../../db/commit';

export class ReportChangedError extends Error {
  constructor() {
    super('The report changed while you were reviewing it. Look at the new preview, then sign again.');
    this.name = 'ReportChangedError';
  }
}

export interface SignRequest {
  inspectionId: string;
  signer: { userId: string; name: string; role: string };
  meaning: SignatureMeaning;
  /** The content hash of the preview the signer reviewed. */
  reviewedContentSha256: string;
  /** The content hash of the report as stored now. */
  currentContentSha256: string;
  now: Date;
}

export async function signReport(commit: (request: CommitRequest) => Promise<unknown>, request: SignRequest) {
  if (request.reviewedContentSha256 !== request.currentContentSha256) throw new ReportChangedError();
  const signature: Signature = {
    id: uuidv7(),
    inspectionId: request.inspectionId,
    signerId: request.signer.userId,
    signerName: request.signer.name,
    signerRole: request.signer.role,
    meaning: request.meaning,
    signedAt: request.now.toISOString(),
    contentSha256: request.currentContentSha256,
  };
  await commit({ intents: [{ op: 'create', entity: 'signature', fields: signature }] });
  return signature;
}
