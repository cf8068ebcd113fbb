/**
 * The web preferences of every window the app opens, decided once here (SECURITY.md A1): the renderer
 * is sandboxed and isolated, has no Node, no webview, and keeps web security on; devtools only in dev.
 */
import type { WebPreferences } from 'electron';

export function secureWebPreferences(preloadPath: string, isPackaged: boolean): WebPreferences {
  return {
    preload: preloadPath,
    sandbox: true,
    contextIsolation: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    experimentalFeatures: false,
    navigateOnDragDrop: false,
    safeDialogs: true,
    spellcheck: true,
    devTools: !isPackaged,
  };
}
