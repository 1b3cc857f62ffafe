import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach } from 'vitest';
import type { Draft } from '../../src/core/draft/schema';
import { createHandlers } from '../../src/main/handlers';
import { createNodeContext, type NodeContextOptions } from './node-context';

const made: string[] = [];

/** A fresh real folder, removed after the test. */
export async function tempDir(prefix = 'olive-main-'): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), prefix));
  made.push(dir);
  return dir;
}

afterEach(async () => {
  await Promise.all(made.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});

/** Handlers over a temp data folder with a settable clock. */
export async function setup(options: Partial<NodeContextOptions> = {}) {
  const dataDir = await tempDir();
  let now = new Date('2026-03-01T10:00:00.000Z');
  const ctx = createNodeContext({ dataDir, now: () => now, ...options });
  const { handlers, services } = createHandlers(ctx);
  return {
    dataDir,
    ctx,
    handlers,
    services,
    setNow(date: Date) {
      now = date;
    },
    docs: ctx.paths.documents,
  };
}

/** A new friendship card draft from the bundled template, with a message typed in. */
export async function newCard(
  handlers: Awaited<ReturnType<typeof setup>>['handlers'],
  message = 'The lilacs on Elm Street are out again.',
) {
  const created = await handlers.drafts.create({
    templateId: 'card-thinking-of-you',
    recipientName: 'Sam',
    senderName: 'Alex',
    fields: { message },
  });
  return created as { docId: string; draft: Draft };
}
