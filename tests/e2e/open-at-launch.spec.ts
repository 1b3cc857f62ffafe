/**
 * A draft the OS hands over (double-click, second launch, Finder) opens even when it arrives
 * before the desk listens: main keeps it and the renderer pulls it (window.takeOpenRequests).
 */
import { join } from 'node:path';
import type { LaunchedApp } from './harness';
import { expect, test } from './fixtures';

/** A real saved card on disk, made through the app's own handlers. */
async function savedCard(app: LaunchedApp, recipient: string): Promise<string> {
  const path = join(app.main.paths.documents, `Card to ${recipient}.olive`);
  const saved = await app.page.evaluate(
    async ({ path, recipient }) => {
      const created = await window.olive.drafts.create({
        templateId: 'card-thinking-of-you',
        recipientName: recipient,
        senderName: 'Alex',
      });
      if (!created.ok) return created.error.message;
      const result = await window.olive.drafts.saveAs({ docId: created.value.docId, draft: created.value.draft, path });
      return result.ok ? 'saved' : result.error.message;
    },
    { path, recipient },
  );
  expect(saved).toBe('saved');
  return path;
}

test('a file named while the page was still loading opens once the desk listens', async ({ app }) => {
  const { page, main } = app;
  const path = await savedCard(app, 'Sam');
  // The OS names the file; any event about it goes nowhere (the reloaded page is not listening yet).
  main.requestOpen(path);
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Card to Sam' })).toBeVisible();

  // Handed out once: the next load starts at home.
  await page.reload();
  await expect(page.getByRole('button', { name: 'New draft' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Card to Sam' })).toBeHidden();
});

test('a file named while the desk is open opens at once', async ({ app }) => {
  const { page, main } = app;
  await expect(page.getByRole('button', { name: 'New draft' })).toBeVisible();
  const path = await savedCard(app, 'Robin');
  main.requestOpen(path);
  await app.emit('openRequested', {});
  await expect(page.getByRole('heading', { name: 'Card to Robin' })).toBeVisible();
});
