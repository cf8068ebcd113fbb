/**
 * The code the app needs once unlocked, out of the bundle the first screens (unlock, set-up, lock)
 * load with: the sync engine and every screen (screens.ts). While the inspector types the
 * passphrase, the screens the current location will show are loaded in the background, so pressing
 * Unlock does not wait for them.
 */
import { preloadScreensFor } from './AppRoutes';
import { lazyComponent } from './lazyScreen';

export const SyncProvider = lazyComponent(() => import('../sync/SyncContext'), 'SyncProvider');

/** Starts loading what `pathname` will show once unlocked, when the page is next idle. */
export function preloadUnlockedApp(pathname: string): void {
  const preload = () => {
    // A failure here is not the user's: the screen tries again when it is shown, and says so there.
    Promise.all([SyncProvider.preload(), preloadScreensFor(pathname)]).catch(() => undefined);
  };
  if (typeof requestIdleCallback === 'function') requestIdleCallback(preload, { timeout: 1000 });
  else setTimeout(preload, 0);
}
