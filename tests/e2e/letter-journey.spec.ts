/**
 * Still hurt: the guide suggests one heartfelt letter. A romantic line in a friendship letter is
 * flagged; changing the declared intent to romance moves the letter to its romantic template,
 * keeps every word, and the romantic flag goes away.
 */
import { answerGuide, expect, previewText, prose, screenshot, test, typeInto } from './fixtures';

test('a still-hurt letter, with a change of intent', async ({ app }) => {
  const { page } = app;
  await answerGuide(page, {
    name: 'Jordan',
    pronouns: 'she / her',
    unanswered: 5,
    heard: 'still-hurt',
    want: 'Friendship',
    sender: 'Casey',
  });
  await expect(page.getByRole('heading', { name: 'The guide suggests: Heartfelt letter' })).toBeVisible();
  await expect(page.locator('.recommendation')).toContainText('Step 5');
  await expect(page.locator('.recommendation')).toContainText('No casual, easy contact');
  await page.getByRole('button', { name: 'Write the heartfelt letter' }).click();
  await expect(page.getByRole('heading', { name: 'Letter to Jordan' })).toBeVisible();
  await expect(page.getByRole('radio', { name: 'Friendship', exact: true })).toBeChecked();

  await typeInto(
    page,
    'whatHappened',
    'I broke your trust when I kept the move a secret, and then I left without a proper goodbye.',
  );
  await typeInto(page, 'apology', 'I am truly sorry for the hurt I caused you.');
  await typeInto(page, 'hope', 'Honestly, I still hope we can get back together.');

  const romantic = page.locator(
    '.issue-group[data-category="romantic"], .issue-group[data-category="ambiguous-intent"]',
  );
  await expect(romantic.first()).toBeVisible();
  await expect(prose(page, 'hope').locator('.cm-lintRange')).not.toHaveCount(0);
  await expect(page.locator('.intent')).toContainText('(you mean friendship)');
  await expect(page.locator('.check.todo', { hasText: 'Clear that you mean friendship' })).toBeVisible();
  await expect.poll(async () => (await previewText(page)).replace(/\s+/g, ' ')).toContain('get back together');
  await screenshot(page, 'letter-friendship-mixed');

  // The writer decides: romance. Same words, the romantic letter's template, no romantic flag.
  await page.getByRole('radio', { name: 'Romance', exact: true }).check();
  await expect(page.getByRole('radio', { name: /A heartfelt letter: trying again/i })).toBeChecked();
  await expect(prose(page, 'whatHappened')).toContainText('I broke your trust');
  await expect(prose(page, 'hope')).toContainText('get back together');
  await expect(page.locator('.issue-group[data-category="romantic"]')).toHaveCount(0);
  await expect(page.locator('.intent')).toHaveAttribute('data-detected', 'romantic');
  await expect(page.locator('.intent')).not.toContainText('you mean');
  await expect(page.locator('.check', { hasText: 'Clear that you mean romance' })).toHaveClass(/ok/);
  await expect(page.locator('.check', { hasText: 'Acknowledges the hurt you caused' })).toHaveClass(/ok/);

  // A casual ask is flagged in a letter.
  await typeInto(page, 'hope', ' Call me sometime.');
  await expect(page.locator('.issue-group[data-category="pressure"]')).toBeVisible();
  await expect(prose(page, 'hope').locator('.cm-lintRange.ob-mark-pressure')).toBeVisible();
  await expect.poll(async () => (await previewText(page)).replace(/\s+/g, ' ')).toContain('Call me sometime');
  await screenshot(page, 'letter-romantic-pressure');

  // The issues panel's quick fix (or ignore) clears it, from the keyboard.
  const pressure = page.locator('.issue-group[data-category="pressure"] .issue').first();
  const action = pressure.locator('button.fix').first();
  if ((await action.count()) > 0) {
    await action.focus();
  } else {
    await pressure.getByRole('button', { name: 'Ignore' }).focus();
  }
  await page.keyboard.press('Enter');
  await expect(page.locator('.issue-group[data-category="pressure"]')).toHaveCount(0);

  // Save: the draft file keeps the declared intent.
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved to' })).toBeVisible();
  await expect(page.locator('.tag', { hasText: 'saved' })).toBeVisible();
  expect(app.errors).toEqual([]);
});
