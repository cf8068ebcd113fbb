/**
 * The bench's own copy of the browser build (dist/bench-web, or BENCH_WEB_DIR), so a concurrent
 * `npm run build` cannot remove what the bench is serving. The same config as vite.web.config.ts with
 * only the output folder changed: given on the command line, Vite would resolve it against the
 * renderer root instead of the repository.
 */
import { resolve } from 'node:path';
import { defineConfig, mergeConfig } from 'vite';
import webConfig from '../../vite.web.config';

const root = resolve(import.meta.dirname, '../..');

export default defineConfig(
  mergeConfig(webConfig, {
    build: { outDir: resolve(root, process.env['BENCH_WEB_DIR'] ?? 'dist/bench-web'), emptyOutDir: true },
  }),
);
