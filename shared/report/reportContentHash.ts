/**
 * What a signature binds to. `reportContentHash` is the SHA-256 of the canonical JSON of the report
 * content: everything the report says, and nothing about who signed it or when this copy was made
 * (signatures and generation metadata are outside `content`). So:
 * - any change to what the report says (a finding's words, grade, references, a site, the outcome)
 *   changes the hash, and every signature made before shows as no longer valid;
 * - adding a signature, printing again, or leaving an annex out of a printed copy does not.
 * Synchronous (noble SHA-256) and locale-free, so every laptop computes the same hash.
 */
import { sha256OfCanonicalJson } from '../content/contentHash';
import type { ReportDocument, SignatureStatus } from './reportDocument';

export function reportContentHash(model: Pick<ReportDocument, 'content'>): string {
  return sha256OfCanonicalJson(model.content);
}

/** A signature is valid while the content it signed is the content of the report now. */
export function signatureStatus(signedContentSha256: string, currentContentSha256: string): SignatureStatus {
  return signedContentSha256 === currentContentSha256 ? 'valid' : 'invalid';
}

/** True when the report carries a valid signature with this meaning. */
export function hasValidSignature(model: ReportDocument, meaning: ReportDocument['signatures'][number]['meaning']): boolean {
  return model.signatures.some((s) => s.meaning === meaning && s.status === 'valid');
}
