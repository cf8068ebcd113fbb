/**
 * Builds the bench page (test/bench/page) into dist/bench-web/bench, next to the bench's own copy of
 * the browser build, so it runs on the app's origin and under the same CSP. Not part of the shipped
 * app: `npm run bench` builds both, then runs test/bench/run.ts.
 */
import { resolve } from 'node:path';
import { defineConfig, mergeConfig } from 'vite';
import { rendererViteConfig } from '../../vite.shared';

const root = resolve(import.meta.dirname, '../..');

export default defineConfig(
  mergeConfig(rendererViteConfig(), {
    root: resolve(root, 'test/bench/page'),
    build: {
      outDir: resolve(root, process.env['BENCH_WEB_DIR'] ?? 'dist/bench-web', 'bench'),
      emptyOutDir: true,
      sourcemap: false,
    },
  }),
);
