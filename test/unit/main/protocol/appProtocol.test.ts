/**
 * SECURITY.md A2: app://bundle/ serves only files inside the bundle folder, and every response carries
 * the Content-Security-Policy. Uses a temporary folder with real files, and a secret file beside it
 * that traversal attempts must not reach.
 */
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, sep } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentSecurityPolicyHeader } from '@shared/security/contentSecurityPolicy';
import { resolveBundlePath, serveBundleRequest } from '../../../../main/src/protocol/appProtocol';

let base: string;
let bundle: string;

beforeAll(async () => {
  base = await mkdtemp(join(tmpdir(), 'app-protocol-'));
  bundle = join(base, 'renderer');
  await mkdir(join(bundle, 'assets'), { recursive: true });
  await writeFile(join(bundle, 'index.html'), '<!doctype html><title>Workbench</title>');
  await writeFile(join(bundle, 'assets', 'app.js'), 'console.log(1)');
  await writeFile(join(base, 'secret.txt'), 'outside the bundle');
});

afterAll(async () => {
  await rm(base, { recursive: true, force: true });
});

describe('resolveBundlePath', () => {
  it('maps the root to index.html', () => {
    expect(resolveBundlePath('app://bundle/', bundle)).toEqual({ ok: true, filePath: join(bundle, 'index.html') });
  });

  it('maps a file inside the bundle', () => {
    expect(resolveBundlePath('app://bundle/assets/app.js?v=1', bundle)).toEqual({
      ok: true,
      filePath: join(bundle, 'assets', 'app.js'),
    });
  });

  it.each([
    'app://bundle/../../etc/passwd',
    'app://bundle/%2e%2e/%2e%2e/etc/passwd',
    'app://bundle/../secret.txt',
    // A backslash separates paths only on Windows; elsewhere it is part of a (harmless) file name.
    'app://bundle/..%5c..%5csecret.txt',
  ])('keeps %s inside the bundle (the URL parser removes the dot segments)', (url) => {
    const resolved = resolveBundlePath(url, bundle);
    if (resolved.ok) expect(resolved.filePath.startsWith(bundle + sep)).toBe(true);
  });

  it.each([
    'app://bundle/..%2f..%2fetc%2fpasswd',
    'app://bundle/..%2fsecret.txt',
    'app://bundle/%2e%2e%2fsecret.txt',
    'app://bundle/assets/..%2f..%2f..%2fsecret.txt',
  ])('refuses an encoded escape %s with 403', (url) => {
    expect(resolveBundlePath(url, bundle)).toEqual({ ok: false, status: 403 });
  });

  it.each(['app://bundle/index.html%00.png', 'app://bundle/%00'])('refuses a NUL byte in %s', (url) => {
    expect(resolveBundlePath(url, bundle)).toEqual({ ok: false, status: 400 });
  });

  it('refuses a malformed escape', () => {
    expect(resolveBundlePath('app://bundle/%E0%A4%A', bundle)).toEqual({ ok: false, status: 400 });
  });

  it.each([
    'app://other/index.html',
    'app://bundle.evil/index.html',
    'https://bundle/index.html',
    'file:///etc/passwd',
  ])('refuses another host or scheme: %s', (url) => {
    expect(resolveBundlePath(url, bundle)).toEqual({ ok: false, status: 404 });
  });

  it('refuses something that is not a URL', () => {
    expect(resolveBundlePath('not a url', bundle)).toEqual({ ok: false, status: 400 });
  });
});

describe('serveBundleRequest', () => {
  it('serves index.html with the CSP and the other security headers', async () => {
    const response = await serveBundleRequest(new Request('app://bundle/'), bundle);
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('<title>Workbench</title>');
    const headers = response.headers;
    expect(headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(headers.get('content-security-policy')).toBe(contentSecurityPolicyHeader());
    expect(headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('sends a CSP that forbids inline and eval script and framing', async () => {
    const csp = (await serveBundleRequest(new Request('app://bundle/assets/app.js'), bundle)).headers.get(
      'content-security-policy',
    );
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).not.toContain('unsafe-eval');
  });

  it('serves scripts with a JavaScript type', async () => {
    const response = await serveBundleRequest(new Request('app://bundle/assets/app.js'), bundle);
    expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(await response.text()).toBe('console.log(1)');
  });

  it('answers 404 for a missing file and a folder', async () => {
    expect((await serveBundleRequest(new Request('app://bundle/missing.js'), bundle)).status).toBe(404);
    expect((await serveBundleRequest(new Request('app://bundle/assets/'), bundle)).status).toBe(404);
  });

  it('never serves the file beside the bundle', async () => {
    for (const url of ['app://bundle/../secret.txt', 'app://bundle/..%2fsecret.txt']) {
      const response = await serveBundleRequest(new Request(url), bundle);
      expect(response.status).not.toBe(200);
    }
  });
});
