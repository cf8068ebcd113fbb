/** The application: platform, router and the page layout around every screen. */
import { HashRouter } from 'react-router';
import { PlatformProvider } from '../platform/PlatformContext';
import type { Platform } from '../platform/Platform';
import { AppLayout } from './AppLayout';
import { AppRoutes } from './AppRoutes';

export function App({ platform }: { platform: Platform }) {
  return (
    <PlatformProvider platform={platform}>
      <HashRouter>
        <AppLayout>
          <AppRoutes />
        </AppLayout>
      </HashRouter>
    </PlatformProvider>
  );
}
