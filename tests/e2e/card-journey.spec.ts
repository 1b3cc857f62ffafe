/**
 * The main journey: guide -> friendship card -> a needy line -> underline and panel entry -> quick
 * fix -> preview follows -> PDF exported (on disk, parses, has the words) -> mailed -> waiting.
 */
import { existsSync, readFileSync } from 'node:fs';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { answerGuide, expect, FIRST_PREVIEW_MS, previewText, prose, screenshot, test, typeInto } from './fixtures';

async function pdfText(path: string): Promise<{ pages: number; text: string }> {
  const pdf = await getDocument({
    data: new Uint8Array(readFileSync(path)),
    isEvalSupported: false,
    useSystemFonts: false,
  }).promise;
  let text = '';
  for (let n = 1; n <= pdf.numPages; n++) {
    const content = await (await pdf.getPage(n)).getTextContent();
    text += content.items.map((item) => ('str' in item ? item.str : '')).join(' ') + '\n';
  }
  const pages = pdf.numPages;
  await pdf.destroy();
  return { pages, text };
}

const normal = (s: string) => s.replace(/\s+/g, ' ');

test('guide to a friendship card, a needy line fixed, exported, mailed, then waiting', async ({ app }) => {
  test.setTimeout(180_000);
  const { page } = app;
  await expect(page.getByRole('heading', { name: /Reach out kindly/ })).toBeVisible();
  await screenshot(page, 'home-empty');

  // Four unanswered messages: the guide skips digital contact and suggests a friendship card.
  await answerGuide(page, {
    name: 'Sam',
    pronouns: 'he / him',
    unanswered: 4,
    heard: 'unknown',
    want: 'Friendship',
    sender: 'Alex',
  });
  const suggestion = page.getByRole('heading', { name: 'The guide suggests: Friendship card' });
  await expect(suggestion).toBeVisible();
  await expect(page.getByText('4 texts, emails or calls already went unanswered')).toBeVisible();
  await expect(page.locator('.recommendation').getByText('Step 2', { exact: true }).first()).toBeVisible();
  await screenshot(page, 'guide');

  // Another piece can still be chosen, and its caution is shown.
  await page.getByRole('button', { name: 'Choose another piece' }).click();
  await page.getByRole('button', { name: 'Quick message' }).click();
  await expect(page.locator('.caution')).toContainText('already went unanswered');
  await screenshot(page, 'guide-other-piece');
  await page.getByRole('button', { name: /Back to the suggestion/ }).click();

  await page.getByRole('radio', { name: /Thinking of you/ }).check();
  await page.getByRole('button', { name: 'Write the friendship card' }).click();
  await expect(page.getByRole('heading', { name: 'Card to Sam' })).toBeVisible();
  await expect(page.locator('.main-preview')).toHaveAttribute('data-state', 'ready', { timeout: FIRST_PREVIEW_MS });

  // A calm line first, then a needy one.
  await typeInto(page, 'message', 'The lilacs outside the library are out again. ');
  await expect(page.locator('.issue-group')).toHaveCount(0);
  await typeInto(page, 'message', 'I need you back in my life.');

  const underline = prose(page, 'message').locator('.cm-lintRange.ob-mark-needy');
  await expect(underline).toBeVisible();
  await expect(underline).toContainText('need you');
  const entry = page.locator('.issue-group[data-category="needy"] .issue').first();
  await expect(entry).toBeVisible();
  await expect(entry.locator('.step-badge')).toContainText('Step');
  await expect(page.getByRole('heading', { name: /Ready to mail\?/ })).not.toContainText('Yes');

  // The preview shows the needy words before the fix...
  await expect.poll(async () => normal(await previewText(page))).toContain('need you back');
  await screenshot(page, 'editor-needy-line');

  // The tooltip on the underline carries the message, the step and the quick fix.
  await underline.hover();
  const tooltip = page.locator('.cm-tooltip-lint');
  await expect(tooltip).toBeVisible();
  await expect(tooltip.locator('.step-badge')).toContainText('Step');
  await screenshot(page, 'editor-tooltip');

  // ...and not after it.
  const fix = entry.locator('button.fix').first();
  await expect(fix).toBeVisible();
  await fix.click();
  await expect(prose(page, 'message').locator('.cm-lintRange.ob-mark-needy')).toHaveCount(0);
  await expect(page.locator('.issue-group[data-category="needy"]')).toHaveCount(0);
  await expect(prose(page, 'message')).not.toContainText('I need you back');
  await expect.poll(async () => normal(await previewText(page)), { timeout: 3000 }).not.toContain('need you back');
  await expect.poll(async () => normal(await previewText(page))).toContain('lilacs outside the library');
  await expect(page.locator('.intent')).toContainText('Reads as:');

  // Switch paper and fold: the preview follows.
  await page.getByRole('radio', { name: 'A4' }).check();
  await page.getByRole('radio', { name: 'Half-fold card' }).check();
  await page.getByRole('checkbox', { name: 'Show envelope' }).check();
  await expect(page.locator('.envelope-preview')).toHaveAttribute('data-state', 'ready', { timeout: FIRST_PREVIEW_MS });
  await expect(page.locator('.main-preview')).toHaveAttribute('data-state', 'ready', { timeout: FIRST_PREVIEW_MS });
  await screenshot(page, 'editor-preview-envelope');
  await page.getByRole('radio', { name: 'US Letter' }).check();
  await page.getByRole('radio', { name: 'Quarter-fold card' }).check();

  // Export: the save dialog's default path is taken by the harness.
  await page.getByRole('button', { name: 'Print and post…' }).click();
  await expect(page.getByRole('heading', { name: 'Print and post' })).toBeVisible();
  await expect(page.getByText('actual size')).toBeVisible();
  await page.getByRole('button', { name: 'Save PDF…' }).click();
  const saved = page.locator('.exported-item code').first();
  await expect(saved).toBeVisible();
  const pdfPath = (await saved.textContent()) ?? '';
  expect(existsSync(pdfPath)).toBe(true);
  const pdf = await pdfText(pdfPath);
  expect(pdf.pages).toBeGreaterThanOrEqual(1);
  expect(normal(pdf.text)).toContain('lilacs outside the library');
  expect(normal(pdf.text)).not.toContain('need you back');
  await page.getByRole('button', { name: 'Print…', exact: true }).click();
  await expect.poll(() => app.main.record.printed.length).toBe(1);
  await screenshot(page, 'export');

  // It was printed, but never saved to a file: marking it mailed asks first, and saving keeps the date.
  await page.getByRole('button', { name: 'Mark as mailed' }).click();
  const ask = page.getByRole('dialog', { name: 'Before you mark it as mailed' });
  await expect(ask).toContainText('not saved to a file yet');
  await expect(ask).not.toContainText('not printed');
  await ask.getByRole('button', { name: 'Save, then mark as mailed' }).click();
  await expect(page.getByRole('heading', { name: 'Now, let it be.' })).toBeVisible();
  await expect(page.locator('.days-number')).toHaveText('0');
  await expect(page.getByText(/do not call or text to ask whether it arrived/i).first()).toBeVisible();
  await expect(page.locator('table.log')).toContainText('Post');
  await screenshot(page, 'waiting');

  // Starting a new draft during the waiting period gets a gentle word first.
  await page.getByRole('button', { name: 'Start a new draft…' }).click();
  const dialog = page.getByRole('dialog', { name: 'You are still in the waiting period' });
  await expect(dialog).toBeVisible();
  await screenshot(page, 'waiting-warning');
  await dialog.getByRole('button', { name: 'Keep waiting' }).click();
  await expect(dialog).toBeHidden();

  // Home lists the draft as mailed.
  await page.getByRole('button', { name: 'Back to home' }).click();
  const row = page.locator('table.recent tbody tr').first();
  await expect(row).toContainText('Card to Sam');
  await expect(row).toContainText('Mailed');
  await screenshot(page, 'home-recent');

  // Listed once: the open draft's own row takes the writer back to its waiting screen.
  await expect(page.getByRole('button', { name: /Card to Sam/ })).toHaveCount(2); // its row's button, and Delete
  await expect(row).toContainText('open now');
  await row.getByRole('button', { name: 'Back to waiting: Card to Sam' }).click();
  await expect(page.getByRole('heading', { name: 'Now, let it be.' })).toBeVisible();
  await page.getByRole('button', { name: 'Back to home' }).click();

  // The same person again from the guide: the waiting-period warning comes before any suggestion.
  await answerGuide(page, { name: 'sam', unanswered: 4 });
  await expect(page.getByRole('dialog', { name: /waiting period with sam/i })).toBeVisible();
  await page.getByRole('button', { name: 'Go back home' }).click();
  await expect(page.getByRole('heading', { name: /Reach out kindly/ })).toBeVisible();

  expect(app.errors).toEqual([]);
});
