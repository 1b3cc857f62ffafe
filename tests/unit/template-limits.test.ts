/**
 * A user's template is untrusted: the bombs that took 21 s and 1.2 GB (doubling inline partials)
 * or 3.2 GB (thousands of expressions) are refused at load or stopped while rendering, each with
 * one clear error naming the file and line; {{log}} prints nothing. Real drafts never hit a limit.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { compileSource } from '../../src/core/templates/environment';
import { TEMPLATE_LIMITS } from '../../src/core/templates/limits';
import { loadTemplates } from '../../src/core/templates/load';
import { renderTemplate } from '../../src/core/templates/render';

const BUNDLED = resolve(import.meta.dirname, '../../templates');
let dir: string;

const META = {
  id: 'hostile',
  kind: 'card',
  step: 2,
  title: 'Hostile',
  description: 'x',
  intent: 'friendship',
  blocks: ['front'],
  fields: [],
  sample: { recipient: { name: 'A', pronouns: 'they' }, sender: 'B', fields: {} },
};

async function userTemplate(name: string, source: string, meta: object = META): Promise<string> {
  const folder = join(dir, name);
  await mkdir(join(folder, 'hostile'), { recursive: true });
  await writeFile(join(folder, 'hostile', 'template.hbs'), source);
  await writeFile(join(folder, 'hostile', 'template.json'), JSON.stringify(meta));
  return folder;
}

/** Loads one user template folder; returns its load errors and how long it took. */
async function load(folder: string) {
  const started = performance.now();
  const set = await loadTemplates(BUNDLED, folder);
  return {
    errors: set.errors,
    loaded: set.templates.some((t) => t.meta.id === 'hostile'),
    ms: performance.now() - started,
  };
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'olive-templates-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('refused at load, with file and line', () => {
  it('26 levels of doubling inline partials in a 1 KB template (was 21 s and 1.2 GB)', async () => {
    let source = '{{#*inline "p0"}}xxxxxxxxxxxxxxxx{{/inline}}';
    for (let i = 1; i <= 26; i++) source += `{{#*inline "p${i}"}}{{> p${i - 1}}}{{> p${i - 1}}}{{/inline}}`;
    source += '{{#block "front"}}{{> p26}}{{/block}}';
    expect(source.length).toBeLessThan(1400);
    const result = await load(await userTemplate('partials', source));
    expect(result.loaded).toBe(false);
    expect(result.errors).toEqual([
      { where: expect.stringMatching(/template\.hbs:1$/), message: expect.stringMatching(/decorators|partials/) },
    ]);
    expect(result.ms).toBeLessThan(2000);
  });

  it.each([
    ['a partial', '{{#block "front"}}{{> other}}{{/block}}', /partials/],
    ['a loop', '{{#block "front"}}\n{{#each recipient}}x{{/each}}{{/block}}', /loops/],
    ['{{log}}', '{{#block "front"}}\n\n{{log "hello"}}{{/block}}', /\{\{log\}\} is not allowed/],
    ['{{lookup}}', '{{#block "front"}}{{lookup recipient "name"}}{{/block}}', /\{\{lookup\}\}/],
    ['triple braces', '{{#block "front"}}{{{recipient.name}}}{{/block}}', /triple braces/],
    ['an unknown block helper', '{{#block "front"}}{{#repeat 9}}x{{/repeat}}{{/block}}', /only \{\{#if\}\}/],
  ])('%s', async (_name, source, message) => {
    const result = await load(await userTemplate(`one-${_name.replace(/\W/g, '')}`, source));
    expect(result.loaded).toBe(false);
    expect(result.errors[0]?.message).toMatch(message);
  });

  it('{{log}} writes nothing to the console', async () => {
    const spies = (['log', 'info', 'warn', 'error', 'debug'] as const).map((m) =>
      vi.spyOn(console, m).mockImplementation(() => undefined),
    );
    await load(await userTemplate('log-quiet', '{{#block "front"}}{{log "LOGGED"}}hi{{/block}}'));
    for (const spy of spies) {
      expect(spy).not.toHaveBeenCalled();
      spy.mockRestore();
    }
  });

  it('a source over 64 KB, and blocks nested deeper than 16', async () => {
    const big = await load(
      await userTemplate('big', `{{#block "front"}}${'x'.repeat(TEMPLATE_LIMITS.maxSourceBytes)}{{/block}}`),
    );
    expect(big.errors[0]?.message).toMatch(/at most 64 KB/);
    const deep = await load(
      await userTemplate('deep', `{{#block "front"}}${'{{#if intent}}'.repeat(17)}x${'{{/if}}'.repeat(17)}{{/block}}`),
    );
    expect(deep.errors[0]?.message).toMatch(/nested more than 16 deep/);
    const fine = await load(
      await userTemplate('fine', `{{#block "front"}}${'{{#if intent}}'.repeat(15)}x${'{{/if}}'.repeat(15)}{{/block}}`),
    );
    expect(fine.loaded).toBe(true);
  });
});

describe('stopped while rendering', () => {
  it('thousands of expressions of a long field stop at the output limit, quickly and in little memory', async () => {
    const source = `{{#block "front"}}${'{{fields.message}}'.repeat(3000)}{{/block}}`;
    expect(source.length).toBeLessThan(TEMPLATE_LIMITS.maxSourceBytes);
    const compiled = compileSource(source, 'bomb.hbs');
    const started = performance.now();
    const context = {
      recipient: { name: '', pronouns: {} },
      sender: { name: '' },
      partner: { name: '' },
      intent: 'friendship',
      fields: { message: 'y'.repeat(100_000) },
    };
    expect(() => compiled.run(context)).toThrow(
      expect.objectContaining({
        code: 'template/too-much-output',
        where: 'bomb.hbs',
        message: expect.stringMatching(/more than 2,000,000 characters/),
      }),
    );
    // Handlebars compiles on the first render, so this includes compiling 3,000 expressions.
    expect(performance.now() - started).toBeLessThan(3000);
  });

  it('the limit is per render: the next render of the same template starts afresh', () => {
    const compiled = compileSource('{{#block "front"}}{{fields.message}}{{/block}}', 'ok.hbs');
    const context = {
      recipient: { name: '', pronouns: {} },
      sender: { name: '' },
      partner: { name: '' },
      intent: 'friendship',
      fields: { message: 'z'.repeat(1_500_000) },
    };
    expect(compiled.run(context).blocks.get('front')).toHaveLength(1_500_000);
    expect(compiled.run(context).blocks.get('front')).toHaveLength(1_500_000);
  });
});

describe('real drafts never meet a limit', () => {
  it('every bundled template renders every field at its 100,000-character maximum', async () => {
    const { templates, errors } = await loadTemplates(BUNDLED);
    expect(errors).toEqual([]);
    for (const template of templates) {
      const fields = Object.fromEntries(
        template.meta.fields.map((f) => [
          f.id,
          f.type === 'choice' ? (f.choices?.[0]?.value ?? '') : 'w'.repeat(100_000),
        ]),
      );
      const doc = renderTemplate(template, {
        recipientName: 'Sam',
        pronouns: 'they',
        senderName: 'Alex',
        partnerName: 'Jo',
        fields,
      });
      expect(doc.text.length, template.meta.id).toBeGreaterThan(100_000);
    }
  });
});
