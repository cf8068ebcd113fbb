/** Skip link, header, service navigation, the main region and the footer around every screen. */
import type { ReactNode } from 'react';
import { AppFooter } from '../layout/AppFooter';
import { AppHeader } from '../layout/AppHeader';
import { ServiceNavigation } from '../layout/ServiceNavigation';
import { SkipLink } from '../layout/SkipLink';
import { useMenuCommands } from './useMenuCommands';

const NAVIGATION = [
  { href: '/', text: 'Inspections', matches: (path: string) => path === '/' || path.startsWith('/inspections') },
  { href: '/register', text: 'Findings register', matches: (path: string) => path.startsWith('/register') },
  { href: '/library', text: 'Library', matches: (path: string) => path.startsWith('/library') },
  {
    href: '/sync',
    text: 'Sync',
    matches: (path: string) => path.startsWith('/sync') || path.startsWith('/conflicts'),
  },
];

export function AppLayout({ children }: { children: ReactNode }) {
  useMenuCommands();
  return (
    <>
      <SkipLink />
      <AppHeader />
      <ServiceNavigation items={NAVIGATION} />
      <div className="app-width-container">
        <main className="govuk-main-wrapper" id="main-content" role="main" tabIndex={-1}>
          {children}
        </main>
      </div>
      <AppFooter />
    </>
  );
}
