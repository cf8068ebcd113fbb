/**
 * Finds the Electron executable without loading the `electron` package: its index.js starts a
 * download when the binary is missing, which offline fails after a wait or hangs behind a proxy.
 * `npm start` (start.mjs) and the Electron e2e spec both ask here first and then say plainly what
 * is missing. Mirrors the lookup of node_modules/electron/index.js (path.txt, dist/,
 * ELECTRON_OVERRIDE_DIST_PATH).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';

/**
 * @typedef {{ found: true, path: string, version: string }
 *   | { found: false, reason: string, version: string | undefined }} ElectronBinary
 */
/** @typedef {{ ok: true, how: string } | { ok: false, reason: string }} DownloadCheck */
/** @typedef {Readonly<Record<string, string | undefined>>} Environment */

/**
 * @param {string} projectRoot
 * @param {Environment} [env]
 * @returns {ElectronBinary}
 */
export function findElectronBinary(projectRoot, env = process.env) {
  const packageDir = join(projectRoot, 'node_modules', 'electron');
  const version = installedElectronVersion(packageDir);
  if (version === undefined) {
    return { found: false, version, reason: 'the electron package is not installed (run `npm ci`)' };
  }
  const pathFile = join(packageDir, 'path.txt');
  const executable = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : '';
  const override = env['ELECTRON_OVERRIDE_DIST_PATH'];
  if (override) {
    const path = join(override, executable || 'electron');
    return existsSync(path)
      ? { found: true, path, version }
      : { found: false, version, reason: `ELECTRON_OVERRIDE_DIST_PATH is set, but ${path} does not exist` };
  }
  if (!executable) {
    return {
      found: false,
      version,
      reason: `the Electron ${version} binary has never been downloaded (node_modules/electron/path.txt is missing)`,
    };
  }
  const path = join(packageDir, 'dist', executable);
  return existsSync(path)
    ? { found: true, path, version }
    : { found: false, version, reason: `the Electron ${version} binary ${path} is missing` };
}

/** @param {string} packageDir @returns {string | undefined} */
function installedElectronVersion(packageDir) {
  try {
    /** @type {unknown} */
    const manifest = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8'));
    if (typeof manifest !== 'object' || manifest === null || !('version' in manifest)) return undefined;
    return typeof manifest.version === 'string' ? manifest.version : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Whether the binary could be fetched now: from @electron/get's cache (works offline), or from the
 * download host, asked once with a short timeout so an offline machine answers in seconds.
 * @param {string} version
 * @param {{ env?: Environment, platform?: string, arch?: string, timeoutMs?: number }} [options]
 * @returns {Promise<DownloadCheck>}
 */
export async function checkElectronDownload(version, options = {}) {
  const { env = process.env, platform = process.platform, arch = process.arch, timeoutMs = 5000 } = options;
  const cached = cachedElectronZip(version, platform, arch, env);
  if (cached) return { ok: true, how: `from the local cache (${cached})` };
  if (env['ELECTRON_SKIP_BINARY_DOWNLOAD']) {
    return { ok: false, reason: 'ELECTRON_SKIP_BINARY_DOWNLOAD is set' };
  }
  const source =
    env['ELECTRON_MIRROR'] ?? env['npm_config_electron_mirror'] ?? 'https://github.com/electron/electron/releases/';
  try {
    // Any HTTP answer means the host is reachable; only a network failure means offline.
    await fetch(source, { method: 'HEAD', redirect: 'manual', signal: AbortSignal.timeout(timeoutMs) });
    return { ok: true, how: `from ${source}` };
  } catch (error) {
    return { ok: false, reason: `${source} cannot be reached (${networkErrorCode(error)})` };
  }
}

/** @param {unknown} error */
function networkErrorCode(error) {
  if (!(error instanceof Error)) return String(error);
  const cause = /** @type {{ cause?: { code?: unknown } }} */ (error).cause;
  if (cause && typeof cause.code === 'string') return cause.code;
  return error.name === 'TimeoutError' ? 'no answer' : error.message;
}

/**
 * @electron/get keeps downloads in <cache>/<hash of the URL>/electron-v<version>-<platform>-<arch>.zip.
 * @param {string} version @param {string} platform @param {string} arch @param {Environment} env
 * @returns {string | undefined}
 */
function cachedElectronZip(version, platform, arch, env) {
  const root = env['electron_config_cache'] ?? defaultCacheRoot(platform, env);
  const zip = `electron-v${version}-${platform}-${arch}.zip`;
  let entries;
  try {
    entries = readdirSync(root, { withFileTypes: true });
  } catch {
    return undefined;
  }
  for (const entry of entries) {
    const candidate = join(root, entry.name, zip);
    if (entry.isDirectory() && existsSync(candidate)) return candidate;
  }
  return undefined;
}

/** @param {string} platform @param {Environment} env */
function defaultCacheRoot(platform, env) {
  if (platform === 'darwin') return join(homedir(), 'Library', 'Caches', 'electron');
  if (platform === 'win32')
    return join(env['LOCALAPPDATA'] ?? join(homedir(), 'AppData', 'Local'), 'electron', 'Cache');
  return join(env['XDG_CACHE_HOME'] ?? join(homedir(), '.cache'), 'electron');
}

/**
 * The one message `npm start` prints when it cannot run Electron.
 * @param {string} missing why there is no binary
 * @param {string} unfetchable why it cannot be downloaded now
 */
export function electronUnavailableMessage(missing, unfetchable) {
  return (
    `Cannot start the desktop app: ${missing}, and it cannot be downloaded now (${unfetchable}). ` +
    'Run `npm run web` to use the workbench in a browser instead, or run `npm start` once on a machine ' +
    'that can reach the Electron downloads (or set ELECTRON_MIRROR to a reachable mirror).'
  );
}
