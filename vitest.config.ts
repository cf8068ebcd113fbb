/**
 * Unit and integration tests. Two projects: `node` for everything that is not a React component
 * (Dexie runs on fake-indexeddb here; Blobs survive only in the node environment, see ENVIRONMENT.md),
 * and `dom` (happy-dom) for components.
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
          setupFiles: ['test/support/setup-node.ts'],
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
