/**
 * Picks the platform implementation once at start-up: Electron when the preload exposed its bridge,
 * the browser otherwise.
 */
import type { WorkbenchBridge } from '@shared/ipc/contract';
import { createBrowserPlatform } from './browserPlatform';
import { createElectronPlatform } from './electronPlatform';
import type { Platform } from './Platform';

declare global {
  interface Window {
    workbench?: WorkbenchBridge;
  }
}

export function selectPlatform(): Platform {
  return window.workbench ? createElectronPlatform(window.workbench) : createBrowserPlatform();
}
