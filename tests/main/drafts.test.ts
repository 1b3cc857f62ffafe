import { readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDraft, serializeDraft } from '../../src/core/draft/parse';
import { OliveError } from '../../src/core/errors';
import { newCard, setup } from './helpers';

describe('drafts.create', () => {
  it('fills template defaults, the settings paper and a fresh document id', async () => {
    const { handlers } = await setup({ locale: 'de-DE' });
    const { docId, draft } = await newCard(handlers);
    expect(docId).toMatch(/^[A-Za-z0-9_-]{1,64}$/);
    expect(draft.kind).toBe('card');
    expect(draft.layout.paper).toBe('a4');
    expect(draft.fields.front).toBe('Thinking of you');
    expect(draft.fields.message).toBe('The lilacs on Elm Street are out again.');
  });

  it('takes the sender name from settings when none is given', async () => {
    const { handlers } = await setup();
    await handlers.settings.set({ senderName: 'Robin' });
    const { draft } = await handlers.drafts.create({ templateId: 'letter-friendship', recipientName: 'Jo' });
    expect(draft.sender.name).toBe('Robin');
    expect(draft.kind).toBe('letter');
  });

  it('refuses an unknown template with a clear code', async () => {
    const { handlers } = await setup();
    await expect(handlers.drafts.create({ templateId: 'no-such', recipientName: 'Jo' })).rejects.toMatchObject({
      code: 'template/unknown',
    });
  });
});

describe('save, open, save as', () => {
  it('saves atomically, keeps the previous version as .bak and reopens the same draft', async () => {
    const { handlers, docs, setNow } = await setup();
    const { docId, draft } = await newCard(handlers);
    const path = join(docs, 'Card to Sam.olive');
    const first = await handlers.drafts.save({ docId, path, draft });
    expect(first.draft.updatedAt).toBe('2026-03-01T10:00:00.000Z');
    setNow(new Date('2026-03-01T11:00:00.000Z'));
    const edited = { ...first.draft, fields: { ...first.draft.fields, message: 'Second thoughts.' } };
    await handlers.drafts.save({ docId, path, draft: edited });
    expect(parseDraft(await readFile(`${path}.bak`, 'utf8')).fields.message).toBe(
      'The lilacs on Elm Street are out again.',
    );
    const opened = await handlers.drafts.open({ path });
    expect(opened.status).toBe('opened');
    if (opened.status !== 'opened') return;
    expect(opened.draft.fields.message).toBe('Second thoughts.');
    expect(opened.draft.updatedAt).toBe('2026-03-01T11:00:00.000Z');
    expect(opened.notice).toBeUndefined();
  });

  it('save as asks with the dialog, suggests Documents/Olive Branch/<title>.olive, adds the extension', async () => {
    const { handlers, ctx, docs } = await setup();
    const { docId, draft } = await newCard(handlers);
    ctx.answerDialogs(join(docs, 'elsewhere', 'my card'));
    const saved = await handlers.drafts.saveAs({ docId, draft });
    expect(ctx.record.dialogs.at(-1)).toEqual({ kind: 'saveDraft', defaultPath: join(docs, 'Card to Sam.olive') });
    expect(saved).toMatchObject({ status: 'saved', path: join(docs, 'elsewhere', 'my card.olive') });
    expect((await stat(join(docs, 'elsewhere', 'my card.olive'))).isFile()).toBe(true);
  });

  it('a cancelled dialog is not an error', async () => {
    const { handlers, ctx } = await setup();
    const { docId, draft } = await newCard(handlers);
    ctx.answerDialogs(null, null);
    expect(await handlers.drafts.saveAs({ docId, draft })).toEqual({ status: 'canceled' });
    expect(await handlers.drafts.open({})).toEqual({ status: 'canceled' });
  });

  it('open via the dialog starts in the documents folder', async () => {
    const { handlers, ctx, docs } = await setup();
    const { docId, draft } = await newCard(handlers);
    const path = join(docs, 'c.olive');
    await handlers.drafts.save({ docId, path, draft });
    ctx.answerDialogs(path);
    const opened = await handlers.drafts.open({});
    expect(ctx.record.dialogs.at(-1)).toEqual({ kind: 'openDraft', defaultPath: docs });
    expect(opened).toMatchObject({ status: 'opened', path });
  });

  it(
    'a damaged draft opens from its .bak with a notice; ' +
      'the damaged file is untouched, then kept aside on ' +
      'save',
    async () => {
      const { handlers, docs } = await setup();
      const { docId, draft } = await newCard(handlers);
      const path = join(docs, 'c.olive');
      await handlers.drafts.save({ docId, path, draft });
      await handlers.drafts.save({ docId, path, draft: { ...draft, fields: { ...draft.fields, message: 'newer' } } });
      await writeFile(path, '{"format": "olive-branch/draft", "version": 2, "kind": "ca');
      const opened = await handlers.drafts.open({ path });
      if (opened.status !== 'opened') throw new Error('expected opened');
      expect(opened.draft.fields.message).toBe('The lilacs on Elm Street are out again.');
      expect(opened.notice).toMatch(/damaged/);
      expect(await readFile(path, 'utf8')).toBe('{"format": "olive-branch/draft", "version": 2, "kind": "ca');
      await handlers.drafts.save({ docId: opened.docId, path, draft: opened.draft });
      const { readdir } = await import('node:fs/promises');
      const aside = (await readdir(docs)).find((n) => n.startsWith('c.olive.damaged-'));
      expect(aside).toBeDefined();
      expect(await readFile(join(docs, aside ?? ''), 'utf8')).toContain('"kind": "ca');
      // The good backup was not replaced by the damaged bytes.
      expect(parseDraft(await readFile(`${path}.bak`, 'utf8')).fields.message).toBe(
        'The lilacs on Elm Street are out again.',
      );
    },
  );

  it.each([
    ['foreign JSON', '{"hello": "world"}', 'draft/foreign'],
    ['a future version', JSON.stringify({ format: 'olive-branch/draft', version: 99 }), 'draft/future-version'],
    ['not UTF-8', Buffer.from([0xff, 0xfe, 0x00, 0x41]), 'draft/not-utf8'],
  ])('refuses %s with a clear message and leaves it untouched', async (_name, content, code) => {
    const { handlers, docs } = await setup();
    const { mkdir } = await import('node:fs/promises');
    await mkdir(docs, { recursive: true });
    const path = join(docs, 'x.olive');
    await writeFile(path, content);
    const before = await readFile(path);
    await expect(handlers.drafts.open({ path })).rejects.toMatchObject({ code });
    expect(await readFile(path)).toEqual(before);
  });

  it('refuses an oversized file without reading it', async () => {
    const { handlers, dataDir } = await setup();
    const path = join(dataDir, 'huge.olive');
    await writeFile(path, Buffer.alloc(6 * 1024 * 1024, 32));
    const error = await handlers.drafts.open({ path }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OliveError);
    expect(error).toMatchObject({ code: 'draft/too-large' });
  });
});

describe('rename, delete, recent', () => {
  it('renames in place (with its backup), refuses to overwrite, and updates the recent list', async () => {
    const { handlers, docs } = await setup();
    const { docId, draft } = await newCard(handlers);
    const path = join(docs, 'a.olive');
    await handlers.drafts.save({ docId, path, draft });
    await handlers.drafts.save({ docId, path, draft });
    const other = join(docs, 'taken.olive');
    await handlers.drafts.save({ docId, path: other, draft });
    await expect(handlers.drafts.rename({ path, newName: 'taken' })).rejects.toMatchObject({ code: 'path/exists' });
    const renamed = await handlers.drafts.rename({ path, newName: 'For Sam' });
    expect(renamed.path).toBe(join(docs, 'For Sam.olive'));
    expect((await stat(`${renamed.path}.bak`)).isFile()).toBe(true);
    const recent = await handlers.recent.list(undefined);
    expect(recent.entries.map((e) => e.path)).toContain(renamed.path);
    expect(recent.entries.map((e) => e.path)).not.toContain(path);
  });

  it('refuses a new name that is a path', async () => {
    const { handlers, docs } = await setup();
    const { docId, draft } = await newCard(handlers);
    const path = join(docs, 'a.olive');
    await handlers.drafts.save({ docId, path, draft });
    const { contract } = await import('../../src/shared/ipc');
    expect(contract.drafts.rename.payload.safeParse({ path, newName: '../escape' }).success).toBe(false);
  });

  it('deletes to the trash and forgets the draft', async () => {
    const { handlers, ctx, docs } = await setup();
    const { docId, draft } = await newCard(handlers);
    const path = join(docs, 'a.olive');
    await handlers.drafts.save({ docId, path, draft });
    await handlers.drafts.delete({ path, docId });
    expect(ctx.record.trashed).toEqual([path]);
    await expect(stat(path)).rejects.toMatchObject({ code: 'ENOENT' });
    expect((await handlers.recent.list(undefined)).entries).toEqual([]);
  });

  it('lists recent drafts newest first with kind, recipient, mailed state and whether they still exist', async () => {
    const { handlers, docs, setNow } = await setup();
    const { docId, draft } = await newCard(handlers);
    await handlers.drafts.save({ docId, path: join(docs, 'one.olive'), draft });
    setNow(new Date('2026-03-02T10:00:00.000Z'));
    await handlers.drafts.save({ docId, path: join(docs, 'two.olive'), draft });
    const { rm } = await import('node:fs/promises');
    await rm(join(docs, 'one.olive'));
    const { entries } = await handlers.recent.list(undefined);
    expect(entries.map((e) => [e.path, e.title, e.kind, e.recipient, e.exists])).toEqual([
      [join(docs, 'two.olive'), 'Card to Sam', 'card', 'Sam', true],
      [join(docs, 'one.olive'), 'Card to Sam', 'card', 'Sam', false],
    ]);
    const after = await handlers.recent.forget({ path: join(docs, 'one.olive') });
    expect(after.entries).toHaveLength(1);
  });

  it('serializes the draft exactly as the core does', async () => {
    const { handlers, docs } = await setup();
    const { docId, draft } = await newCard(handlers);
    const saved = await handlers.drafts.save({ docId, path: join(docs, 'a.olive'), draft });
    expect(await readFile(saved.path, 'utf8')).toBe(serializeDraft(saved.draft));
  });
});

describe('file names', () => {
  it('suggests names that are valid everywhere', async () => {
    const { safeFileName } = await import('../../src/main/handlers/names');
    expect(safeFileName('Card to Sam: "the best"?')).toBe('Card to Sam the best');
    expect(safeFileName('a/b\\c\u0000d')).toBe('a b c d');
    expect(safeFileName('CON')).toBe('CON draft');
    expect(safeFileName('...')).toBe('Untitled');
  });
});

describe('concurrent saves', () => {
  it('saves to one file run in order: the file has the last, the .bak the one before', async () => {
    const { handlers, docs } = await setup();
    const { docId, draft } = await newCard(handlers);
    const path = join(docs, 'busy.olive');
    const version = (n: number) => ({ ...draft, fields: { ...draft.fields, message: `v${n}` } });
    await Promise.all([1, 2, 3, 4, 5].map((n) => handlers.drafts.save({ docId, path, draft: version(n) })));
    expect(parseDraft(await readFile(path, 'utf8')).fields.message).toBe('v5');
    expect(parseDraft(await readFile(`${path}.bak`, 'utf8')).fields.message).toBe('v4');
  });
});
