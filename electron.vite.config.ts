/**
 * electron-vite builds three bundles from one config: main, preload and renderer (electron-vite's
 * layout). Main and preload bundle their dependencies so the packaged app needs no node_modules.
 */
import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import { rendererViteConfig } from './vite.shared.ts';

const root = import.meta.dirname;
const alias = { '@shared': resolve(root, 'shared') };

export default defineConfig({
  main: {
    resolve: { alias },
    build: {
      externalizeDeps: false,
      rollupOptions: { input: { index: resolve(root, 'main/src/index.ts') } },
    },
  },
  preload: {
    resolve: { alias },
    build: {
      externalizeDeps: false,
      rollupOptions: {
        input: { index: resolve(root, 'main/preload/index.ts') },
        // A sandboxed preload cannot load ES modules or sibling chunks: one CommonJS file.
        output: { format: 'cjs', entryFileNames: '[name].cjs', inlineDynamicImports: true },
      },
    },
  },
  renderer: {
    ...rendererViteConfig(),
    build: {
      ...rendererViteConfig().build,
      outDir: resolve(root, 'out/renderer'),
      rollupOptions: {
        ...rendererViteConfig().build?.rollupOptions,
        input: { index: resolve(root, 'renderer/index.html') },
      },
    },
  },
});
