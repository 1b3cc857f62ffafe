/** Offline spelling advice: main's dictionary, asked once typing pauses, quiet under the words. */
import { answerGuide, expect, prose, test, typeInto } from './fixtures';

test('a misspelt word gets a quiet underline after a pause, and its suggestion fixes it', async ({ app }) => {
  test.setTimeout(60_000);
  const { page } = app;
  await answerGuide(page, { name: 'Noor', unanswered: 4 });
  await page.getByRole('button', { name: 'Write the friendship card' }).click();
  await typeInto(page, 'message', 'The lilacs are beautifull this year.');

  const underline = prose(page, 'message').locator('.cm-lintRange.ob-mark-spelling');
  await expect(underline).toHaveText('beautifull');
  // Spelling is advice, not a wording problem: the issues panel and the checklist do not count it.
  await expect(page.locator('.issue-group')).toHaveCount(0);

  await underline.hover();
  const tooltip = page.locator('.cm-tooltip-lint');
  await expect(tooltip).toContainText('Spelling');
  await tooltip.locator('.cm-diagnosticAction', { hasText: /^beautiful$/ }).click();
  await expect(prose(page, 'message')).toContainText('The lilacs are beautiful this year.');
  await expect(underline).toHaveCount(0);
});
