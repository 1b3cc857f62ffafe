/**
 * Waiting that follows the guide (issue 10, item 9): contact that breaks a step gets one kind
 * sentence; "they reached out" turns the advice to answering; what mutual friends said can be
 * recorded at any time, and moves the guide to step 4 or 5.
 */
import type { Page } from '@playwright/test';
import type { LaunchedApp } from './harness';
import { answerGuide, expect, screenshot, test, typeInto } from './fixtures';

test.describe.configure({ timeout: 180_000 });

/** A card to Sam (he/him), saved, printed and marked as mailed today: the waiting screen. */
async function mailCard({ page, main }: LaunchedApp): Promise<void> {
  await answerGuide(page, { name: 'Sam', pronouns: 'he / him', unanswered: 4 });
  await page.getByRole('button', { name: 'Write the friendship card' }).click();
  await typeInto(page, 'message', 'The lilacs outside the library are out again.');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved to' })).toBeVisible();
  await page.getByRole('button', { name: 'Print and post…' }).click();
  await page.getByRole('button', { name: 'Print…', exact: true }).click();
  // Printed first, so the last step has nothing to ask before marking it as mailed.
  await expect.poll(() => main.record.printed.length).toBe(1);
  await page.getByRole('button', { name: 'Mark as mailed' }).click();
  await expect(page.getByRole('heading', { name: 'Now, let it be.' })).toBeVisible();
}

async function log(page: Page, direction: 'Sam reached out' | 'I reached out', how: string, note = ''): Promise<void> {
  await page.getByLabel('What happened').selectOption({ label: direction });
  await page.getByLabel('How', { exact: true }).selectOption({ label: how });
  await page.getByLabel('Note (optional)').fill(note);
  await page.getByRole('button', { name: 'Add', exact: true }).click();
}

test('texting to ask whether the card arrived gets one kind word (step 2)', async ({ app }) => {
  const { page } = app;
  await mailCard(app);
  const advice = page.getByRole('region', { name: 'The guide’s advice' });
  await expect(advice.getByRole('note')).toHaveCount(0);
  await log(page, 'I reached out', 'Text', 'texted to ask if the card arrived');
  await expect(advice.getByRole('note')).toHaveText(
    'Step 2 Asking whether your card arrived puts him on the spot. It is done now; from here, let the card ' +
      'speak for itself.',
  );
});

test('when they reach out, the advice turns to answering warmly', async ({ app }) => {
  const { page } = app;
  await mailCard(app);
  await log(page, 'Sam reached out', 'Text', 'thanks for the card');
  await expect(page.getByRole('heading', { name: 'Sam reached out.' })).toBeVisible();
  const advice = page.getByRole('region', { name: 'The guide’s advice' });
  await expect(advice).toContainText('Answer them, warmly and simply');
  await expect(advice).toContainText('He reached out today.');
  await expect(advice).toContainText('let him set how much');
});

test('what mutual friends said, recorded while waiting, moves the guide to step 4 or 5', async ({ app }) => {
  const { page } = app;
  await mailCard(app);
  const advice = page.getByRole('region', { name: 'The guide’s advice' });
  await expect(advice.locator('.step-line')).toContainText('Step 2');

  const news = page.getByRole('region', { name: 'What mutual friends said' });
  await news.getByRole('radio', { name: 'They are in a new relationship and happy' }).check();
  await news.getByLabel(/partner’s name/).fill('Chris');
  await news.getByRole('button', { name: 'Record what they said' }).click();
  await expect(news.getByRole('status')).toContainText('Recorded');
  await expect(advice.locator('.step-line')).toHaveText('Step 4 Note with movie passes');
  await expect(advice).toContainText('Post the note after about 30 more days');
  await expect(advice).toContainText('for him and his partner to enjoy');
  for (const dismiss of await page.getByRole('button', { name: 'Dismiss' }).all()) await dismiss.click();
  await screenshot(page, 'waiting-friends-news', { fullPage: false });

  await news.getByRole('radio', { name: 'They are still hurt and do not want to talk' }).check();
  await news.getByRole('button', { name: 'Record what they said' }).click();
  await expect(advice.locator('.step-line')).toHaveText('Step 5 Heartfelt letter');

  // The news is kept with the draft, and the next piece starts from it.
  await advice.getByRole('button', { name: /Write the heartfelt letter/ }).click();
  await expect(page.getByRole('heading', { name: 'Letter to Sam' })).toBeVisible();
});
