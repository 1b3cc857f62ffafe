/** The other pieces the guide can suggest: a first message, and the note for a new relationship. */
import { answerGuide, expect, previewText, screenshot, test, typeInto } from './fixtures';

test('nothing unanswered yet: a short message, sent from the writer’s own phone', async ({ app }) => {
  test.setTimeout(120_000);
  const { page } = app;
  await answerGuide(page, { name: 'Dana', unanswered: 0 });
  await expect(page.getByRole('heading', { name: 'The guide suggests: Quick message' })).toBeVisible();
  await page.getByRole('button', { name: 'Write the quick message' }).click();
  await expect(page.getByRole('heading', { name: 'Message to Dana' })).toBeVisible();
  const field = (await page.locator('.prose').first().getAttribute('data-field')) ?? '';
  await typeInto(page, field, 'Saw a poster for the band you love. Text me back?');
  await expect(page.locator('.issue-group[data-category="pressure"]')).toBeVisible();
  await expect(page.getByRole('heading', { name: /Ready to send\?/ })).toBeVisible();
  await expect(page.locator('.message-text')).toContainText('Saw a poster');
  await screenshot(page, 'message-editor');

  await page.getByRole('button', { name: 'Send…' }).click();
  await expect(page.getByRole('heading', { name: 'Send your message' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Your message' })).toContainText('Saw a poster for the band you love.');
  // The ask is still in it: the last step says so, and goes on only once the writer chooses to.
  const review = page.getByRole('region', { name: 'Before it goes' });
  await expect(review).toContainText('Text me back?');
  await expect(page.getByRole('button', { name: 'Mark as sent' })).toBeDisabled();
  await expect(page.getByRole('button', { name: 'Copy the text' })).toBeDisabled();
  await review.getByRole('button', { name: 'Send it as it is' }).click();
  await page.getByRole('button', { name: 'Mark as sent' }).click();
  // Never saved: it asks first; a message is not printed, so that is all it asks about.
  const ask = page.getByRole('dialog', { name: 'Before you mark it as sent' });
  await expect(ask).not.toContainText('printed');
  await ask.getByRole('button', { name: 'Mark as sent anyway' }).click();
  await expect(page.getByRole('heading', { name: 'Now, let it be.' })).toBeVisible();
  await expect(page.locator('table.log')).toContainText('Dana');
});

test('a new relationship: the note with movie passes, kind about the partner', async ({ app }) => {
  const { page } = app;
  await page.getByRole('button', { name: 'New draft' }).click();
  await page.getByLabel('Who is it to?').fill('Sam');
  await page.getByRole('radio', { name: 'They are in a new relationship and happy' }).check();
  await page.getByLabel(/partner’s name/).fill('Chris');
  await page.getByLabel('Your name, as you sign').fill('Lee');
  await page.getByRole('button', { name: 'What does the guide suggest?' }).click();
  await expect(page.getByRole('heading', { name: 'The guide suggests: Note with movie passes' })).toBeVisible();
  await expect(page.locator('.recommendation')).toContainText('Step 4');
  await page.getByRole('button', { name: 'Write the note with movie passes' }).click();
  await expect(page.getByRole('heading', { name: 'Note to Sam' })).toBeVisible();
  await expect.poll(async () => (await previewText(page)).replace(/\s+/g, ' ')).toContain('Chris');
  await expect(page.locator('.check', { hasText: 'Kind about their partner' })).toHaveClass(/ok/);

  await typeInto(page, 'personal', 'Enjoy the film, even if Chris is not really your type and it will never last.');
  await expect(page.locator('.issue-group[data-category="new-partner"]')).toBeVisible();
  await expect(page.locator('.check', { hasText: 'Kind about their partner' })).toHaveClass(/todo/);
  await expect.poll(async () => (await previewText(page)).replace(/\s+/g, ' ')).toContain('never last');
  await screenshot(page, 'note-new-partner');
});
