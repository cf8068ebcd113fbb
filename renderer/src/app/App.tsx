/** The application: platform, router, the page layout around every screen, and the local data. */
import { useCallback, useEffect } from 'react';
import { HashRouter, useLocation } from 'react-router';
import { DataProvider } from '../db/DataContext';
import { PlatformProvider } from '../platform/PlatformContext';
import type { Platform } from '../platform/Platform';
import { AppLayout } from './AppLayout';
import { AppRoutes } from './AppRoutes';
import { ScreenBoundary } from './ScreenBoundary';
import { loadEveryScreenSoon, loadUnlockedApp, SyncProvider } from './unlockedAppCode';

export function App({ platform }: { platform: Platform }) {
  return (
    <PlatformProvider platform={platform}>
      <HashRouter>
        <AppLayout>
          <UnlockedApp />
        </AppLayout>
      </HashRouter>
    </PlatformProvider>
  );
}

/** Everything behind the lock; its code loads while the passphrase screen is up (unlockedAppCode.ts). */
function UnlockedApp() {
  const { pathname } = useLocation();
  const loadCode = useCallback(() => loadUnlockedApp(pathname), [pathname]);
  return (
    <DataProvider loadUnlockedCode={loadCode}>
      <LoadEveryScreen />
      <ScreenBoundary>
        <SyncProvider>
          <AppRoutes />
        </SyncProvider>
      </ScreenBoundary>
    </DataProvider>
  );
}

/** Rendered only once unlocked (inside DataProvider): the rest of the screens' code, soon after. */
function LoadEveryScreen() {
  useEffect(() => loadEveryScreenSoon(), []);
  return null;
}
