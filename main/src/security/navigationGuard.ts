/**
 * Central denial of navigation and new windows for every web contents the app creates
 * (SECURITY.md A3). The single-page renderer never navigates; links to allowed regulatory sites are
 * handed to the system browser instead of opening inside the app.
 */
import type { WebContents } from 'electron';
import { checkExternalLink } from '@shared/security/externalLinks';

export interface NavigationGuardDeps {
  openExternal(url: string): Promise<void>;
  log(message: string): void;
}

type WindowOpenResponse = { action: 'deny' };

export function guardNavigation(contents: WebContents, deps: NavigationGuardDeps): void {
  contents.on('will-navigate', (event, url) => {
    event.preventDefault();
    deps.log(`blocked navigation to ${url}`);
  });
  contents.on('will-redirect', (event, url) => {
    event.preventDefault();
    deps.log(`blocked redirect to ${url}`);
  });
  contents.on('will-attach-webview', (event) => {
    event.preventDefault();
    deps.log('blocked a webview');
  });
  contents.setWindowOpenHandler(({ url }): WindowOpenResponse => {
    const decision = checkExternalLink(url);
    if (decision.allowed) {
      void deps.openExternal(decision.url);
    } else {
      deps.log(`blocked window.open of ${url}: ${decision.reason}`);
    }
    return { action: 'deny' };
  });
}
