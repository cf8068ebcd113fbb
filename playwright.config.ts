/**
 * End-to-end tests in a real Chromium against the browser build served on loopback. Debian's
 * /usr/bin/chromium is used by default; CHROMIUM_PATH points at another build (for example
 * Playwright's own browser on a developer's laptop).
 */
import { defineConfig } from '@playwright/test';
import { existsSync } from 'node:fs';

const PORT = Number(process.env['E2E_PORT'] ?? 5174);
const GATEWAY_PORT = Number(process.env['E2E_GATEWAY_PORT'] ?? 8795);
const chromiumPath = process.env['CHROMIUM_PATH'] ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);

export default defineConfig({
  testDir: 'test/e2e',
  outputDir: process.env['PW_OUTPUT_DIR'] ?? 'test-results',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${PORT}/`,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      ...(chromiumPath ? { executablePath: chromiumPath } : {}),
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--use-fake-device-for-media-stream',
        '--use-fake-ui-for-media-stream',
      ],
    },
  },
  projects: [
    { name: 'browser', testIgnore: /electron\// },
    { name: 'electron', testMatch: /electron\/.*\.spec\.ts/ },
  ],
  webServer: [
    {
      command: `npx vite preview --config vite.web.config.ts --host 127.0.0.1 --port ${PORT} --strictPort`,
      url: `http://127.0.0.1:${PORT}/`,
      reuseExistingServer: !process.env['CI'],
      timeout: 60_000,
    },
    {
      // The agency gateway on embedded PGlite with a known team (test/e2e/support/e2eGateway.ts).
      command: `npx tsx test/e2e/support/e2eGateway.ts`,
      url: `http://127.0.0.1:${GATEWAY_PORT}/api/v1/health`,
      env: { E2E_PORT: String(PORT), E2E_GATEWAY_PORT: String(GATEWAY_PORT) },
      reuseExistingServer: false,
      timeout: 120_000,
    },
  ],
});
