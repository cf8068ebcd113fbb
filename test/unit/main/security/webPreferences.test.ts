/**
 * SECURITY.md A1: every window is sandboxed and isolated, has no Node and no webview, keeps web
 * security on, and has devtools only in development. Each flag is asserted on its own so that
 * deleting any one line of secureWebPreferences fails a test.
 */
import { describe, expect, it } from 'vitest';
import { secureWebPreferences } from '../../../../main/src/security/webPreferences';

describe('secureWebPreferences', () => {
  for (const isPackaged of [true, false]) {
    describe(isPackaged ? 'packaged' : 'development', () => {
      const prefs = secureWebPreferences('/app/preload/index.cjs', isPackaged);

      it('sandboxes the renderer', () => expect(prefs.sandbox).toBe(true));
      it('isolates the preload world from the page', () => expect(prefs.contextIsolation).toBe(true));
      it('gives the page, its workers and its subframes no Node', () => {
        expect(prefs.nodeIntegration).toBe(false);
        expect(prefs.nodeIntegrationInWorker).toBe(false);
        expect(prefs.nodeIntegrationInSubFrames).toBe(false);
      });
      it('keeps web security on and refuses insecure content', () => {
        expect(prefs.webSecurity).toBe(true);
        expect(prefs.allowRunningInsecureContent).toBe(false);
      });
      it('disables the <webview> tag', () => expect(prefs.webviewTag).toBe(false));
      it('turns off experimental features and navigation by drag and drop', () => {
        expect(prefs.experimentalFeatures).toBe(false);
        expect(prefs.navigateOnDragDrop).toBe(false);
      });
      it('uses the given preload', () => expect(prefs.preload).toBe('/app/preload/index.cjs'));
    });
  }

  it('turns devtools off in the packaged app', () => {
    expect(secureWebPreferences('/p.cjs', true).devTools).toBe(false);
  });

  it('allows devtools only when unpackaged', () => {
    expect(secureWebPreferences('/p.cjs', false).devTools).toBe(true);
  });
});
