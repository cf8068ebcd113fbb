/**
 * The browser build of the renderer (`npm run web`, and what the e2e tests drive). It is the same
 * renderer as the Electron build; the platform bridge picks its browser implementation at run time.
 * The preview server sends the same CSP as the Electron `app://` handler.
 */
import { resolve } from 'node:path';
import { defineConfig, mergeConfig } from 'vite';
import { contentSecurityPolicyHeader } from './shared/security/contentSecurityPolicy.ts';
import { rendererViteConfig } from './vite.shared.ts';

const securityHeaders = {
  'Content-Security-Policy': contentSecurityPolicyHeader(),
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
};

export default defineConfig(
  mergeConfig(rendererViteConfig(), {
    build: { outDir: resolve(import.meta.dirname, 'dist/web'), emptyOutDir: true },
    preview: { headers: securityHeaders },
  }),
);
