/**
 * Unit and integration tests. Two projects: `node` for everything that is not a React component
 * (Dexie runs on fake-indexeddb here; Blobs survive only in the node environment, see ENVIRONMENT.md),
 * `dom` (happy-dom) for components, and `integration` for the agency gateway against a throwaway
 * PostgreSQL cluster and PGlite (its global setup starts and stops the cluster, only for these files).
 */
import { resolve } from 'node:path';
import { defineConfig } from 'vitest/config';

const alias = {
  '@shared': resolve(import.meta.dirname, 'shared'),
  '@renderer': resolve(import.meta.dirname, 'renderer/src'),
};

export default defineConfig({
  define: { __APP_VERSION__: JSON.stringify('test') },
  test: {
    projects: [
      {
        resolve: { alias },
        define: { __APP_VERSION__: JSON.stringify('test') },
        test: {
          name: 'node',
          environment: 'node',
          include: ['test/unit/**/*.test.ts', 'test/integration/**/*.test.ts'],
          exclude: ['test/integration/server/**', '**/node_modules/**'],
          setupFiles: ['test/support/setup-node.ts'],
        },
      },
      {
        resolve: { alias },
        define: { __APP_VERSION__: JSON.stringify('test') },
        test: {
          name: 'integration',
          environment: 'node',
          include: ['test/integration/server/**/*.test.ts'],
          globalSetup: ['test/integration/server/postgresGlobalSetup.ts'],
          // Opening PGlite (PostgreSQL in WASM) takes seconds on a busy 2-core machine.
          testTimeout: 60_000,
          hookTimeout: 180_000,
        },
      },
      {
        resolve: { alias },
        define: { __APP_VERSION__: JSON.stringify('test') },
        test: {
          name: 'dom',
          environment: 'happy-dom',
          include: ['test/unit/**/*.test.tsx'],
          setupFiles: ['test/unit/setup-dom.ts'],
        },
      },
    ],
  },
});
