/**
 * What a compromised renderer or a tampered file in the user-data folder can reach: payloads with
 * keys the contract does not know, and paths that were never granted (recent-list and recovery
 * entries, links out of the Olive Branch folder, files that are not drafts).
 */
import { mkdir, readFile, stat, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ZodType } from 'zod';
import { serializeDraft } from '../../src/core/draft/parse';
import { createHandlers } from '../../src/main/handlers';
import { wrapAll } from '../../src/main/ipc/wrap';
import { API_METHODS, channelName, contract } from '../../src/shared/ipc';
import { newCard, tempDir } from './helpers';
import { createNodeContext } from './node-context';

const trusted = { sender: { id: 1 }, senderFrame: { url: 'file:///app/index.html', parent: null } };

/** The app as it runs for a writer: grants needed, dialogs scripted (cancelled unless answered). */
async function app() {
  const dataDir = await tempDir();
  const ctx = { ...createNodeContext({ dataDir, cancelDialogs: true }), allowDirectPaths: false };
  const { handlers, services } = createHandlers(ctx);
  const outside = join(dataDir, 'Private');
  await mkdir(outside, { recursive: true });
  await mkdir(ctx.paths.documents, { recursive: true });
  return {
    dataDir,
    ctx,
    handlers,
    services,
    outside,
    docs: ctx.paths.documents,
    invoke: wrapAll(handlers, () => true),
  };
}

describe('strict payloads: an unknown key is refused on every channel', () => {
  it(
    'each channel with an object payload answers ' + 'ipc/invalid-payload to a valid request plus one ' + 'unknown key',
    async () => {
      const { invoke, handlers, docs } = await app();
      const { docId, draft } = await newCard(handlers);
      const path = join(docs, 'a.olive');
      const valid: Record<string, unknown> = {
        'templates.render': { draft },
        'drafts.create': { templateId: 'card-thinking-of-you', recipientName: 'Sam' },
        'drafts.open': { path },
        'drafts.save': { docId, path, draft },
        'drafts.saveAs': { docId, draft },
        'drafts.rename': { path, newName: 'b' },
        'drafts.delete': { path },
        'recent.forget': { path },
        'recovery.autosave': { docId, path: null, draft },
        'recovery.restore': { docId },
        'recovery.discard': { docId },
        'settings.set': { paper: 'a4' },
        'contacts.append': { recipient: 'Sam', channel: 'text', direction: 'sent' },
        'contacts.markMailed': { path: null, draft },
        'guide.recommend': {
          unanswered: 0,
          heard: 'unknown',
          want: 'friendship',
          mailed: { date: '2026-01-01T00:00:00.000Z' },
        },
        'lint.spelling': { text: 'hello' },
        'pdf.export': { draft },
        'pdf.preview': { draft },
        'pdf.print': { draft },
        'shell.reveal': { path },
        'window.setDocumentState': { dirty: false },
      };
      const objectChannels = Object.entries(API_METHODS).flatMap(([group, methods]) =>
        methods
          .filter((m) => {
            const schema = (contract[group as keyof typeof contract] as Record<string, { payload: ZodType }>)[m]
              ?.payload;
            return schema?.safeParse(undefined).success !== true;
          })
          .map((m) => `${group}.${m}`),
      );
      // Every channel that takes a payload is in the table, so a new one cannot skip this test.
      expect(Object.keys(valid).sort()).toEqual(objectChannels.sort());
      for (const [name, payload] of Object.entries(valid)) {
        const [group, method] = name.split('.') as [string, string];
        const schema = (contract[group as keyof typeof contract] as Record<string, { payload: ZodType }>)[method]
          ?.payload;
        expect(schema?.safeParse(payload).success, `${name} accepts the valid payload`).toBe(true);
        const answer = await invoke.get(channelName(group, method))?.(trusted, { ...(payload as object), bogus: 1 });
        expect(answer, name).toMatchObject({
          ok: false,
          error: { code: 'ipc/invalid-payload', message: expect.stringMatching(/bogus/) },
        });
      }
    },
  );

  it('nested objects are strict too: an extra key inside the draft or its recipient is refused', async () => {
    const { invoke, handlers } = await app();
    const { draft } = await newCard(handlers);
    for (const forged of [
      { ...draft, extra: 1 },
      { ...draft, recipient: { ...draft.recipient, isAdmin: true } },
      { ...draft, layout: { ...draft.layout, x: 1 } },
    ]) {
      expect(await invoke.get('olive:templates.render')?.(trusted, { draft: forged })).toMatchObject({
        ok: false,
        error: { code: 'ipc/invalid-payload' },
      });
    }
  });
});

describe('tampered grants: recent-list and recovery entries are data, never grants', () => {
  async function tamperedRecent() {
    const setup = await app();
    const secret = join(setup.outside, 'secret.olive');
    const text = join(setup.outside, 'notes.txt');
    const { draft } = await newCard(setup.handlers);
    await writeFile(secret, serializeDraft(draft));
    await writeFile(text, 'my private notes');
    const entry = (path: string) => ({
      path,
      title: 'x',
      kind: 'card',
      recipient: 'x',
      updatedAt: '2026-01-01T00:00:00.000Z',
      openedAt: '2026-01-01T00:00:00.000Z',
    });
    await mkdir(setup.ctx.paths.userData, { recursive: true });
    await writeFile(
      join(setup.ctx.paths.userData, 'recent.json'),
      JSON.stringify({ entries: [entry(secret), entry(text)] }),
    );
    // A fresh start over the tampered folder.
    const { handlers } = createHandlers(setup.ctx);
    return { ...setup, handlers, secret, text };
  }

  it(
    'delete, rename and reveal of a recent entry outside ' + 'the Olive Branch folder are refused; the files stay',
    async () => {
      const { handlers, ctx, secret, text } = await tamperedRecent();
      expect((await handlers.recent.list(undefined)).entries.map((e) => e.path)).toEqual([secret, text]);
      for (const path of [secret, text]) {
        await expect(handlers.drafts.delete({ path })).rejects.toMatchObject({ code: 'path/not-allowed' });
        await expect(handlers.drafts.rename({ path, newName: 'renamed' })).rejects.toMatchObject({
          code: 'path/not-allowed',
        });
        await expect(handlers.shell.reveal({ path })).rejects.toMatchObject({ code: 'path/not-allowed' });
      }
      expect(ctx.record.trashed).toEqual([]);
      expect(ctx.record.revealed).toEqual([]);
      expect(await readFile(text, 'utf8')).toBe('my private notes');
      await expect(stat(join(ctx.paths.userData, '..', 'Private', 'renamed.olive'))).rejects.toMatchObject({
        code: 'ENOENT',
      });
    },
  );

  it(
    'opening a recent entry outside the folder asks the ' +
      'writer in the Open dialog first (cancel: nothing ' +
      'read)',
    async () => {
      const { handlers, ctx, secret, outside } = await tamperedRecent();
      expect(await handlers.drafts.open({ path: secret })).toEqual({ status: 'canceled' });
      expect(ctx.record.dialogs).toEqual([{ kind: 'openDraft', defaultPath: outside }]);
      ctx.answerDialogs(secret);
      expect(await handlers.drafts.open({ path: secret })).toMatchObject({ status: 'opened', path: secret });
      // Chosen in the dialog: now it is the writer's, for this session.
      await handlers.shell.reveal({ path: secret });
      expect(ctx.record.revealed).toEqual([secret]);
    },
  );

  it('a recovery copy naming a file outside the folder grants nothing: saving there asks first', async () => {
    const { handlers, ctx, outside } = await app();
    const target = join(outside, 'victim.olive');
    await writeFile(target, 'not a draft, and not the app’s');
    const { docId, draft } = await newCard(handlers);
    await mkdir(ctx.paths.recovery, { recursive: true });
    const record = {
      format: 'olive-branch/recovery',
      version: 1,
      docId,
      path: target,
      savedAt: '2026-03-01T10:00:00.000Z',
      draft,
    };
    await writeFile(join(ctx.paths.recovery, `${docId}.recovery.json`), JSON.stringify(record));
    const restored = await handlers.recovery.restore({ docId });
    expect(restored.path).toBe(target);
    await expect(handlers.drafts.save({ docId: restored.docId, path: target, draft })).rejects.toMatchObject({
      code: 'path/not-allowed',
    });
    expect(ctx.record.dialogs.map((d) => d.kind)).toEqual(['saveDraft']);
    await expect(handlers.drafts.delete({ path: target })).rejects.toMatchObject({ code: 'path/not-allowed' });
    expect(await readFile(target, 'utf8')).toBe('not a draft, and not the app’s');
  });
});

describe('grants are checked again on every use', () => {
  it(
    'a link in the Olive Branch folder that leads ' + 'outside it is refused for delete, rename, save and ' + 'open',
    async () => {
      const { handlers, docs, outside, ctx } = await app();
      const { docId, draft } = await newCard(handlers);
      const victim = join(outside, 'victim.olive');
      await writeFile(victim, serializeDraft(draft));
      const before = await readFile(victim);
      const link = join(docs, 'innocent.olive');
      await symlink(victim, link);
      await expect(handlers.drafts.save({ docId, path: link, draft })).rejects.toMatchObject({
        code: 'path/not-allowed',
        message: expect.stringMatching(/link/),
      });
      await expect(handlers.drafts.delete({ path: link })).rejects.toMatchObject({ code: 'path/not-allowed' });
      await expect(handlers.drafts.rename({ path: link, newName: 'x' })).rejects.toMatchObject({
        code: 'path/not-allowed',
      });
      await expect(handlers.drafts.open({ path: link })).rejects.toMatchObject({ code: 'path/not-allowed' });
      expect(await readFile(victim)).toEqual(before);
      expect(ctx.record.trashed).toEqual([]);
    },
  );

  it('a folder in the Olive Branch folder that is a link to elsewhere is no way out either', async () => {
    const { handlers, docs, outside } = await app();
    const { docId, draft } = await newCard(handlers);
    await symlink(outside, join(docs, 'sub'));
    await expect(handlers.drafts.save({ docId, path: join(docs, 'sub', 'new.olive'), draft })).rejects.toMatchObject({
      code: 'path/not-allowed',
    });
    await expect(stat(join(outside, 'new.olive'))).rejects.toMatchObject({ code: 'ENOENT' });
  });

  it(
    'only drafts: a .txt (or a link named .olive that leads to one) is refused even inside the folder or chosen ' +
      'in a dialog',
    async () => {
      const { handlers, docs, ctx, outside } = await app();
      const text = join(docs, 'notes.txt');
      await writeFile(text, 'notes');
      await expect(handlers.drafts.delete({ path: text })).rejects.toMatchObject({ code: 'path/not-allowed' });
      await expect(handlers.drafts.rename({ path: text, newName: 'renamed' })).rejects.toMatchObject({
        code: 'path/not-allowed',
      });
      await expect(handlers.shell.reveal({ path: text })).rejects.toMatchObject({ code: 'path/not-allowed' });
      const disguised = join(docs, 'disguised.olive');
      await symlink(text, disguised);
      await expect(handlers.drafts.open({ path: disguised })).rejects.toMatchObject({ code: 'path/not-allowed' });
      const elsewhere = join(outside, 'picked.txt');
      await writeFile(elsewhere, 'picked by mistake');
      ctx.answerDialogs(elsewhere);
      await expect(handlers.drafts.open({})).rejects.toMatchObject({ code: 'path/not-allowed' });
      expect(await readFile(text, 'utf8')).toBe('notes');
    },
  );

  it('inside the folder, drafts work without asking: save, open, rename, reveal, delete', async () => {
    const { handlers, docs, ctx } = await app();
    const { docId, draft } = await newCard(handlers);
    const path = join(docs, 'mine.olive');
    await handlers.drafts.save({ docId, path, draft });
    expect(await handlers.drafts.open({ path })).toMatchObject({ status: 'opened' });
    const { path: renamed } = await handlers.drafts.rename({ path, newName: 'ours' });
    await handlers.shell.reveal({ path: renamed });
    await handlers.drafts.delete({ path: renamed });
    expect(ctx.record.dialogs).toEqual([]);
    expect(ctx.record.trashed).toEqual([renamed]);
  });
});

describe('planted files in the user-data folder are data, read with limits', () => {
  it.skipIf(process.platform === 'win32')(
    'a recovery "copy" that is /dev/zero or 20 MB is skipped at once; real copies are private (0600)',
    async () => {
      const { handlers, services, ctx } = await app();
      await mkdir(ctx.paths.recovery, { recursive: true });
      await symlink('/dev/zero', join(ctx.paths.recovery, 'zero.recovery.json'));
      await writeFile(join(ctx.paths.recovery, 'huge.recovery.json'), Buffer.alloc(20 * 1024 * 1024, 32));
      const { docId, draft } = await newCard(handlers, 'kept');
      await handlers.recovery.autosave({ docId, path: null, draft });
      await services.autosaver.flush();
      const started = performance.now();
      const { entries } = await handlers.recovery.list(undefined);
      expect(entries.map((e) => e.draft.fields.message)).toEqual(['kept']);
      expect(performance.now() - started).toBeLessThan(2000);
      expect((await stat(join(ctx.paths.recovery, `${docId}.recovery.json`))).mode & 0o777).toBe(0o600);
    },
  );
});
