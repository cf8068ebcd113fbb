/**
 * The code the app needs once unlocked, out of the bundle the first screens (unlock, set-up, lock)
 * load with: the sync engine and every screen (screens.ts). While the inspector types the
 * passphrase, the sync engine and the screens the current location will show are loaded in the
 * background, so pressing Unlock does not wait for them.
 */
import { preloadScreensFor } from './AppRoutes';
import { lazyComponent } from './lazyScreen';

export const SyncProvider = lazyComponent(() => import('../sync/SyncContext'), 'SyncProvider');

/** Loads what `pathname` will show once unlocked (DataProvider starts it early and awaits it). */
export function loadUnlockedApp(pathname: string): Promise<unknown> {
  return Promise.all([SyncProvider.preload(), preloadScreensFor(pathname)]);
}
