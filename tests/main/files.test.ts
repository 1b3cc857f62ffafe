/**
 * Drafts on disk under hostile conditions: modes and owners, read-only files, symlinks, another
 * program's edits, a full disk, backups that travel with their draft, and size limits that are the
 * same at save, autosave and load. Each case is something a writer would notice losing.
 */
import { chmod, lstat, readdir, readFile, readlink, stat, symlink, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/index';
import type { CliIo } from '../../src/cli/io';
import { parseDraft, serializeDraft } from '../../src/core/draft/parse';
import { MAX_DRAFT_BYTES } from '../../src/core/draft/schema';
import { newCard, setup, tempDir } from './helpers';
import { canMountTmpfs, onTinyDisk, tempFilesIn, TINY_DISK } from './tiny-disk';

const message = (path: string) => readFile(path, 'utf8').then((t) => parseDraft(t).fields.message);

async function savedCard(text = 'first') {
  const app = await setup();
  const { docId, draft } = await newCard(app.handlers, text);
  const path = join(app.docs, 'card.olive');
  await app.handlers.drafts.save({ docId, path, draft });
  const edit = (words: string) => ({ ...draft, fields: { ...draft.fields, message: words } });
  return { ...app, docId, draft, path, edit };
}

describe('permissions', () => {
  it('a save keeps the file mode (a private 0600 draft stays private)', async () => {
    const { handlers, docId, path, edit } = await savedCard();
    await chmod(path, 0o600);
    await handlers.drafts.save({ docId, path, draft: edit('second') });
    expect((await stat(path)).mode & 0o777).toBe(0o600);
    expect(await message(path)).toBe('second');
  });

  it.skipIf(process.getuid?.() !== 0)('a save keeps the owner and group of the file', async () => {
    const { handlers, docId, path, edit } = await savedCard();
    const { chown } = await import('node:fs/promises');
    await chown(path, 1234, 5678);
    await handlers.drafts.save({ docId, path, draft: edit('second') });
    expect(await stat(path)).toMatchObject({ uid: 1234, gid: 5678 });
  });

  it('a read-only draft is refused with a clear message and left exactly as it was', async () => {
    const { handlers, docId, path, edit, docs } = await savedCard();
    await chmod(path, 0o444);
    const before = await readFile(path);
    const error = await handlers.drafts.save({ docId, path, draft: edit('second') }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'io/read-only', message: expect.stringMatching(/read-only.*Save As/) });
    expect(await readFile(path)).toEqual(before);
    expect((await stat(path)).mode & 0o777).toBe(0o444);
    expect(await tempFilesIn(docs)).toEqual([]);
  });
});

describe('symlinks', () => {
  it('saving through a symlink updates its target, keeps the link a link, and the .bak is a real file', async () => {
    const { handlers, docId, edit, draft, docs } = await savedCard();
    const outside = await tempDir('olive-elsewhere-');
    const real = join(outside, 'real.olive');
    await writeFile(real, serializeDraft(draft));
    const link = join(docs, 'link.olive');
    await symlink(real, link);
    await handlers.drafts.save({ docId, path: link, draft: edit('through the link') });
    expect((await lstat(link)).isSymbolicLink()).toBe(true);
    expect(await readlink(link)).toBe(real);
    expect(await message(real)).toBe('through the link');
    // The backup sits beside the real file and is a file of its own, never a link to it.
    expect((await lstat(`${real}.bak`)).isFile()).toBe(true);
    expect(await message(`${real}.bak`)).toBe('first');
    expect((await readdir(docs)).sort()).toEqual(['card.olive', 'link.olive']);
  });

  it('a .bak planted as a link to another file is replaced by a real backup, the other file untouched', async () => {
    const { handlers, docId, path, edit, dataDir } = await savedCard();
    const victim = join(dataDir, 'victim.txt');
    await writeFile(victim, 'do not touch');
    const { rm } = await import('node:fs/promises');
    await rm(`${path}.bak`, { force: true });
    await symlink(victim, `${path}.bak`);
    await handlers.drafts.save({ docId, path, draft: edit('second') });
    expect(await readFile(victim, 'utf8')).toBe('do not touch');
    expect((await lstat(`${path}.bak`)).isFile()).toBe(true);
    expect(await message(`${path}.bak`)).toBe('first');
  });

  it('a dangling link is refused, not written through', async () => {
    const { handlers, docId, draft, docs } = await savedCard();
    const link = join(docs, 'dangling.olive');
    await symlink(join(docs, 'nowhere', 'gone.olive'), link);
    await expect(handlers.drafts.save({ docId, path: link, draft })).rejects.toMatchObject({
      code: 'path/not-allowed',
    });
    await expect(stat(join(docs, 'nowhere'))).rejects.toMatchObject({ code: 'ENOENT' });
  });
});

describe('another program changed the file since it was opened', () => {
  it('save is refused with draft/changed-on-disk; the other version stays; overwrite: true replaces it', async () => {
    const { handlers, docId, path, edit, draft } = await savedCard();
    const opened = await handlers.drafts.open({ path });
    if (opened.status !== 'opened') throw new Error('expected opened');
    const theirs = serializeDraft({ ...draft, fields: { ...draft.fields, message: 'edited elsewhere' } });
    await writeFile(path, theirs);
    const error = await handlers.drafts.save({ docId, path, draft: edit('mine') }).catch((e: unknown) => e);
    expect(error).toMatchObject({
      code: 'draft/changed-on-disk',
      where: path,
      message: expect.stringMatching(/reload.*overwrite.*save as/),
    });
    expect(await readFile(path, 'utf8')).toBe(theirs);
    const forced = await handlers.drafts.save({ docId, path, draft: edit('mine'), overwrite: true });
    expect(forced.status).toBe('saved');
    expect(await message(path)).toBe('mine');
    // What the other program wrote is not lost: it is the backup now.
    expect(await message(`${path}.bak`)).toBe('edited elsewhere');
    // Once overwritten, later saves go through without asking again.
    await handlers.drafts.save({ docId, path, draft: edit('mine, later') });
    expect(await message(path)).toBe('mine, later');
  });

  it('rewriting the very same bytes (a sync tool, a touch) is not a change', async () => {
    const { handlers, docId, path, edit } = await savedCard();
    await writeFile(path, await readFile(path));
    await handlers.drafts.save({ docId, path, draft: edit('second') });
    expect(await message(path)).toBe('second');
  });

  it('mark as mailed checks the same way', async () => {
    const { handlers, docId, path, draft } = await savedCard();
    await writeFile(path, serializeDraft({ ...draft, fields: { ...draft.fields, message: 'elsewhere' } }));
    await expect(handlers.contacts.markMailed({ docId, path, draft })).rejects.toMatchObject({
      code: 'draft/changed-on-disk',
    });
    expect(await message(path)).toBe('elsewhere');
  });
});

describe('backups travel with their draft', () => {
  it('rename moves the .bak and damaged copies along, and refuses to replace a stray backup', async () => {
    const { handlers, docId, path, edit, docs } = await savedCard();
    await handlers.drafts.save({ docId, path, draft: edit('second') });
    await writeFile(join(docs, 'card.olive.damaged-2026-01-01T00-00-00-000Z'), 'old damage');
    await writeFile(join(docs, 'taken.olive.bak'), 'a stray backup of a draft long gone');
    await expect(handlers.drafts.rename({ path, newName: 'taken' })).rejects.toMatchObject({
      code: 'path/exists',
      where: join(docs, 'taken.olive.bak'),
    });
    expect(await readFile(join(docs, 'taken.olive.bak'), 'utf8')).toBe('a stray backup of a draft long gone');
    expect(await message(path)).toBe('second');
    const { path: renamed } = await handlers.drafts.rename({ path, newName: 'For Sam' });
    expect((await readdir(docs)).sort()).toEqual([
      'For Sam.olive',
      'For Sam.olive.bak',
      'For Sam.olive.damaged-2026-01-01T00-00-00-000Z',
      'taken.olive.bak',
    ]);
    expect(await message(`${renamed}.bak`)).toBe('first');
  });

  it('delete moves the .bak and damaged copies to the trash with the draft', async () => {
    const { handlers, ctx, docId, path, edit, docs } = await savedCard();
    await handlers.drafts.save({ docId, path, draft: edit('second') });
    const damaged = join(docs, 'card.olive.damaged-2026-01-01T00-00-00-000Z');
    await writeFile(damaged, 'old damage');
    await writeFile(join(docs, 'cardigan.olive'), 'another draft, not a companion');
    await handlers.drafts.delete({ path, docId });
    expect(ctx.record.trashed.sort()).toEqual([path, `${path}.bak`, damaged].sort());
    expect(await readdir(docs)).toEqual(['cardigan.olive']);
  });
});

describe('one size limit at save, autosave and load', () => {
  const huge = (draft: Awaited<ReturnType<typeof savedCard>>['draft']) => ({
    ...draft,
    // Every field is within its own limit; together they pass the limit of a whole draft.
    fields: Object.fromEntries(Array.from({ length: 60 }, (_, i) => [`f${i}`, 'x'.repeat(99_000)])),
  });

  it('save refuses a draft larger than a draft may be, before touching the file', async () => {
    const { handlers, docId, path, draft } = await savedCard();
    const before = await readFile(path);
    await expect(handlers.drafts.save({ docId, path, draft: huge(draft) })).rejects.toMatchObject({
      code: 'draft/too-large',
    });
    expect(await readFile(path)).toEqual(before);
  });

  it('autosave refuses it too, so no recovery copy is written that could not be opened', async () => {
    const { handlers, services, docId, draft } = await savedCard();
    await expect(handlers.recovery.autosave({ docId, path: null, draft: huge(draft) })).rejects.toMatchObject({
      code: 'draft/too-large',
    });
    await services.autosaver.flush();
    expect((await handlers.recovery.list(undefined)).entries).toEqual([]);
  });

  it(
    'a file grown past the limit opens from its .bak ' + 'with a notice, and is kept aside (not lost) on ' + 'save',
    async () => {
      const { handlers, docId, path, edit, docs } = await savedCard();
      await handlers.drafts.save({ docId, path, draft: edit('second') });
      await writeFile(path, Buffer.alloc(MAX_DRAFT_BYTES + 1, 32));
      const opened = await handlers.drafts.open({ path });
      if (opened.status !== 'opened') throw new Error('expected opened');
      expect(opened.draft.fields.message).toBe('first');
      expect(opened.notice).toMatch(/larger than the 5 MB/);
      await handlers.drafts.save({ docId: opened.docId, path, draft: opened.draft });
      const aside = (await readdir(docs)).find((n) => n.startsWith('card.olive.damaged-'));
      expect((await stat(join(docs, aside ?? 'missing'))).size).toBe(MAX_DRAFT_BYTES + 1);
      expect(await message(`${path}.bak`)).toBe('first');
    },
  );
});

describe.skipIf(!canMountTmpfs)(`disk full: ${TINY_DISK}`, () => {
  it('a save that runs out of space says so, keeps the old draft and its .bak, and leaves no temp file', async () => {
    await onTinyDisk(async (folder, fill) => {
      const { handlers } = await setup();
      const { docId, draft } = await newCard(handlers, 'small and safe');
      const path = join(folder, 'card.olive');
      await handlers.drafts.save({ docId, path, draft });
      await handlers.drafts.save({ docId, path, draft: { ...draft, fields: { ...draft.fields, message: 'second' } } });
      await fill(4096);
      const big = { ...draft, fields: { ...draft.fields, message: 'y'.repeat(20_000) } };
      const error = await handlers.drafts.save({ docId, path, draft: big }).catch((e: unknown) => e);
      expect(error).toMatchObject({ code: 'io/disk-full', message: expect.stringMatching(/disk is full/) });
      expect(await message(path)).toBe('second');
      expect(await message(`${path}.bak`)).toBe('small and safe');
      expect(await tempFilesIn(folder)).toEqual([]);
    });
  });

  it('a PDF export that runs out of space leaves no partial file beside the target', async () => {
    await onTinyDisk(async (folder, fill) => {
      const { handlers } = await setup();
      const { draft } = await newCard(handlers);
      await fill(8192);
      const target = join(folder, 'card.pdf');
      await expect(handlers.pdf.export({ draft, path: target })).rejects.toMatchObject({ code: 'io/disk-full' });
      expect(await readdir(folder)).toEqual([]);
    });
  });

  it('olive export that runs out of space says so in one line and leaves no hidden temp file', async () => {
    await onTinyDisk(async (folder, fill) => {
      await fill(8192);
      let stderr = '';
      const io: CliIo = {
        stdout: () => undefined,
        stderr: (t) => void (stderr += t),
        readStdin: async () => new Uint8Array(),
        cwd: folder,
        templatesDir: resolve(import.meta.dirname, '../../templates'),
      };
      const code = await main(['export', '--template', 'card-thinking-of-you', '--sample', '--out', 'card.pdf'], io);
      expect(await readdir(folder)).toEqual([]);
      expect(code).toBe(2);
      expect(stderr).toMatch(/^olive export: .*card\.pdf: the disk is full, so nothing was changed[^\n]*\n$/);
    });
  });
});
