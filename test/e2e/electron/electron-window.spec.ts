/**
 * SECURITY.md A1 and A3 in the real shell: the built app (out/, from `electron-vite build`) is launched
 * in Electron through Playwright. Every window must report the secure web preferences, the page must
 * have no Node, the preload must expose only the contract, and navigation and new windows must be
 * refused. Where no Electron binary is installed (offline machines, CI here) the spec is skipped and
 * says why; it never loads the electron package, which would start a download.
 */
import { _electron as electron, expect, test, type ElectronApplication, type Page } from '@playwright/test';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { WebContents, WebPreferences } from 'electron';
import { findElectronBinary } from '../../../scripts/electron-binary.mjs';

/**
 * `getLastWebPreferences` is real but undocumented, so Electron's typings omit it; it reports the
 * preferences the renderer was actually created with (SECURITY.md A1 names it as the check).
 */
type InspectableWebContents = WebContents & { getLastWebPreferences(): WebPreferences | null };

const repoRoot = join(import.meta.dirname, '../../..');
const mainEntry = join(repoRoot, 'out', 'main', 'index.js');
const binary = findElectronBinary(repoRoot);
const noDisplay = process.platform === 'linux' && !process.env['DISPLAY'] && !process.env['WAYLAND_DISPLAY'];

const skipReason = !binary.found
  ? `Electron binary not available: ${binary.reason}. This spec needs a machine where the Electron binary was downloaded (npm start does that when online).`
  : noDisplay
    ? 'No display for Electron windows: run under `xvfb-run -a npx playwright test --project electron`.'
    : undefined;
if (skipReason) console.warn(`[electron-window.spec] skipped: ${skipReason}`);

test.describe('the Electron window', () => {
  test.skip(skipReason !== undefined, skipReason);

  let app: ElectronApplication;
  let page: Page;
  let userData: string;

  test.beforeAll(async () => {
    if (!binary.found) return;
    expect(existsSync(mainEntry), `${mainEntry} is missing: run \`npx electron-vite build\` first`).toBe(true);
    userData = await mkdtemp(join(tmpdir(), 'workbench-e2e-'));
    const env: Record<string, string> = {};
    for (const [name, value] of Object.entries(process.env)) {
      // The built bundle, never a dev server, and never Electron-as-Node.
      if (value !== undefined && name !== 'ELECTRON_RENDERER_URL' && name !== 'ELECTRON_RUN_AS_NODE') env[name] = value;
    }
    // Own user data (Linux), so the single-instance lock and storage do not touch a running workbench.
    env['XDG_CONFIG_HOME'] = userData;
    app = await electron.launch({
      executablePath: binary.path,
      // Chromium refuses to run its OS sandbox as root; that switch does not change the renderer's
      // `sandbox: true` preference, which is what this spec checks.
      args: [...(process.getuid?.() === 0 ? ['--no-sandbox'] : []), repoRoot],
      cwd: repoRoot,
      env,
      timeout: 30_000,
    });
    page = await app.firstWindow();
    await page.waitForLoadState('domcontentloaded');
  });

  test.afterAll(async () => {
    await app?.close();
    if (userData) await rm(userData, { recursive: true, force: true });
  });

  test('every window has the secure web preferences', async () => {
    const windows = await app.evaluate(({ BrowserWindow }) =>
      BrowserWindow.getAllWindows().map((window) => {
        const prefs = (window.webContents as InspectableWebContents).getLastWebPreferences();
        return {
          sandbox: prefs?.sandbox,
          contextIsolation: prefs?.contextIsolation,
          nodeIntegration: prefs?.nodeIntegration,
          nodeIntegrationInSubFrames: prefs?.nodeIntegrationInSubFrames,
          webSecurity: prefs?.webSecurity,
          webviewTag: prefs?.webviewTag,
        };
      }),
    );
    expect(windows.length).toBeGreaterThan(0);
    for (const prefs of windows) {
      expect(prefs).toEqual({
        sandbox: true,
        contextIsolation: true,
        nodeIntegration: false,
        nodeIntegrationInSubFrames: false,
        webSecurity: true,
        webviewTag: false,
      });
    }
  });

  test('the page is served from app://bundle and has no Node', async () => {
    expect(page.url()).toMatch(/^app:\/\/bundle\/index\.html(#.*)?$/);
    expect(await page.evaluate(() => typeof require === 'undefined' && typeof process === 'undefined')).toBe(true);
  });

  test('the preload exposes only invoke and onMenuCommand', async () => {
    const bridge = await page.evaluate(() => {
      const workbench = (window as unknown as { workbench?: Record<string, unknown> }).workbench ?? {};
      return Object.keys(workbench)
        .sort()
        .map((key) => [key, typeof workbench[key]]);
    });
    expect(bridge).toEqual([
      ['invoke', 'function'],
      ['onMenuCommand', 'function'],
    ]);
  });

  test('navigation to another site is blocked', async () => {
    const before = page.url();
    await page.evaluate(() => {
      window.location.href = 'https://example.com/';
    });
    // A navigation that went ahead would have committed well within this time.
    await page.waitForTimeout(1000);
    expect(page.url()).toBe(before);
    const urls = await app.evaluate(({ BrowserWindow }) =>
      BrowserWindow.getAllWindows().map((window) => window.webContents.getURL()),
    );
    expect(urls).toEqual([before]);
  });

  test('window.open never opens a window; only allowlisted links go to the system browser', async () => {
    // Record instead of opening the developer's browser. The guard looks shell.openExternal up at call time.
    await app.evaluate(({ shell }) => {
      const opened: string[] = [];
      (globalThis as { __openedExternally?: string[] }).__openedExternally = opened;
      shell.openExternal = (url: string) => {
        opened.push(url);
        return Promise.resolve();
      };
    });
    const results = await page.evaluate(() => [
      window.open('https://example.com/') === null,
      window.open('https://www.gov.uk/guidance') === null,
    ]);
    expect(results).toEqual([true, true]);
    await page.waitForTimeout(500);
    expect(await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().length)).toBe(1);
    const opened = await app.evaluate(() => (globalThis as { __openedExternally?: string[] }).__openedExternally);
    expect(opened).toEqual(['https://www.gov.uk/guidance']);
  });
});
