/** Renderer entry: pick the platform, then render the app. */
import { StrictMode } from 'react';
import { z } from 'zod';
import { createRoot } from 'react-dom/client';
import './styles/app.scss';
import { App } from './app/App';
import { selectPlatform } from './platform/selectPlatform';
import { guardPlatform } from './security/lockState';

// zod probes for eval() support at start-up to speed up parsing; the CSP forbids eval, so the probe
// would only log a violation. Tell zod not to try.
z.config({ jitless: true });

// GOV.UK Frontend styles its components differently once it knows JavaScript is available.
document.body.classList.add('js-enabled', 'govuk-frontend-supported');

const root = document.getElementById('root');
if (!root) throw new Error('The page has no #root element');
createRoot(root).render(
  <StrictMode>
    <App platform={guardPlatform(selectPlatform())} />
  </StrictMode>,
);
