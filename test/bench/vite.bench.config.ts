/**
 * Builds the bench page (test/bench/page) into dist/web/bench, next to the browser build, so it runs
 * on the app's origin and under the same CSP. Not part of the shipped app: `npm run bench` builds it
 * after `build:web`.
 */
import { resolve } from 'node:path';
import { defineConfig, mergeConfig } from 'vite';
import { rendererViteConfig } from '../../vite.shared';

const root = resolve(import.meta.dirname, '../..');

export default defineConfig(
  mergeConfig(rendererViteConfig(), {
    root: resolve(root, 'test/bench/page'),
    build: { outDir: resolve(root, 'dist/web/bench'), emptyOutDir: true, sourcemap: false },
  }),
);
