/**
 * `npm run dev` as a contributor sees it: the renderer from Vite's dev server (the project's own
 * electron.vite.config.ts), with the CSP header main adds in development (cspHeaderFor). Vite's
 * inline React-refresh preamble, its injected styles and its HMR socket must all be allowed.
 * Electron itself is not needed for this part; the app's own pages are covered by the journeys.
 */
import { createServer as createNetServer } from 'node:net';
import { chromium, type Browser } from '@playwright/test';
import { createServer, type ViteDevServer } from 'vite';
import config from '../../electron.vite.config';
import { cspHeaderFor, isAllowedNavigation } from '../../src/main/security-policy';
import { expect, test } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumPath } from './chromium';

let server: ViteDevServer;
let browser: Browser;
let devUrl: string;

/** A free port: Vite's HMR client is told the configured port, so it cannot be 0. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createNetServer().listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

test.beforeAll(async () => {
  const renderer = typeof config === 'function' ? undefined : config.renderer;
  if (!renderer || typeof renderer === 'function') throw new Error('electron.vite.config.ts has no renderer section');
  server = await createServer({
    ...renderer,
    configFile: false,
    logLevel: 'silent',
    server: { host: '127.0.0.1', port: await freePort(), strictPort: true },
  });
  await server.listen();
  devUrl = server.resolvedUrls?.local[0] ?? '';
  browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
  // A fresh clone has no pre-bundled dependencies: Vite finds them on the first page load and may
  // restart its optimizer mid-load, dropping connections. One load first, as a contributor's
  // second `npm run dev` would find them.
  const warm = await browser.newPage();
  await warm.goto(devUrl, { waitUntil: 'networkidle', timeout: 60_000 }).catch(() => undefined);
  await warm.close();
});

test.afterAll(async () => {
  await browser?.close();
  await server?.close();
});

test('the dev server page runs under the dev CSP: preamble, injected styles and HMR socket allowed', async () => {
  // In development every module arrives on its own through the route below; on a busy two-core CI
  // machine the app's module graph took over 20 s to reach its styles.
  test.slow();
  const devServer = new URL(devUrl).origin;
  const context = await browser.newContext();
  // As main's onHeadersReceived does in development: the dev CSP on the dev server's responses only.
  await context.route(`${devServer}/**`, async (route) => {
    // A connection Vite drops while re-optimizing fails like it would in the app; Vite then reloads.
    const response = await route.fetch().catch(() => null);
    if (!response) {
      await route.abort().catch(() => undefined);
      return;
    }
    const csp = cspHeaderFor(route.request().url(), devServer);
    await route.fulfill({
      response,
      headers: { ...response.headers(), ...(csp ? { 'content-security-policy': csp } : {}) },
    });
  });
  await context.addInitScript(() => {
    const seen: string[] = [];
    Object.defineProperty(window, '__violations', { value: seen });
    document.addEventListener('securitypolicyviolation', (event) =>
      seen.push(`${event.violatedDirective} ${event.blockedURI}`),
    );
  });
  const page = await context.newPage();
  const cspErrors: string[] = [];
  const sockets: string[] = [];
  page.on('websocket', (socket) => sockets.push(socket.url()));
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) cspErrors.push(message.text());
  });
  await page.goto(devUrl);
  // The React-refresh preamble is an inline script Vite adds to index.html.
  await expect
    .poll(() => page.evaluate(() => typeof (window as unknown as { $RefreshReg$?: unknown }).$RefreshReg$))
    .toBe('function');
  // Vite injects the app's CSS as <style> elements in development.
  await expect
    .poll(() => page.evaluate(() => document.querySelectorAll('style[data-vite-dev-id]').length), {
      timeout: 90_000,
    })
    .toBeGreaterThan(0);
  // The HMR client opened its websocket, and nothing was refused.
  await expect.poll(() => sockets.length).toBeGreaterThan(0);
  await expect
    .poll(() => page.evaluate(() => (window as unknown as { __violations: string[] }).__violations))
    .toEqual([]);
  expect(cspErrors).toEqual([]);
  // The meta tag carries the dev policy (the header and the tag are enforced together).
  expect(await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content')).toContain(
    "'unsafe-inline'",
  );
  // Vite's full reload is a navigation to its own page: allowed in development, nothing else is.
  expect(isAllowedNavigation(devUrl, devServer)).toBe(true);
  expect(isAllowedNavigation('https://example.com/', devServer)).toBe(false);
  await context.close();
});
