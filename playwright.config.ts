import { defineConfig } from '@playwright/test';
import { findChromium } from './tests/e2e/chromium';

const browser = findChromium();
if ('error' in browser) {
  process.stderr.write(`${browser.error}\n`);
  process.exit(1);
}

/**
 * End-to-end tests: the desk in Debian's Chromium through tests/e2e/harness.ts, and the packaged
 * Electron app where its binary exists (tests/e2e/electron.spec.ts skips otherwise). No browser is
 * downloaded: tests/e2e/chromium.ts finds one (PLAYWRIGHT_CHROMIUM_PATH, Playwright's own, an installed
 * Chrome or Chromium, /usr/bin/chromium) or says in one line how to get one.
 */
export default defineConfig({
  testDir: 'tests/e2e',
  globalSetup: './tests/e2e/global-setup.ts',
  workers: 2,
  fullyParallel: false,
  reporter: 'list',
  timeout: 60_000,
  // A clean CI machine with two browsers on two cores is several times slower than a desk.
  expect: { timeout: 20_000 },
  outputDir: 'test-results',
  use: {
    browserName: 'chromium',
    launchOptions: {
      executablePath: browser.path,
    },
    // A trace snapshots the page at every step, which costs the most CPU per keystroke in these tests.
    // CI prints each failure's page and error, and its traces could not be fetched: there none are taken.
    trace: process.env.CI ? 'off' : 'retain-on-failure',
  },
});
