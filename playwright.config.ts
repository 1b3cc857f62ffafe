import { defineConfig } from '@playwright/test';

/**
 * End-to-end tests: the desk in Debian's Chromium through tests/e2e/harness.ts, and the packaged
 * Electron app where its binary exists (tests/e2e/electron.spec.ts skips otherwise). No browser is
 * downloaded: Chromium comes from /usr/bin/chromium (PLAYWRIGHT_CHROMIUM_PATH overrides).
 */
export default defineConfig({
  testDir: 'tests/e2e',
  globalSetup: './tests/e2e/global-setup.ts',
  workers: 2,
  fullyParallel: false,
  reporter: 'list',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  outputDir: 'test-results',
  use: {
    browserName: 'chromium',
    launchOptions: {
      executablePath: process.env.PLAYWRIGHT_CHROMIUM_PATH ?? '/usr/bin/chromium',
    },
    trace: 'retain-on-failure',
  },
});
