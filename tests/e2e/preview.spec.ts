/**
 * A readable preview (issue 10, item 8): full size on a click, page by page; a folded card as it
 * will be held; in view while writing; on Print and post too; and a piece too long for its card
 * shows where it stands, with the checklist saying so.
 */
import type { Page } from '@playwright/test';
import { answerGuide, expect, FIRST_PREVIEW_MS, prose, screenshot, test, typeInto } from './fixtures';

test.describe.configure({ timeout: 180_000 });

async function inView(page: Page, selector: string): Promise<boolean> {
  return page.locator(selector).evaluate((el) => {
    const r = el.getBoundingClientRect();
    return r.height > 0 && r.top < window.innerHeight && r.bottom > 0;
  });
}

test('full size, page by page, and a quarter-fold card as folded: front, inside, back', async ({ app }) => {
  const { page } = app;
  await answerGuide(page, { name: 'Sam', unanswered: 4 });
  await page.getByRole('button', { name: 'Write the friendship card' }).click();
  await typeInto(page, 'message', 'The lilacs outside the library are out again.');
  await expect.poll(async () => page.locator('.main-preview').getAttribute('data-pdf-text')).toContain('lilacs');

  await page.getByRole('button', { name: 'Printed card: open full size' }).click();
  const full = page.getByRole('dialog', { name: /Printed card/ });
  await expect(full).toBeVisible();
  // A card opens as it will be held: the front first, big enough to read.
  await expect(full.getByRole('radio', { name: 'As folded' })).toBeChecked();
  const front = full.getByRole('img', { name: 'Printed card, as folded: front' });
  await expect(front).toBeVisible();
  expect((await front.boundingBox())?.width ?? 0).toBeGreaterThan(300);
  await full.getByRole('button', { name: /Next side/ }).click();
  await expect(full.getByRole('img', { name: 'Printed card, as folded: inside' })).toBeVisible();
  await screenshot(page, 'preview-full-inside', { fullPage: false });
  await page.keyboard.press('ArrowRight');
  await expect(full.getByRole('img', { name: 'Printed card, as folded: back' })).toBeVisible();
  await expect(full.getByRole('button', { name: /Next side/ })).toBeDisabled();

  // As printed: the sheet itself, page by page.
  await full.getByRole('radio', { name: 'As printed' }).check();
  const sheet = full.getByRole('img', { name: 'Printed card, page 1 of 1' });
  await expect(sheet).toBeVisible();
  expect((await sheet.boundingBox())?.height ?? 0).toBeGreaterThan(500);
  await page.keyboard.press('Escape');
  await expect(full).toBeHidden();
});

test('the preview stays in view while writing, also with many notes, and is on Print and post', async ({ app }) => {
  const { page } = app;
  await answerGuide(page, { name: 'Kim', unanswered: 4 });
  await page.getByRole('button', { name: 'Write the friendship card' }).click();
  await typeInto(
    page,
    'message',
    'I need you. Please call me. You never listened. Write back soon! I miss you so much. Let us meet up, I beg you.',
  );
  await expect(page.locator('.issue').nth(4)).toBeVisible();
  // Down at the last field of the form, the preview is still on screen.
  // Asked again until it holds: the page may be mid-redraw (the typing above re-renders it) when the field
  // is reached, and a writer sees it a moment later; one that had scrolled away would never come back.
  await page.getByLabel('Back of the card').click();
  await page.getByLabel('Back of the card').scrollIntoViewIfNeeded();
  await expect.poll(() => inView(page, '.main-preview .pdf-page')).toBe(true);
  await prose(page, 'message').click();
  await expect.poll(() => inView(page, '.main-preview .pdf-page')).toBe(true);

  await page.getByRole('button', { name: 'Print and post…' }).click();
  await expect(page.locator('.main-preview')).toHaveAttribute('data-state', 'ready', { timeout: FIRST_PREVIEW_MS });
  await expect.poll(() => inView(page, '.main-preview .pdf-page')).toBe(true);
});

test('a card too long to print keeps its last preview, says by how much, and the checklist says so', async ({
  app,
}) => {
  const { page } = app;
  await answerGuide(page, { name: 'Ari', unanswered: 4 });
  await page.getByRole('button', { name: 'Write the friendship card' }).click();
  await typeInto(page, 'message', 'The lilacs outside the library are out again.');
  await expect.poll(async () => page.locator('.main-preview').getAttribute('data-pdf-text')).toContain('lilacs');
  await expect(page.locator('.check.ok', { hasText: 'Fits the card' })).toBeVisible();

  const long = Array.from({ length: 520 }, (_, i) => ['garden', 'river', 'morning', 'lilac'][i % 4]).join(' ');
  await typeInto(page, 'message', ` ${long}.`);
  const preview = page.locator('.main-preview');
  await expect(preview).toHaveAttribute('data-state', 'too-long', { timeout: 20_000 });
  await expect(preview.locator('.preview-problem')).toContainText(/too long for this card by (about )?\d+ words?/);
  await expect(preview.locator('.pdf-page')).toBeVisible();
  await expect(page.locator('.check.todo', { hasText: 'Fits the card' })).toContainText(/too long/);
  await expect(page.locator('.checklist h2')).not.toContainText('Yes');
  await screenshot(page, 'preview-too-long');
});
