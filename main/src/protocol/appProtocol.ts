/**
 * Serves the built renderer on `app://bundle/` (SECURITY.md A2). The scheme is registered as standard
 * and secure so the renderer gets a real origin, IndexedDB and fetch; every response carries the CSP.
 * Paths are resolved against the bundle folder and anything that escapes it is refused.
 */
import { readFile } from 'node:fs/promises';
import { extname, resolve, sep } from 'node:path';
import { contentSecurityPolicyHeader } from '@shared/security/contentSecurityPolicy';
import { APP_HOST, APP_SCHEME } from '../security/appOrigin';

export const APP_SCHEME_PRIVILEGES = {
  scheme: APP_SCHEME,
  privileges: { standard: true, secure: true, supportFetchAPI: true, stream: true, codeCache: true },
} as const;

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.map': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.ico': 'image/x-icon',
  '.wasm': 'application/wasm',
};

export type ResolvedRequest = { ok: true; filePath: string } | { ok: false; status: number };

/** Maps an `app://bundle/...` URL to a file inside `bundleRoot`, or a refusal status. */
export function resolveBundlePath(requestUrl: string, bundleRoot: string): ResolvedRequest {
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return { ok: false, status: 400 };
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return { ok: false, status: 404 };
  let pathname: string;
  try {
    pathname = decodeURIComponent(url.pathname);
  } catch {
    return { ok: false, status: 400 };
  }
  if (pathname.includes('\0')) return { ok: false, status: 400 };
  const root = resolve(bundleRoot);
  const relative = pathname === '/' ? 'index.html' : pathname.replace(/^\/+/, '');
  const filePath = resolve(root, relative);
  if (!filePath.startsWith(root + sep)) return { ok: false, status: 403 };
  return { ok: true, filePath };
}

export function securityHeaders(contentType: string): Record<string, string> {
  return {
    'Content-Type': contentType,
    'Content-Security-Policy': contentSecurityPolicyHeader(),
    'X-Content-Type-Options': 'nosniff',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Referrer-Policy': 'no-referrer',
  };
}

export async function serveBundleRequest(request: Request, bundleRoot: string): Promise<Response> {
  const resolved = resolveBundlePath(request.url, bundleRoot);
  if (!resolved.ok) return new Response(null, { status: resolved.status });
  try {
    const body = await readFile(resolved.filePath);
    const type = CONTENT_TYPES[extname(resolved.filePath).toLowerCase()] ?? 'application/octet-stream';
    return new Response(new Uint8Array(body), { status: 200, headers: securityHeaders(type) });
  } catch {
    return new Response(null, { status: 404 });
  }
}
