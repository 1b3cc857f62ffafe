/** Shared pieces of the desk's journeys: a launched app per test, and steps several journeys take. */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { test as base, expect, type Page } from '@playwright/test';
import { launchApp, type LaunchedApp, type LaunchOptions } from './harness';

/**
 * Journeys photograph every screen into test-results/screenshots; `npm run screenshots` points
 * them at docs/screenshots (OLIVE_SCREENSHOTS) to refresh the README's pictures on purpose.
 */
export const SCREENSHOTS = process.env.OLIVE_SCREENSHOTS
  ? resolve(process.env.OLIVE_SCREENSHOTS)
  : resolve(import.meta.dirname, '../../test-results/screenshots');

export const test = base.extend<{ app: LaunchedApp; appOptions: Partial<LaunchOptions> }>({
  appOptions: [{}, { option: true }],
  app: async ({ appOptions }, use, testInfo) => {
    const app = await launchApp({ dataDir: testInfo.outputPath('data'), ...appOptions });
    await use(app);
    // No journey may reach outside the app, whatever else it checks.
    expect(app.blocked, 'requests that left the app').toEqual([]);
    await app.close();
  },
});
export { expect };

/**
 * A fresh page's first preview waits for main's PDF worker, pdf.js and the linter's language
 * model loading beside it: on a busy two-core machine that can take longer than one expect.
 */
export const FIRST_PREVIEW_MS = 30_000;

/** The whole page, or (`fullPage: false`) just the window, as the writer sees it. */
export async function screenshot(page: Page, name: string, options: { fullPage?: boolean } = {}): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const fullPage = options.fullPage ?? true;
  // From the top, so columns that stay in view while scrolling sit where they start.
  if (fullPage) await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: resolve(SCREENSHOTS, `${name}.png`), fullPage });
}

export interface GuideAnswers {
  name: string;
  pronouns?: 'he / him' | 'she / her' | 'they / them';
  unanswered?: number;
  heard?: 'unknown' | 'new-relationship' | 'still-hurt';
  want?: 'Friendship' | 'Romance';
  sender?: string;
}

const HEARD_TEXT = {
  unknown: 'I have not heard anything yet',
  'new-relationship': 'They are in a new relationship and happy',
  'still-hurt': 'They are still hurt and do not want to talk',
} as const;

/** From home: New draft, answer the guide, ask for its suggestion. */
export async function answerGuide(page: Page, answers: GuideAnswers): Promise<void> {
  await page.getByRole('button', { name: 'New draft' }).click();
  await expect(page.getByRole('heading', { name: 'Start a new piece' })).toBeVisible();
  await page.getByLabel('Who is it to?').fill(answers.name);
  await page.getByRole('radio', { name: answers.pronouns ?? 'they / them' }).check();
  await page
    .getByLabel('How many of your texts, emails or calls have gone unanswered?')
    .fill(String(answers.unanswered ?? 0));
  await page.getByRole('radio', { name: HEARD_TEXT[answers.heard ?? 'unknown'] }).check();
  await page.getByRole('radio', { name: answers.want ?? 'Friendship', exact: true }).check();
  await page.getByLabel('Your name, as you sign').fill(answers.sender ?? 'Alex');
  await page.getByRole('button', { name: 'What does the guide suggest?' }).click();
}

/** The prose editor of one template field. */
export function prose(page: Page, field: string) {
  return page.locator(`.prose[data-field="${field}"] .cm-content`);
}

/**
 * Types into a prose field at its end, like a writer would. Long text arrives as one paste with
 * its last words typed key by key (the lint runs on each), which keeps journeys quick.
 */
export async function typeInto(page: Page, field: string, text: string): Promise<void> {
  const editor = prose(page, field);
  await editor.click();
  await page.keyboard.press('Control+End');
  const typed = Math.min(text.length, 24);
  if (text.length > typed) await page.keyboard.insertText(text.slice(0, text.length - typed));
  await page.keyboard.type(text.slice(text.length - typed));
}

/** Text of the last PDF the preview drew (pdf.js text content). */
export async function previewText(page: Page, selector = '.main-preview'): Promise<string> {
  return (await page.locator(selector).getAttribute('data-pdf-text')) ?? '';
}
