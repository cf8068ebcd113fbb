/**
 * The one Content-Security-Policy of the renderer, used by the Electron `app://` protocol handler,
 * the browser build's preview server and the meta tag in the built index.html.
 *
 * No 'unsafe-inline' or 'unsafe-eval' for scripts: an injected <script> or inline handler must not run
 * (SECURITY.md A2). Images only from the bundle, blob: (photos are shown through object URLs) and
 * data: (jsPDF previews). connect-src allows the agency gateway over https and loopback for local runs.
 */
export const CONTENT_SECURITY_POLICY_DIRECTIVES: Readonly<Record<string, readonly string[]>> = {
  'default-src': ["'self'"],
  'script-src': ["'self'"],
  'style-src': ["'self'"],
  'img-src': ["'self'", 'blob:', 'data:'],
  'media-src': ["'self'", 'blob:', 'mediastream:'],
  'font-src': ["'self'"],
  'connect-src': ["'self'", 'https:', 'http://127.0.0.1:*', 'http://localhost:*', 'blob:'],
  'worker-src': ["'self'", 'blob:'],
  'frame-src': ["'self'", 'blob:'],
  'object-src': ["'none'"],
  'base-uri': ["'none'"],
  'form-action': ["'none'"],
};

/** Directives a <meta> tag cannot carry; they go only into the HTTP header form. */
const HEADER_ONLY_DIRECTIVES: Readonly<Record<string, readonly string[]>> = {
  'frame-ancestors': ["'none'"],
};

function serialise(directives: Readonly<Record<string, readonly string[]>>): string {
  return Object.entries(directives)
    .map(([name, sources]) => `${name} ${sources.join(' ')}`)
    .join('; ');
}

/** The policy for an HTTP `Content-Security-Policy` header. */
export function contentSecurityPolicyHeader(): string {
  return serialise({ ...CONTENT_SECURITY_POLICY_DIRECTIVES, ...HEADER_ONLY_DIRECTIVES });
}

/** The policy for `<meta http-equiv="Content-Security-Policy">`. */
export function contentSecurityPolicyMeta(): string {
  return serialise(CONTENT_SECURITY_POLICY_DIRECTIVES);
}
