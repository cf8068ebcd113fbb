/**
 * The code the app needs once unlocked, out of the bundle the first screens (unlock, set-up, lock)
 * load with: the sync engine and every screen (screens.ts). While the inspector types the
 * passphrase, the sync engine and the screens the current location will show are loaded in the
 * background, so pressing Unlock does not wait for them. Every other screen follows once the first
 * has had time to show.
 */
import { preloadScreensFor } from './AppRoutes';
import { loadRenderers } from '../features/report/loadRenderers';
import { lazyComponent } from './lazyScreen';
import * as screens from './screens';

export const SyncProvider = lazyComponent(() => import('../sync/SyncContext'), 'SyncProvider');

/** Loads what `pathname` will show once unlocked (DataProvider starts it early and awaits it). */
export function loadUnlockedApp(pathname: string): Promise<unknown> {
  return Promise.all([SyncProvider.preload(), preloadScreensFor(pathname)]);
}

/** Long enough for the first screen to read and show its data, which loading every other screen must not slow. */
const AFTER_FIRST_SCREEN_MS = 2000;

/**
 * Loads every screen, the report renderers and their fonts, when the page is idle a little after
 * unlocking: moving between screens is then instant, and the browser build keeps working with the
 * network off (a screen, a PDF renderer or a font not loaded by then could not be fetched). Returns a
 * cancel.
 */
export function loadEveryScreenSoon(): () => void {
  let idle: number | undefined;
  const timer = setTimeout(() => {
    const load = () => {
      const renderersAndFonts = loadRenderers().then((renderers) => renderers.loadReportFonts());
      Promise.all([...Object.values(screens).map((screen) => screen.preload()), renderersAndFonts]).catch(() => undefined);
    };
    if (typeof requestIdleCallback === 'function') idle = requestIdleCallback(load, { timeout: 2000 });
    else load();
  }, AFTER_FIRST_SCREEN_MS);
  return () => {
    clearTimeout(timer);
    if (idle !== undefined) cancelIdleCallback(idle);
  };
}
