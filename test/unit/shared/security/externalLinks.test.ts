/**
 * SECURITY.md A3: which links may leave the app for the system browser. Decided on the parsed URL,
 * so look-alike hosts, other schemes, credentials and ports are refused.
 */
import { describe, expect, it } from 'vitest';
import { checkExternalLink } from '@shared/security/externalLinks';

describe('checkExternalLink', () => {
  it.each([
    'https://www.gov.uk',
    'https://gov.uk/',
    'https://www.gov.uk/guidance/good-manufacturing-practice?x=1#top',
    'https://assets.publishing.service.gov.uk/a.pdf',
    'https://WWW.GOV.UK/',
    'https://www.ema.europa.eu/en',
    'https://www.gov.uk:443/',
  ])('allows %s', (url) => {
    const decision = checkExternalLink(url);
    expect(decision.allowed).toBe(true);
  });

  it('returns the normalised URL it checked, not the raw string', () => {
    expect(checkExternalLink('https://WWW.GOV.UK/a/../b')).toEqual({ allowed: true, url: 'https://www.gov.uk/b' });
  });

  it.each([
    ['a look-alike host', 'https://x.gov.uk.evil.com/', /not on the list/],
    ['a host that only ends with the name', 'https://evilgov.uk/', /not on the list/],
    ['the domain in the query', 'https://evil.com/?gov.uk', /not on the list/],
    ['the domain in the path', 'https://evil.com/www.gov.uk', /not on the list/],
    ['the domain as credentials', 'https://www.gov.uk@evil.com/', /credentials|not on the list/],
    ['plain http', 'http://www.gov.uk/', /scheme http:/],
    ['javascript:', 'javascript:alert(1)', /scheme javascript:/],
    ['data:', 'data:text/html,<script>alert(1)</script>', /scheme data:/],
    ['file:', 'file:///etc/passwd', /scheme file:/],
    ['credentials', 'https://user:pass@www.gov.uk/', /credentials/],
    ['a user name only', 'https://user@www.gov.uk/', /credentials/],
    ['an explicit port', 'https://www.gov.uk:8443/', /port/],
    ['a trailing-dot host', 'https://www.gov.uk./', /not on the list/],
    ['not a URL', 'www.gov.uk', /not a valid URL/],
    ['an empty string', '', /not a valid URL/],
  ])('refuses %s', (_name, url, reason) => {
    const decision = checkExternalLink(url);
    expect(decision.allowed).toBe(false);
    if (!decision.allowed) expect(decision.reason).toMatch(reason);
  });

  it('accepts a custom allowlist', () => {
    expect(checkExternalLink('https://agency.example/', ['agency.example']).allowed).toBe(true);
    expect(checkExternalLink('https://agency.example.evil/', ['agency.example']).allowed).toBe(false);
  });
});
