/** The application: platform, router, the page layout around every screen, and the local data. */
import { HashRouter } from 'react-router';
import { DataProvider } from '../db/DataContext';
import { PlatformProvider } from '../platform/PlatformContext';
import { SyncProvider } from '../sync/SyncContext';
import type { Platform } from '../platform/Platform';
import { AppLayout } from './AppLayout';
import { AppRoutes } from './AppRoutes';

export function App({ platform }: { platform: Platform }) {
  return (
    <PlatformProvider platform={platform}>
      <HashRouter>
        <AppLayout>
          <DataProvider>
            <SyncProvider>
              <AppRoutes />
            </SyncProvider>
          </DataProvider>
        </AppLayout>
      </HashRouter>
    </PlatformProvider>
  );
}
