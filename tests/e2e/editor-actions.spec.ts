/** The writer stays in charge: a finding can be ignored once, a check turned off and on again. */
import { answerGuide, expect, prose, test, typeInto } from './fixtures';

test('ignore one finding, turn a check off and back on', async ({ app }) => {
  const { page } = app;
  await answerGuide(page, { name: 'Ren', unanswered: 4 });
  await page.getByRole('button', { name: 'Write the friendship card' }).click();
  await typeInto(page, 'message', 'The garden looks lovely. Write back soon!');
  const pressure = page.locator('.issue-group[data-category="pressure"]');
  await expect(pressure).toBeVisible();

  // Ignore: this finding leaves the open notes and its underline goes, and stays so as typing goes
  // on; it is listed as kept on purpose.
  await pressure.getByRole('button', { name: 'Ignore' }).first().click();
  await expect(pressure).toHaveCount(0);
  await expect(prose(page, 'message').locator('.cm-lintRange.ob-mark-pressure')).toHaveCount(0);
  await typeInto(page, 'message', ' Take care.');
  await expect(page.locator('.issue-group')).toHaveCount(0);
  await expect(page.locator('.kept-item')).toHaveCount(1);
  await expect(page.locator('.kept-item')).toContainText('Write back soon');

  // Turn a check off: its findings leave the open notes and are listed as kept; turning it back on restores them.
  await typeInto(page, 'message', ' I need you back.');
  const needy = page.locator('.issue-group[data-category="needy"]');
  await expect(needy).toBeVisible();
  const rule = await needy.locator('.issue').first().getAttribute('data-rule');
  await needy
    .getByRole('button', { name: /Turn off this check/ })
    .first()
    .click();
  await expect(page.locator(`.issue[data-rule="${rule}"]`)).toHaveCount(0);
  const off = page.locator('.kept-item[data-kept="switched-off"]');
  await expect(off).toContainText('check turned off');
  await off.getByRole('button', { name: 'Turn the check back on' }).click();
  await expect(page.locator(`.issue[data-rule="${rule}"]`).first()).toBeVisible();

  // "Show" puts the cursor on the words.
  await page.locator(`.issue[data-rule="${rule}"]`).first().getByRole('button', { name: 'Show' }).click();
  const selected = await page.evaluate(() => {
    const host = document.querySelector('.prose[data-field="message"]');
    const sel =
      (host?.shadowRoot as unknown as { getSelection?: () => Selection | null } | null)?.getSelection?.() ??
      document.getSelection();
    return sel?.toString() ?? '';
  });
  expect(selected).toMatch(/need/i);
});

test('the quick fix in the underline’s tooltip', async ({ app }) => {
  const { page } = app;
  await answerGuide(page, { name: 'Ira', unanswered: 4 });
  await page.getByRole('button', { name: 'Write the friendship card' }).click();
  await typeInto(page, 'message', 'The market is busy again. I need you back.');
  const underline = prose(page, 'message').locator('.cm-lintRange.ob-mark-needy').first();
  await expect(underline).toBeVisible();
  await underline.hover();
  const tooltip = page.locator('.cm-tooltip-lint');
  await expect(tooltip).toContainText('Step');
  const fix = tooltip.locator('.cm-diagnosticAction').first();
  const label = (await fix.textContent()) ?? '';
  expect(label).not.toBe('Ignore');
  await fix.click();
  await expect(prose(page, 'message').locator('.cm-lintRange.ob-mark-needy')).toHaveCount(0);
  await expect(page.locator('.issue-group[data-category="needy"]')).toHaveCount(0);
  await expect(prose(page, 'message')).toContainText('The market is busy again.');
});

test('preferences: the paper and the name a new draft starts with', async ({ app }) => {
  const { page } = app;
  await page.getByText('Preferences').click();
  await page.getByLabel('Paper').selectOption('a4');
  await expect(page.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();
  await page.getByLabel('Your name, as you sign').fill('Morgan');
  await page.getByLabel('Your name, as you sign').blur();
  await expect(page.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();

  await page.getByRole('button', { name: 'New draft' }).click();
  await expect(page.getByLabel('Your name, as you sign')).toHaveValue('Morgan');
  await page.getByLabel('Who is it to?').fill('Quinn');
  await page.getByLabel('How many of your texts, emails or calls have gone unanswered?').fill('3');
  await page.getByRole('button', { name: 'What does the guide suggest?' }).click();
  await page.getByRole('button', { name: 'Write the friendship card' }).click();
  await expect(page.getByRole('radio', { name: 'A4' })).toBeChecked();
  await expect(page.getByLabel('Signed')).toHaveValue('Morgan');
});
