import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { readdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createHandlers } from '../../src/main/handlers';
import { createNodeContext } from './node-context';
import { newCard, setup } from './helpers';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('recovery', () => {
  it('writes a recovery copy within 2 s of a change, coalescing fast changes', async () => {
    const { handlers, ctx } = await setup();
    const { docId, draft } = await newCard(handlers);
    const started = Date.now();
    for (let i = 1; i <= 5; i++) {
      const r = await handlers.recovery.autosave({
        docId,
        path: null,
        draft: { ...draft, fields: { ...draft.fields, message: `v${i}` } },
      });
      expect(r.withinMs).toBeLessThanOrEqual(2000);
    }
    let entries: Awaited<ReturnType<typeof handlers.recovery.list>>['entries'] = [];
    while (entries.length === 0 && Date.now() - started < 2000) {
      await sleep(25);
      entries = (await handlers.recovery.list(undefined)).entries;
    }
    expect(Date.now() - started).toBeLessThan(2000);
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ docId, path: null, title: 'Card to Sam' });
    expect(entries[0]?.draft.fields.message).toBe('v5');
    expect(await readdir(ctx.paths.recovery)).toEqual([`${docId}.recovery.json`]);
  });

  it('restore gives the text back under a new id; discard removes it; save makes it obsolete', async () => {
    const { handlers, services, docs } = await setup({ autosaveDelayMs: 10 });
    const { docId, draft } = await newCard(handlers, 'unsaved words');
    await handlers.recovery.autosave({ docId, path: null, draft });
    await services.autosaver.flush();
    const restored = await handlers.recovery.restore({ docId });
    expect(restored.docId).not.toBe(docId);
    expect(restored.draft.fields.message).toBe('unsaved words');
    let { entries } = await handlers.recovery.list(undefined);
    expect(entries.map((e) => e.docId)).toEqual([restored.docId]);
    await handlers.drafts.save({ docId: restored.docId, path: join(docs, 'r.olive'), draft: restored.draft });
    expect((await handlers.recovery.list(undefined)).entries).toEqual([]);

    await handlers.recovery.autosave({ docId, path: null, draft });
    await services.autosaver.flush();
    await handlers.recovery.discard({ docId });
    ({ entries } = await handlers.recovery.list(undefined));
    expect(entries).toEqual([]);
    await expect(handlers.recovery.restore({ docId })).rejects.toMatchObject({ code: 'recovery/unknown' });
  });

  it('flush writes pending changes at once (before quit)', async () => {
    const { handlers, services } = await setup({ autosaveDelayMs: 60_000 });
    const { docId, draft } = await newCard(handlers, 'typed just before quitting');
    await handlers.recovery.autosave({ docId, path: null, draft });
    expect((await handlers.recovery.list(undefined)).entries).toEqual([]);
    await services.flush();
    expect((await handlers.recovery.list(undefined)).entries[0]?.draft.fields.message).toBe(
      'typed just before quitting',
    );
  });

  it('after a kill, the next start restores the text typed up to 2 s before', async () => {
    const { dataDir } = await setup();
    const templatesDir = resolve(import.meta.dirname, '../../templates');
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', resolve(import.meta.dirname, 'fixtures/typist.ts'), dataDir, templatesDir],
      {
        stdio: ['ignore', 'pipe', 'inherit'],
      },
    );
    const typed: { length: number; at: number }[] = [];
    const lines = createInterface({ input: child.stdout });
    lines.on('line', (line) => {
      const [, length, at] = line.split(' ');
      typed.push({ length: Number(length), at: Number(at) });
    });
    const exited = new Promise((done) => child.on('exit', done));
    while (typed.length < 60) await sleep(20); // about 3 s of typing
    child.kill('SIGKILL');
    const killedAt = Date.now();
    await exited;

    // The next start: a fresh set of handlers over the same folders.
    const { handlers } = createHandlers(createNodeContext({ dataDir, templatesDir }));
    const { entries } = await handlers.recovery.list(undefined);
    expect(entries).toHaveLength(1);
    const recovered = entries[0]?.draft.fields.message ?? '';
    const typedTwoSecondsBefore = typed.filter((t) => t.at <= killedAt - 2000).at(-1)?.length ?? 0;
    expect(typedTwoSecondsBefore).toBeGreaterThan(0);
    expect(recovered.length).toBeGreaterThanOrEqual(typedTwoSecondsBefore);
    expect(recovered).toBe('abcdefghijklmnopqrstuvwxyz'.repeat(5).slice(0, recovered.length));
  });
});
