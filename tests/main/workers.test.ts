/**
 * Untrusted work runs in a worker thread with a memory cap and a time limit: a job that spins,
 * eats memory or crashes costs one clear error, never the app, and the next job runs in a fresh
 * worker. The same pool runs the real work (templates, render, PDF) for the handlers.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS, UntrustedWork } from '../../src/main/workers/pool';
import { newCard, setup } from './helpers';

const paths = { templates: '', userTemplates: '', fonts: '' };
const hog = new UntrustedWork(
  { file: resolve(import.meta.dirname, 'fixtures/hog-worker.ts'), typescript: true },
  { ...DEFAULT_LIMITS, maxOldGenerationSizeMb: 48, timeoutMs: { ...DEFAULT_LIMITS.timeoutMs, render: 1500 } },
);
afterAll(() => hog.close());

// The hog answers every job the same way; 'render' is the job whose time limit is set low above.
const ask = (input: string) => hog.run('render', paths, input as never) as Promise<unknown>;

describe('the untrusted-work pool', () => {
  it('answers from another thread', async () => {
    expect(await ask('hello')).toEqual({ echo: 'hello', thread: 'worker' });
  });

  it(
    'a job that never ends is stopped at its time limit ' + 'with work/timeout; the next job gets a fresh worker',
    async () => {
      const started = performance.now();
      await expect(ask('spin')).rejects.toMatchObject({
        code: 'work/timeout',
        message: expect.stringMatching(/longer than 2 s, so it was stopped/),
      });
      expect(performance.now() - started).toBeLessThan(5000);
      expect(await ask('after')).toEqual({ echo: 'after', thread: 'worker' });
    },
  );

  it('a job that eats memory is stopped at the heap cap with work/out-of-memory, not the app', async () => {
    const before = process.memoryUsage().heapUsed;
    await expect(ask('eat')).rejects.toMatchObject({
      code: 'work/out-of-memory',
      message: expect.stringMatching(/more than 48 MB/),
    });
    expect(process.memoryUsage().heapUsed - before).toBeLessThan(32 * 1024 * 1024);
    expect(await ask('after')).toEqual({ echo: 'after', thread: 'worker' });
  });

  it('a worker that dies is reported as work/crashed, and replaced', async () => {
    await expect(ask('crash')).rejects.toMatchObject({ code: 'work/crashed' });
    expect(await ask('after')).toEqual({ echo: 'after', thread: 'worker' });
  });

  it('jobs queued behind a stopped one still run, in order', async () => {
    const results = await Promise.allSettled([ask('one'), ask('spin'), ask('two')]);
    expect(
      results.map((r) =>
        r.status === 'fulfilled' ? (r.value as { echo: string }).echo : (r.reason as { code: string }).code,
      ),
    ).toEqual(['one', 'work/timeout', 'two']);
  });
});

describe('the handlers use it for templates, rendering and PDFs', () => {
  it('a hostile user template is one clear error in the list; the bundled ones and the app go on', async () => {
    const app = await setup();
    const folder = join(app.ctx.paths.userData, 'templates', 'bomb');
    await mkdir(folder, { recursive: true });
    let source = '{{#*inline "p0"}}xxxxxxxxxxxxxxxx{{/inline}}';
    for (let i = 1; i <= 26; i++) source += `{{#*inline "p${i}"}}{{> p${i - 1}}}{{> p${i - 1}}}{{/inline}}`;
    await writeFile(join(folder, 'template.hbs'), `${source}{{#block "front"}}{{> p26}}{{/block}}`);
    await writeFile(
      join(folder, 'template.json'),
      JSON.stringify({
        id: 'bomb',
        kind: 'card',
        step: 2,
        title: 'B',
        description: 'b',
        intent: 'friendship',
        blocks: ['front'],
        fields: [],
        sample: { recipient: { name: 'A', pronouns: 'they' }, sender: 'B', fields: {} },
      }),
    );
    const started = performance.now();
    const list = await app.handlers.templates.list(undefined);
    expect(list.errors).toEqual([
      { where: expect.stringMatching(/bomb[\\/]template\.hbs:1$/), message: expect.stringMatching(/not allowed/) },
    ]);
    expect(list.templates.map((t) => t.id)).toContain('card-thinking-of-you');
    expect(performance.now() - started).toBeLessThan(15_000);
    const { draft } = await newCard(app.handlers, 'Still here.');
    expect((await app.handlers.templates.render({ draft })).text).toContain('Still here.');
    expect((await app.handlers.pdf.preview({ draft })).pages).toBeGreaterThan(0);
  });

  it('a template error while rendering crosses the thread with its code and place', async () => {
    const app = await setup();
    const { draft } = await newCard(app.handlers);
    await expect(
      app.handlers.templates.render({ draft: { ...draft, templateId: 'no-such-template' } }),
    ).rejects.toMatchObject({ code: 'template/unknown' });
  });
});
