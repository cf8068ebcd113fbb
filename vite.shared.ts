/**
 * Vite settings shared by the Electron renderer build (electron.vite.config.ts) and the browser build
 * (vite.web.config.ts), so both ship the same renderer with the same Content-Security-Policy.
 */
import react from '@vitejs/plugin-react';
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Alias, Plugin, UserConfig } from 'vite';
import { contentSecurityPolicyMeta } from './shared/security/contentSecurityPolicy.ts';

const root = import.meta.dirname;

/** Adds the CSP meta tag to the built index.html (not in dev, where the HMR preamble is inline). */
function contentSecurityPolicyMetaTag(): Plugin {
  return {
    name: 'workbench-csp-meta',
    apply: 'build',
    transformIndexHtml() {
      return [
        {
          tag: 'meta',
          attrs: { 'http-equiv': 'Content-Security-Policy', content: contentSecurityPolicyMeta() },
          injectTo: 'head-prepend',
        },
      ];
    },
  };
}

const packageVersion = (JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8')) as { version: string }).version;

/**
 * MOJ Frontend points GOV.UK Frontend's images at its own folder, which lacks a few GOV.UK images.
 * `@frontend-assets/...` points at MOJ's assets, with GOV.UK's own for the images MOJ lacks, so every image is bundled
 * (and served under the CSP) instead of being left as a dangling /assets URL.
 */
const mojAssets = resolve(root, 'node_modules/@ministryofjustice/frontend/moj/assets');
const govukAssets = resolve(root, 'node_modules/govuk-frontend/dist/govuk/assets');
function frontendAssetAliases(): Alias[] {
  const mojImages = new Set(readdirSync(resolve(mojAssets, 'images')));
  const govukOnly = readdirSync(resolve(govukAssets, 'images')).filter((name) => !mojImages.has(name));
  return [
    ...govukOnly.map((name) => ({
      find: `@frontend-assets/images/${name}`,
      replacement: resolve(govukAssets, 'images', name),
    })),
    { find: '@frontend-assets', replacement: mojAssets },
  ];
}

export const rendererRoot = resolve(root, 'renderer');

/**
 * zod and zodConfig.ts in one chunk, so zod is configured (no eval probe, which the CSP would report)
 * before any chunk defines a schema: every chunk that uses zod imports this one and runs after it.
 * Left to itself the bundler puts zod with the shared schemas, which the entry chunk imports and so
 * evaluates before its own code, where zodConfig would be.
 */
const ZOD_WITH_ITS_CONFIG = {
  name: 'zod',
  test: /[\\/]node_modules[\\/]zod[\\/]|[\\/]renderer[\\/]src[\\/]zodConfig\.ts$/,
};

export function rendererViteConfig(): UserConfig {
  return {
    root: rendererRoot,
    base: './',
    plugins: [react(), contentSecurityPolicyMetaTag()],
    resolve: {
      alias: [
        { find: '@shared', replacement: resolve(root, 'shared') },
        { find: '@renderer', replacement: resolve(root, 'renderer/src') },
        ...frontendAssetAliases(),
      ],
    },
    css: { preprocessorOptions: { scss: { quietDeps: true, loadPaths: [root] } } },
    define: { __APP_VERSION__: JSON.stringify(packageVersion) },
    worker: { format: 'es' },
    build: {
      sourcemap: true,
      chunkSizeWarningLimit: 4096,
      // Inline nothing as data: URLs, so every asset is served from the bundle under the CSP.
      assetsInlineLimit: 0,
      // GOV.UK Frontend keeps an old IE hack (min-width: 0\\0) that lightningcss refuses to minify.
      cssMinify: false,
      rollupOptions: { output: { codeSplitting: { groups: [ZOD_WITH_ITS_CONFIG] } } },
    },
  };
}
