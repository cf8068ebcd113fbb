/**
 * Which external links may be opened in the system browser (SECURITY.md A3). Only https, no
 * credentials, default port, and a host that is, or is a subdomain of, an allowed regulatory domain.
 * Compared on the parsed URL, never on the string, so `https://x.gov.uk.evil.com` is refused.
 */
export const EXTERNAL_LINK_DOMAINS: readonly string[] = [
  'gov.uk',
  'legislation.gov.uk',
  'europa.eu',
  'ich.org',
  'picscheme.org',
  'who.int',
  'fda.gov',
];

export type ExternalLinkDecision = { allowed: true; url: string } | { allowed: false; reason: string };

export function checkExternalLink(
  raw: string,
  domains: readonly string[] = EXTERNAL_LINK_DOMAINS,
): ExternalLinkDecision {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return { allowed: false, reason: 'not a valid URL' };
  }
  if (url.protocol !== 'https:') return { allowed: false, reason: `scheme ${url.protocol} is not allowed, only https` };
  if (url.username || url.password) return { allowed: false, reason: 'URLs with credentials are not allowed' };
  if (url.port) return { allowed: false, reason: 'URLs with an explicit port are not allowed' };
  const host = url.hostname.toLowerCase();
  const permitted = domains.some((domain) => host === domain || host.endsWith(`.${domain}`));
  if (!permitted) return { allowed: false, reason: `${host} is not on the list of allowed sites` };
  return { allowed: true, url: url.href };
}
