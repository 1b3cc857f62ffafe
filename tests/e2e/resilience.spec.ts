/** When things go wrong: a damaged file, a reload with unsaved words, menu commands from main. */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { answerGuide, expect, FIRST_PREVIEW_MS, prose, screenshot, test, typeInto } from './fixtures';

test('opening a corrupt file shows a clear error and the app keeps working', async ({ app }) => {
  const { page, main } = app;
  mkdirSync(main.paths.documents, { recursive: true });
  const broken = join(main.paths.documents, 'broken.olive');
  writeFileSync(broken, '{"format": "olive-branch/draft", "version": 2, "kind": "card", oops');
  main.answerDialogs(broken);

  await page.getByRole('button', { name: 'Open…' }).click();
  const alert = page.getByRole('alert');
  await expect(alert).toBeVisible();
  await expect(alert).toContainText('Could not open “broken.olive”');
  await expect(alert).toContainText(/damaged|not valid/i);
  await expect(alert).not.toContainText(/at \w+ \(|stack|undefined/);
  expect(((await alert.textContent()) ?? '').length).toBeGreaterThan(10);
  await screenshot(page, 'open-corrupt-file');
  // The file is untouched and the desk still works.
  expect(readFileSync(broken, 'utf8')).toContain('oops');
  await page.getByRole('button', { name: 'Dismiss' }).click();
  await expect(alert).toBeHidden();
  await page.getByRole('button', { name: 'New draft' }).click();
  await expect(page.getByRole('heading', { name: 'Start a new piece' })).toBeVisible();
});

test('a reload after an unsaved edit offers to restore it', async ({ app }) => {
  // The desk loads twice here (before and after the reload), each time with the linter's 4 MB
  // chunk and its language model; on a busy two-core CI machine that alone took 25 s of the 60.
  test.slow();
  const { page } = app;
  await answerGuide(page, { name: 'Robin', unanswered: 3 });
  await page.getByRole('button', { name: 'Write the friendship card' }).click();
  await typeInto(page, 'message', 'The bakery on the corner finally reopened.');
  // Recovery copies reach the disk within 2 s of the last change.
  await page.waitForTimeout(2100);
  await page.reload();

  const recovery = page.getByRole('region', { name: 'Unsaved words from last time' });
  await expect(recovery).toBeVisible();
  await expect(recovery).toContainText('Card to Robin');
  await screenshot(page, 'home-recovery');
  await recovery.getByRole('button', { name: /Restore/ }).click();
  await expect(page.getByRole('heading', { name: 'Card to Robin' })).toBeVisible();
  await expect(prose(page, 'message')).toContainText('The bakery on the corner finally reopened.');
  await expect(page.getByText('unsaved changes')).toBeVisible();

  // Leaving it for a new draft asks first; Save keeps the words in a file.
  await page.getByRole('button', { name: 'Olive Branch, go to home' }).click();
  await expect(page.getByRole('button', { name: /Continue: Card to Robin \(unsaved\)/ })).toBeVisible();
  await page.getByRole('button', { name: 'New draft' }).click();
  const ask = page.getByRole('dialog', { name: 'Save “Card to Robin” first?' });
  await expect(ask).toBeVisible();
  await screenshot(page, 'unsaved-prompt');
  await ask.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Start a new piece' })).toBeVisible();
  expect(existsSync(join(app.main.paths.documents, 'Card to Robin.olive'))).toBe(true);
});

test('menu commands from main drive the desk', async ({ app }) => {
  const { page } = app;
  await app.emit('command', { command: 'new' });
  await expect(page.getByRole('heading', { name: 'Start a new piece' })).toBeVisible();
  await app.emit('command', { command: 'showGuide' });
  await expect(page.getByRole('heading', { name: 'How the guide works' })).toBeVisible();
  await expect(page.locator('.help-steps > li')).toHaveCount(5);
  await screenshot(page, 'guide-help');
  await app.emit('command', { command: 'showHome' });
  await expect(page.getByRole('heading', { name: /Reach out kindly/ })).toBeVisible();
});

test('nothing leaves the app: every request is served from its own origin', async ({ app }) => {
  const { page } = app;
  await answerGuide(page, { name: 'Kim', unanswered: 4 });
  await page.getByRole('button', { name: 'Write the friendship card' }).click();
  await expect(page.locator('.main-preview')).toHaveAttribute('data-state', 'ready', { timeout: FIRST_PREVIEW_MS });
  // The app's own scripts, styles, font and pdf.js worker: all from its origin, none blocked.
  expect(app.requests.length).toBeGreaterThan(3);
  expect(app.requests.filter((r) => !r.served)).toEqual([]);
  expect(app.requests.some((r) => r.url.includes('pdf.worker'))).toBe(true);
  // A request from the page is refused by the CSP before it reaches the network...
  const outcome = await page.evaluate(() =>
    fetch('https://example.com/track').then(
      () => 'sent',
      () => 'refused',
    ),
  );
  expect(outcome).toBe('refused');
  // ...and whatever gets past CSP (a navigation does) is aborted by the harness and reported.
  await page.goto('https://example.com/elsewhere').catch(() => undefined);
  expect(app.blocked).toEqual(['https://example.com/elsewhere']);
  app.blocked.length = 0; // Seen and checked; the fixture's own "nothing left" check covers the rest.
});

test('files: rename from the menu, delete from home (to the trash)', async ({ app }) => {
  const { page, main } = app;
  await answerGuide(page, { name: 'Tam', unanswered: 4 });
  await page.getByRole('button', { name: 'Write the friendship card' }).click();
  await typeInto(page, 'message', 'The river walk is lovely this time of year.');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved to' })).toBeVisible();

  await app.emit('command', { command: 'rename' });
  const ask = page.getByRole('dialog', { name: 'Rename this draft' });
  await expect(ask).toBeVisible();
  await ask.getByLabel('File name').fill('For Tam');
  await ask.getByRole('button', { name: 'Rename' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Renamed to For Tam.olive' })).toBeVisible();
  expect(existsSync(join(main.paths.documents, 'For Tam.olive'))).toBe(true);

  await page.getByRole('button', { name: 'Olive Branch, go to home' }).click();
  await page.getByRole('button', { name: 'Delete Card to Tam' }).click();
  await page
    .getByRole('dialog', { name: 'Delete “Card to Tam”?' })
    .getByRole('button', { name: 'Move to trash' })
    .click();
  await expect(page.getByText('No drafts yet.')).toBeVisible();
  expect(existsSync(join(main.paths.documents, 'For Tam.olive'))).toBe(false);
  expect(main.record.trashed).toHaveLength(1);
});
