/** Renderer entry: pick the platform, then render the app. */
// Must stay the first import (see zodConfig.ts).
import './zodConfig';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import './styles/app.scss';
import { App } from './app/App';
import { selectPlatform } from './platform/selectPlatform';
import { guardPlatform } from './security/lockState';

// GOV.UK Frontend styles its components differently once it knows JavaScript is available.
document.body.classList.add('js-enabled', 'govuk-frontend-supported');

const root = document.getElementById('root');
if (!root) throw new Error('The page has no #root element');
createRoot(root).render(
  <StrictMode>
    <App platform={guardPlatform(selectPlatform())} />
  </StrictMode>,
);
