/**
 * The publication rule shared by every versioned content library (checklist templates, citation
 * libraries): a published version is immutable (Annex 11 §10 configuration management; DOMAIN.md
 * 6.4 item 10). Publishing the same version again with the same content changes nothing; publishing
 * it with different content is refused, and the message names the next free version number.
 */

export interface PublishedVersion {
  readonly version: number;
  /** Content hash, see contentHash.ts. */
  readonly hash: string;
}

export type PublicationCheck =
  /** Not published yet: add it. `latestPublished` is the highest version already held, if any. */
  | { kind: 'new'; latestPublished: number | null }
  /** Already published with identical content: nothing to do. */
  | { kind: 'unchanged' }
  | { kind: 'refused'; message: string };

/**
 * @param label how the message names the document, e.g. "Template dm-gmp" or "Citation library".
 * @param published the versions already held for the same document (same template id, or all
 *   citation libraries).
 */
export function checkPublication(
  label: string,
  candidate: PublishedVersion,
  published: readonly PublishedVersion[],
): PublicationCheck {
  const same = published.filter((entry) => entry.version === candidate.version);
  if (same.length === 0) {
    const latest = published.reduce<number | null>(
      (max, entry) => (max === null || entry.version > max ? entry.version : max),
      null,
    );
    return { kind: 'new', latestPublished: latest };
  }
  if (same.every((entry) => entry.hash === candidate.hash)) return { kind: 'unchanged' };
  const next = Math.max(...published.map((entry) => entry.version)) + 1;
  return {
    kind: 'refused',
    message: `${label} version ${candidate.version} is already published with different content; publish it as version ${next}`,
  };
}
