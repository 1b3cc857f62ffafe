/**
 * The desk served the way Electron serves it: every file through the app:// handler
 * (src/main/app-protocol.ts) with its real headers, the Content-Security-Policy header included.
 * Chromium cannot navigate to app:// itself, so the harness origin's requests are answered by the
 * handler under the matching app:// URL.
 */
import { CONTENT_SECURITY_POLICY } from '../../src/main/security-policy';
import { createAppProtocolHandler } from '../../src/main/app-protocol';
import { APP_ORIGIN, RENDERER_DIR } from './harness';
import { answerGuide, expect, previewText, test } from './fixtures';

test('the desk runs under the CSP header app:// sends: editor, pdf.js preview and worker, fonts', async ({ app }) => {
  const { page, context, errors } = app;
  const handler = createAppProtocolHandler(RENDERER_DIR, CONTENT_SECURITY_POLICY);
  const headersSeen: (string | null)[] = [];
  // Registered after the harness's own route, so it answers first.
  await context.route(`${APP_ORIGIN}/**`, async (route) => {
    const url = new URL(route.request().url());
    const response = await handler(
      new Request(`app://olive${url.pathname}${url.search}`, { method: route.request().method() }),
    );
    if (url.pathname.endsWith('.html') || url.pathname === '/')
      headersSeen.push(response.headers.get('content-security-policy'));
    await route.fulfill({
      status: response.status,
      headers: Object.fromEntries(response.headers),
      body: Buffer.from(await response.arrayBuffer()),
    });
  });
  await page.reload();
  expect(headersSeen).toEqual([CONTENT_SECURITY_POLICY]);

  await answerGuide(page, { name: 'Sam', unanswered: 1 });
  await page.getByRole('button', { name: 'Write the friendship card' }).click();
  await expect(page.locator('.main-preview')).toHaveAttribute('data-state', 'ready');
  expect(await previewText(page)).toMatch(/Sam/);
  expect(errors.filter((e) => /Content Security Policy|Refused to/i.test(e))).toEqual([]);
});
