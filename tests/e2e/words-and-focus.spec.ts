/**
 * The guide's suggestion comes into view and takes focus (issue 10, item 7); the words of item 10;
 * the keyboard lands where the work starts (item 11); a file changed by another program is asked
 * about before anything is overwritten.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { answerGuide, expect, test, typeInto } from './fixtures';

test.describe.configure({ timeout: 180_000 });

/** What has the keyboard, looking through shadow roots (the prose editors live in one). */
function focused(page: Page): Promise<string> {
  return page.evaluate(() => {
    let el = document.activeElement as HTMLElement | null;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement as HTMLElement;
    if (!el || el === document.body) return 'body';
    const label = el.id ? document.querySelector(`label[for="${el.id}"]`)?.textContent : null;
    const name = label ?? el.getAttribute('aria-label') ?? el.textContent?.trim().slice(0, 60) ?? '';
    return `${el.tagName.toLowerCase()}:${name}`;
  });
}

for (const viewport of [
  { width: 800, height: 600 },
  { width: 1360, height: 900 },
]) {
  test.describe(`at ${viewport.width}x${viewport.height}`, () => {
    test.use({ appOptions: { viewport } });
    test('the guide’s suggestion scrolls into view and takes focus', async ({ app }) => {
      const { page } = app;
      await answerGuide(page, { name: 'Sam', unanswered: 4 });
      const heading = page.getByRole('heading', { name: 'The guide suggests: Friendship card' });
      await expect(heading).toBeFocused();
      const box = await heading.boundingBox();
      // At the top of the window, with the reasons below it in view, not peeking in at the bottom.
      expect(box && box.y >= 0 && box.y < viewport.height * 0.25).toBe(true);
      await expect(page.getByRole('heading', { name: 'Why' })).toBeInViewport();
    });
  });
}

test('the words: pronouns, days, an empty file, step titles, the chosen piece, an untouched draft', async ({ app }) => {
  const { page, main } = app;
  // "for both of him to enjoy"
  await page.getByRole('button', { name: 'New draft' }).click();
  await page.getByLabel('Who is it to?').fill('Sam');
  await page.getByRole('radio', { name: 'he / him' }).check();
  await page.getByRole('radio', { name: 'They are in a new relationship and happy' }).check();
  await page.getByRole('button', { name: 'What does the guide suggest?' }).click();
  const rec = page.locator('.recommendation');
  await expect(rec).toContainText('the passes are for him and his partner to enjoy');
  await expect(rec).not.toContainText('both of him');
  // "Step 4 Step 4:"
  await expect(rec.locator('.step-line')).toHaveText(/^Step 4 Respect a new relationship/);
  await expect(rec.locator('.step-line')).not.toContainText('Step 4:');

  // The heading follows the piece the writer chooses.
  await page.getByRole('button', { name: 'Choose another piece' }).click();
  await page.getByRole('button', { name: 'Friendship card' }).click();
  await expect(page.getByRole('heading', { name: 'You chose: Friendship card' })).toBeVisible();
  await expect(rec.locator('.step-line')).toContainText('the guide suggests: Note with movie passes');

  // An untouched new draft has nothing unsaved, and leaving it asks nothing.
  await page.getByRole('button', { name: 'Write the friendship card' }).click();
  await expect(page.getByRole('heading', { name: 'Card to Sam' })).toBeVisible();
  await expect(page.locator('.editor-head')).toContainText('new, not saved yet');
  await expect(page.locator('.editor-head')).not.toContainText('unsaved changes');
  await page.getByRole('button', { name: 'Olive Branch, go to home' }).click();
  await expect(page.getByRole('button', { name: 'Continue: Card to Sam' })).toBeVisible();
  await page.getByRole('button', { name: 'New draft' }).click();
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(page.getByRole('heading', { name: 'Start a new piece' })).toBeVisible();

  // "it is not valid JSON" for an empty file.
  await page.getByRole('button', { name: 'Cancel' }).click();
  mkdirSync(main.paths.documents, { recursive: true });
  const empty = join(main.paths.documents, 'empty.olive');
  writeFileSync(empty, '');
  main.answerDialogs(empty);
  await page.getByRole('button', { name: 'Open…' }).click();
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('Could not open “empty.olive”: This file is empty: it holds no draft.');
  await expect(alert).not.toContainText('JSON');
});

test('"went out today", never "0 days ago"; the home screen lists a draft once', async ({ app }) => {
  const { page } = app;
  await answerGuide(page, { name: 'Tess', unanswered: 4 });
  await page.getByRole('button', { name: 'Write the friendship card' }).click();
  await typeInto(page, 'message', 'The river walk is lovely this time of year.');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved to' })).toBeVisible();
  await page.getByRole('button', { name: 'Print and post…' }).click();
  await page.getByRole('button', { name: 'Print…', exact: true }).click();
  // Printed first, so the last step has nothing to ask before marking it as mailed.
  await expect.poll(() => app.main.record.printed.length).toBe(1);
  await page.getByRole('button', { name: 'Mark as mailed' }).click();
  await page.getByRole('button', { name: 'Start a new draft…' }).click();
  const wait = page.getByRole('dialog', { name: 'You are still in the waiting period' });
  await expect(wait).toContainText('went out today.');
  await expect(wait).not.toContainText('0 days');
  await wait.getByRole('button', { name: 'Keep waiting' }).click();

  // Unsaved words left after a reload, and the same file opened again: one row says it all.
  await page.getByRole('button', { name: 'Write', exact: true }).click();
  await typeInto(page, 'message', ' The herons are back.');
  await page.waitForTimeout(2100);
  await page.reload();
  await page.getByRole('button', { name: 'Open Card to Tess' }).click();
  await page.getByRole('button', { name: 'Back to home' }).click();
  const rows = page.locator('table.recent tbody tr', { hasText: 'Card to Tess' });
  await expect(rows).toHaveCount(1);
  await expect(rows).toContainText('open now');
  await expect(rows).toContainText('unsaved words from last time');
  await expect(rows.getByRole('button', { name: 'Restore the unsaved words of Card to Tess' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Unsaved words from last time' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: /^Continue: Card to Tess/ })).toHaveCount(0);
});

test('keyboard: a new draft starts at its first question, the desk at its heading', async ({ app }) => {
  const { page } = app;
  await page.getByRole('button', { name: 'New draft' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Start a new piece' })).toBeVisible();
  expect(await focused(page)).toBe('input:Who is it to?');
  await page.keyboard.type('Ari');
  await page.getByLabel('How many of your texts, emails or calls have gone unanswered?').fill('4');
  await page.getByRole('button', { name: 'What does the guide suggest?' }).press('Enter');
  await page.getByRole('button', { name: 'Write the friendship card' }).press('Enter');
  await expect(page.getByRole('heading', { name: 'Card to Ari' })).toBeFocused();
  expect(await focused(page)).not.toBe('body');
});

test('a draft another program changed is not overwritten without asking', async ({ app }) => {
  const { page } = app;
  await answerGuide(page, { name: 'Lou', unanswered: 4 });
  await page.getByRole('button', { name: 'Write the friendship card' }).click();
  await typeInto(page, 'message', 'The bakery reopened.');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  const saved = page.getByRole('status').filter({ hasText: 'Saved to' });
  await expect(saved).toBeVisible();
  const path = ((await saved.textContent()) ?? '')
    .replace(/^.*Saved to /, '')
    .replace(/Dismiss$/, '')
    .trim();
  const theirs = readFileSync(path, 'utf8').replace('The bakery reopened.', 'Edited elsewhere.');
  writeFileSync(path, theirs);

  await typeInto(page, 'message', ' The herons are back.');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  const ask = page.getByRole('dialog', { name: '“Card to Lou.olive” changed on disk' });
  await expect(ask).toBeVisible();
  expect(readFileSync(path, 'utf8')).toContain('Edited elsewhere.');
  await ask.getByRole('button', { name: 'Overwrite the file' }).click();
  await expect.poll(() => readFileSync(path, 'utf8')).toContain('The herons are back.');
});
