/**
 * The renderer's own origin. The UI is served from `app://bundle/` (not file://) so it has a real,
 * checkable origin for IPC sender checks, permissions and storage.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'bundle';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/** True when `url` parses and belongs to one of the trusted origins. */
export function isTrustedOrigin(url: string | undefined, trustedOrigins: readonly string[]): boolean {
  if (!url) return false;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  // Custom standard schemes report origin "null" in Node's URL, so rebuild it from its parts.
  const origin = parsed.protocol === `${APP_SCHEME}:` ? `${parsed.protocol}//${parsed.host}` : parsed.origin;
  return trustedOrigins.includes(origin);
}

/**
 * The origins allowed to use the IPC bridge: the app's own, plus electron-vite's dev server when
 * running unpackaged from `npm run dev`.
 */
export function trustedRendererOrigins(devServerUrl: string | undefined, isPackaged: boolean): string[] {
  const origins = [APP_ORIGIN];
  if (!isPackaged && devServerUrl) origins.push(new URL(devServerUrl).origin);
  return origins;
}
