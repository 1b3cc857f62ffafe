/**
 * The last step is deliberate (issue 10, item 2): Print and post and Mark as mailed show what is
 * still open, with the preview, and go on only on an explicit "Send it as it is"; mailing a piece
 * that is unsaved or never printed asks first.
 */
import { existsSync } from 'node:fs';
import { answerGuide, expect, FIRST_PREVIEW_MS, screenshot, test, typeInto } from './fixtures';

test.describe.configure({ timeout: 180_000 });

test('a card that still asks is not saved to PDF without a word', async ({ app }) => {
  const { page } = app;
  await answerGuide(page, { name: 'Sam', unanswered: 4 });
  await page.getByRole('button', { name: 'Write the friendship card' }).click();
  await typeInto(page, 'message', 'The lilacs are out again. Call me sometime.');
  await expect(page.locator('.issue-group[data-category="pressure"]')).toBeVisible();
  await page.getByRole('button', { name: 'Print and post…' }).click();

  const review = page.getByRole('region', { name: 'Before it goes' });
  await expect(review).toContainText('Not yet: one thing still open');
  await expect(review).toContainText('No asks');
  await expect(review).toContainText('Call me sometime.');
  // The preview is right there, and the actions wait for the writer's decision.
  await expect(page.locator('.main-preview')).toHaveAttribute('data-state', 'ready', { timeout: FIRST_PREVIEW_MS });
  await expect(page.getByRole('button', { name: 'Save PDF…' })).toBeDisabled();
  await expect(page.getByRole('button', { name: 'Print…', exact: true })).toBeDisabled();
  await expect(page.getByRole('button', { name: 'Mark as mailed' })).toBeDisabled();
  await screenshot(page, 'last-step-review', { fullPage: false });

  await review.getByRole('button', { name: 'Send it as it is' }).click();
  await expect(review).toContainText('You chose to send it as it is.');
  await page.getByRole('button', { name: 'Save PDF…' }).click();
  const saved = page.locator('.exported-item code').first();
  await expect(saved).toBeVisible();
  expect(existsSync((await saved.textContent()) ?? '')).toBe(true);
});

test('a letter that is not clear yet reaches Print and post with the open check named', async ({ app }) => {
  const { page } = app;
  await answerGuide(page, { name: 'Jordan', unanswered: 5, heard: 'still-hurt', want: 'Friendship', sender: 'Casey' });
  await page.getByRole('button', { name: 'Write the heartfelt letter' }).click();
  await typeInto(page, 'whatHappened', 'I left without a word when you needed me.');
  await typeInto(page, 'apology', 'I am truly sorry for the hurt I caused you.');
  await typeInto(page, 'hope', 'I just want us to be close again and see where things go.');
  await expect(page.locator('.checklist h2')).toContainText(/of 7/);
  await page.getByRole('button', { name: 'Print and post…' }).click();
  const review = page.getByRole('region', { name: 'Before it goes' });
  await expect(review.locator('[data-check="clear-intent"]')).toHaveText('Clear that you mean friendship');
  await expect(review).toContainText('see where things go');
});

test('an empty, unsaved, unprinted letter that asks is not marked as mailed without asking', async ({ app }) => {
  const { page } = app;
  await answerGuide(page, { name: 'Noor', unanswered: 2, heard: 'still-hurt', want: 'Friendship' });
  await page.getByRole('button', { name: 'Write the heartfelt letter' }).click();
  await typeInto(page, 'hope', 'Please call me.');
  await page.getByRole('button', { name: 'Print and post…' }).click();

  const review = page.getByRole('region', { name: 'Before it goes' });
  await expect(review.locator('[data-check="filled"]')).toContainText('Fill in: What you did, Your apology');
  await expect(review).toContainText('Please call me.');
  await expect(page.getByRole('button', { name: 'Mark as mailed' })).toBeDisabled();

  await review.getByRole('button', { name: 'Send it as it is' }).click();
  await page.getByRole('button', { name: 'Mark as mailed' }).click();
  const ask = page.getByRole('dialog', { name: 'Before you mark it as mailed' });
  await expect(ask).toContainText('not saved to a file yet');
  await expect(ask).toContainText('not printed it or saved it as a PDF');
  await screenshot(page, 'mark-mailed-asks');
  await ask.getByRole('button', { name: 'Not yet' }).click();
  await expect(ask).toBeHidden();
  await expect(page.getByRole('heading', { name: 'Print and post' })).toBeVisible();
  await expect(
    page.getByRole('navigation', { name: 'This draft' }).getByRole('button', { name: 'Waiting' }),
  ).toHaveCount(0);

  // Printed and saved, it goes without a question.
  await page.getByRole('button', { name: 'Print…', exact: true }).click();
  await expect.poll(() => app.main.record.printed.length).toBe(1);
  await page.getByRole('button', { name: 'Mark as mailed' }).click();
  await page
    .getByRole('dialog', { name: 'Before you mark it as mailed' })
    .getByRole('button', { name: 'Save, then mark as mailed' })
    .click();
  await expect(page.getByRole('heading', { name: 'Now, let it be.' })).toBeVisible();
});
