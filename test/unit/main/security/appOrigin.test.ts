/**
 * The trusted-origin test every other check relies on (IPC sender, permissions): only the app's own
 * origin, plus the dev server when unpackaged.
 */
import { describe, expect, it } from 'vitest';
import { APP_ENTRY_URL, isTrustedOrigin, trustedRendererOrigins } from '../../../../main/src/security/appOrigin';

describe('isTrustedOrigin', () => {
  const trusted = ['app://bundle'];

  it('trusts pages of app://bundle', () => {
    expect(isTrustedOrigin(APP_ENTRY_URL, trusted)).toBe(true);
    expect(isTrustedOrigin('app://bundle/#/inspections/1', trusted)).toBe(true);
  });

  it.each([
    'app://bundle.evil/index.html',
    'app://evil/index.html',
    'app://bundle:8080/index.html',
    'https://bundle/index.html',
    'file:///bundle/index.html',
    'null',
    '',
    undefined,
  ])('does not trust %s', (url) => {
    expect(isTrustedOrigin(url, trusted)).toBe(false);
  });
});

describe('trustedRendererOrigins', () => {
  it('trusts the dev server only when unpackaged', () => {
    expect(trustedRendererOrigins('http://localhost:5173/', false)).toEqual(['app://bundle', 'http://localhost:5173']);
    expect(trustedRendererOrigins('http://localhost:5173/', true)).toEqual(['app://bundle']);
    expect(trustedRendererOrigins(undefined, false)).toEqual(['app://bundle']);
  });
});
