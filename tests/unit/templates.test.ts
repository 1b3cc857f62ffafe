import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PronounSet, Pronouns } from '../../src/core/draft/schema';
import { GUIDE_TEMPLATES } from '../../src/core/guide';
import { findTemplate, loadTemplates, type TemplateSet } from '../../src/core/templates/load';
import { renderTemplate, sampleInput, type RenderInput } from '../../src/core/templates/render';
import type { RenderedDocument, Template } from '../../src/core/templates/types';

const BUNDLED_DIR = fileURLToPath(new URL('../../templates', import.meta.url));

const ALL_IDS: string[] = [
  ...GUIDE_TEMPLATES.message,
  ...GUIDE_TEMPLATES.card,
  ...GUIDE_TEMPLATES.note,
  ...GUIDE_TEMPLATES.letter.friendship,
  ...GUIDE_TEMPLATES.letter.romantic,
];
const CARD_IDS: string[] = [...GUIDE_TEMPLATES.card];
const LETTER_IDS: string[] = [...GUIDE_TEMPLATES.letter.friendship, ...GUIDE_TEMPLATES.letter.romantic];
const STEP_OF_KIND = { message: 1, card: 2, note: 4, letter: 5 } as const;

let bundled: TemplateSet;
beforeAll(async () => {
  bundled = await loadTemplates(BUNDLED_DIR);
});

function bundledTemplate(id: string): Template {
  return findTemplate(bundled, id);
}

/** The value a field renders with for the sample: the sample's, else the default. */
function sampleValue(template: Template, fieldId: string): string {
  const field = template.meta.fields.find((f) => f.id === fieldId);
  return template.meta.sample.fields[fieldId] ?? field?.default ?? '';
}

function withFields(template: Template, fields: Record<string, string>, extra: Partial<RenderInput> = {}): RenderInput {
  const input = sampleInput(template);
  return { ...input, ...extra, fields: { ...input.fields, ...fields } };
}

function blockText(doc: RenderedDocument, id: string): string {
  const block = doc.blocks.find((b) => b.id === id);
  if (!block) throw new Error(`no block ${id} in ${doc.templateId}`);
  return block.text;
}

function spansOf(doc: RenderedDocument, field: string): string[] {
  return doc.spans.filter((s) => s.field === field).map((s) => doc.text.slice(s.start, s.end));
}

function words(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

describe('bundled templates', () => {
  it('load without errors and are exactly the templates the guide points to', () => {
    expect(bundled.errors).toEqual([]);
    expect(bundled.templates.map((t) => t.meta.id).sort()).toEqual([...ALL_IDS].sort());
    expect(bundled.templates.every((t) => t.origin === 'bundled')).toBe(true);
  });

  it.each(ALL_IDS)('%s renders its sample with every block filled, in print order', (id) => {
    const template = bundledTemplate(id);
    const doc = renderTemplate(template, sampleInput(template));
    expect(doc.blocks.map((b) => b.id)).toEqual(template.meta.blocks);
    for (const block of doc.blocks) {
      expect(block.text.trim().length, `${id} ${block.id}`).toBeGreaterThan(0);
      expect(block.text).toBe(block.text.trim());
      expect(doc.text.slice(block.start, block.end)).toBe(block.text);
    }
    expect(doc.text).toBe(doc.blocks.map((b) => b.text).join('\n\n'));
    expect(doc.step).toBe(STEP_OF_KIND[doc.kind]);
  });

  it.each(ALL_IDS)('%s: every field span covers exactly what the writer typed', (id) => {
    const template = bundledTemplate(id);
    const input = sampleInput(template);
    const doc = renderTemplate(template, input);
    for (const field of template.meta.fields) {
      if (field.type === 'choice') {
        expect(spansOf(doc, field.id)).toEqual([]);
        continue;
      }
      const value = sampleValue(template, field.id);
      const covered = spansOf(doc, field.id);
      expect(covered.length, `${id}.${field.id}`).toBeGreaterThan(0);
      for (const text of covered) expect(text).toBe(value);
    }
    expect(spansOf(doc, 'recipient.name').length).toBeGreaterThan(0);
    for (const text of spansOf(doc, 'recipient.name')) expect(text).toBe(input.recipientName);
    expect(spansOf(doc, 'sender.name')).toContain(input.senderName);
    for (const text of spansOf(doc, 'sender.name')) expect(text).toBe(input.senderName);
  });

  it.each(ALL_IDS)('%s leaves no gaps when optional fields are empty', (id) => {
    const template = bundledTemplate(id);
    const cleared = Object.fromEntries(template.meta.fields.filter((f) => !f.required).map((f) => [f.id, '']));
    const doc = renderTemplate(template, withFields(template, cleared));
    expect(doc.text).not.toMatch(/\n\n\n/);
    expect(doc.text).not.toMatch(/ {2}| [,.;:]|[ \t]$/m);
    for (const field of template.meta.fields.filter((f) => !f.required)) expect(spansOf(doc, field.id)).toEqual([]);
  });

  it('have kind, step and intent that match the guide, and helpful metadata', () => {
    for (const template of bundled.templates) {
      const { meta } = template;
      expect(meta.step, meta.id).toBe(STEP_OF_KIND[meta.kind]);
      if (meta.kind === 'card' || meta.kind === 'note') expect(meta.intent, meta.id).toBe('friendship');
      for (const field of meta.fields) {
        expect(field.hint.length, `${meta.id}.${field.id} hint`).toBeGreaterThan(10);
        if (field.required) expect(sampleValue(template, field.id), `${meta.id}.${field.id} sample`).not.toBe('');
      }
    }
    expect(bundledTemplate('letter-friendship').meta.intent).toBe('friendship');
    expect(bundledTemplate('letter-romantic').meta.intent).toBe('romantic');
    expect(bundledTemplate('message-text').meta.channel).toBe('text');
    expect(bundledTemplate('message-email').meta.channel).toBe('email');
    expect(new Set(CARD_IDS.map((id) => bundledTemplate(id).meta.tone)).size).toBe(3);
  });

  it('samples use varied names and he, she and they', () => {
    const samples = bundled.templates.map((t) => t.meta.sample);
    expect(new Set(samples.map((s) => s.recipient.pronouns))).toEqual(new Set(['he', 'she', 'they']));
    expect(new Set(samples.map((s) => s.recipient.name)).size).toBe(samples.length);
    expect(new Set(samples.map((s) => s.sender)).size).toBe(samples.length);
  });
});

describe('cards and notes', () => {
  const FRIENDLY_ONLY = [
    /\blove\b/i,
    /\bxo(xo)?\b/i,
    /miss(ing)? you/i,
    /\bkiss/i,
    /\bdarling\b/i,
    /\bbabe?\b/i,
    /get back together/i,
  ];
  const ASKS = [/\?/, /let me know/i, /write back/i, /\breply\b/i, /call me/i, /text me/i, /hear from you/i];

  it.each(CARD_IDS)('%s signs the inside with the name alone on the last line', (id) => {
    const template = bundledTemplate(id);
    const doc = renderTemplate(template, sampleInput(template));
    const lines = blockText(doc, 'inside').split('\n');
    expect(lines.at(-1)).toBe(template.meta.sample.sender);
    // A blank line before the name: no "Love," or "Yours," sign-off word above it.
    expect(lines.at(-2)).toBe('');
  });

  it.each(CARD_IDS)('%s fits a quarter-fold panel and stays friendly', (id) => {
    const template = bundledTemplate(id);
    const doc = renderTemplate(template, sampleInput(template));
    expect(words(blockText(doc, 'inside'))).toBeLessThan(90);
    expect(words(blockText(doc, 'front'))).toBeLessThanOrEqual(8);
    expect(words(blockText(doc, 'back'))).toBeLessThanOrEqual(10);
    for (const re of [...FRIENDLY_ONLY, ...ASKS]) expect(doc.text, `${id} ${re}`).not.toMatch(re);
  });

  it('card-thinking-of-you opens with the greeting the writer chose', () => {
    const template = bundledTemplate('card-thinking-of-you');
    const first = (greeting: string): string =>
      blockText(renderTemplate(template, withFields(template, { greeting })), 'inside').split('\n')[0] ?? '';
    expect(first('hi')).toBe('Hi Rowan,');
    expect(first('hello')).toBe('Hello Rowan,');
    expect(first('dear')).toBe('Dear Rowan,');
  });

  it('the movie-pass note says the writer knows, is fine with it, and wants only friendship', () => {
    const template = bundledTemplate('note-movie-passes');
    const input = sampleInput(template);
    const doc = renderTemplate(template, input);
    const body = blockText(doc, 'body');
    expect(input.partnerName).toBe(template.meta.sample.partnerName);
    expect(input.partnerName).toMatch(/^\p{Lu}\p{L}+$/u);
    expect(spansOf(doc, 'partner.name')).toEqual([input.partnerName, input.partnerName]);
    expect(body).toMatch(/you and \S+ are together/);
    expect(body).toMatch(/fine with it/);
    expect(body).toMatch(/two movie passes are for you and /);
    expect(body).toMatch(/friends again/);
    expect(body.split('\n').at(-1)).toBe(input.senderName);
    for (const re of [...FRIENDLY_ONLY, ...ASKS]) expect(body, String(re)).not.toMatch(re);
  });

  it('the movie-pass note reads well without a partner name or a friend to credit', () => {
    const template = bundledTemplate('note-movie-passes');
    const input = sampleInput(template);
    const { partnerName: _dropped, ...rest } = input;
    const doc = renderTemplate(template, { ...rest, fields: { heardFrom: '', personal: '' } });
    expect(doc.text).toMatch(/^Hi Noor,\n\nI heard that you and your partner are together now\./);
    expect(doc.text).toMatch(/passes are for you and your partner,/);
    expect(doc.spans.filter((s) => s.field === 'partner.name')).toEqual([]);
  });
});

describe('letters', () => {
  const NO_REPLY_ASK = [
    /\?/,
    /please\s+(reply|respond|answer|write|call|text|get in touch)/i,
    /let me know/i,
    /write back/i,
    /call me/i,
    /get back to me/i,
    /(hope|wait|waiting|look(ing)? forward) to hear/i,
    /hear from you/i,
    /(did|has) (this|it|the letter) (arrive|reach|get to)/i,
  ];

  /** The template's own words: required fields filled with neutral stand-ins, optional ones empty. */
  function bare(id: string): string {
    const template = bundledTemplate(id);
    const fields = Object.fromEntries(template.meta.fields.map((f) => [f.id, f.required ? `[${f.id}]` : '']));
    return renderTemplate(template, withFields(template, fields)).text;
  }

  it.each(LETTER_IDS)('%s acknowledges the hurt in its own words and then the apology', (id) => {
    const text = bare(id);
    expect(text).toMatch(/\bI know I hurt you\.\s+\[whatHappened\]/);
    expect(text).toMatch(/\[apology\]/);
  });

  it.each(LETTER_IDS)('%s says the writer wants them back in their life, and never asks for a reply', (id) => {
    const template = bundledTemplate(id);
    for (const text of [bare(id), renderTemplate(template, sampleInput(template)).text]) {
      expect(text).toMatch(/back in my life/);
      for (const re of NO_REPLY_ASK) expect(text, `${id} ${re}`).not.toMatch(re);
      expect(text).toMatch(/(no need to|don't owe me an) answer/);
      expect(text.split('\n').at(-1)).toBe(template.meta.sample.sender);
    }
  });

  it('the friendship letter states friendship only, with nothing romantic', () => {
    const text = bare('letter-friendship');
    expect(text).toMatch(/as a friend and only as a friend/);
    expect(text).not.toMatch(/partner|romantic|try again|together|relationship|\blove\b/i);
  });

  it('the romantic letter states romantic intent plainly and leaves them free', () => {
    const text = bare('letter-romantic');
    expect(text).toMatch(/back in my life as my partner/);
    expect(text).toMatch(/I would like us to try again\./);
    expect(text).toMatch(/I will respect it/);
    expect(text).not.toMatch(/\bfriend/i);
    expect(text).not.toMatch(/I need you|can't live without|miss you/i);
  });
});

describe('writer text comes out literally', () => {
  const HOSTILE = [
    '{{recipient.name}}',
    'open {{ and close }} braces',
    '{{#each this}}{{@key}}{{/each}} {{> partial}} {{{sender.name}}}',
    '<script>alert(1)</script> & "quotes" \'too\'',
    'Olive 🫒 wave 👋🏽 family 👨‍👩‍👧 flag 🇵🇹',
    '__proto__',
    'constructor',
    '{{constructor.constructor "return process"}}',
  ];

  /** Replaces each span of `field` in the baseline with `value`, last first so offsets stay valid. */
  function expectedText(doc: RenderedDocument, field: string, value: string): string {
    let text = doc.text;
    for (const span of doc.spans.filter((s) => s.field === field).sort((a, b) => b.start - a.start)) {
      text = text.slice(0, span.start) + value + text.slice(span.end);
    }
    return text;
  }

  it.each(ALL_IDS)('%s: hostile field text changes nothing but itself', (id) => {
    const template = bundledTemplate(id);
    const baseline = renderTemplate(template, sampleInput(template));
    const field = template.meta.fields.find((f) => f.required && f.type === 'long') ?? template.meta.fields[0];
    if (!field) throw new Error(`${id} has no fields`);
    for (const value of HOSTILE) {
      const doc = renderTemplate(template, withFields(template, { [field.id]: value }));
      expect(doc.text).toBe(expectedText(baseline, field.id, value));
      expect(spansOf(doc, field.id).every((t) => t === value)).toBe(true);
    }
  });

  it('hostile names come out literally too', () => {
    const template = bundledTemplate('letter-friendship');
    const baseline = renderTemplate(template, sampleInput(template));
    const name = '{{sender.name}} <b>Al</b> 🌿';
    const doc = renderTemplate(template, { ...sampleInput(template), recipientName: name });
    expect(doc.text).toBe(expectedText(baseline, 'recipient.name', name));
    expect(doc.recipient).toBe(name);
  });

  it('a "__proto__" key in the fields neither renders nor pollutes anything', () => {
    const template = bundledTemplate('card-light-news');
    const fields = JSON.parse('{"__proto__": {"polluted": "yes"}, "news": "Biscuit learned to sit."}') as Record<
      string,
      string
    >;
    const doc = renderTemplate(template, withFields(template, fields));
    expect(spansOf(doc, 'news')).toEqual(['Biscuit learned to sit.']);
    expect(doc.text).not.toMatch(/polluted|object Object/);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it("the renderer's own span markers typed by a writer are dropped, and spans stay exact", () => {
    const template = bundledTemplate('message-text');
    const doc = renderTemplate(template, withFields(template, { prompt: 'a\uE0000\uE001b\uE002c' }));
    expect(spansOf(doc, 'prompt')).toEqual(['a0bc']);
    expect(doc.text).not.toMatch(/[\uE000-\uE002]/);
  });
});

// ---------------------------------------------------------------------------------------------
// User templates, written into a real temporary folder.

interface UserTemplate {
  meta: object | string;
  source: string;
}

function userMeta(id: string, fields: object[] = [], sampleFields: Record<string, string> = {}): object {
  return {
    id,
    kind: 'note',
    step: 2,
    title: `User template ${id}`,
    description: 'Written by a user for the tests.',
    intent: 'friendship',
    blocks: ['body'],
    fields,
    sample: { recipient: { name: 'Ines', pronouns: 'she' }, sender: 'Kai', fields: sampleFields },
  };
}

const NOTE_FIELD = { id: 'note', label: 'Note', hint: 'A line.', type: 'long', required: true };

const USER_TEMPLATES: Record<string, UserTemplate> = {
  'garden-note': {
    meta: userMeta('garden-note', [NOTE_FIELD], { note: 'The tomatoes came up after all.' }),
    source: '{{#block "body"}}\nHi {{recipient.name}},\n\n{{fields.note}}\n\n{{sender.name}}\n{{/block}}\n',
  },
  'pronoun-check': {
    meta: userMeta('pronoun-check'),
    source: [
      '{{#block "body"}}',
      '{{cap recipient.pronouns.subject}} {{verb "is" "are"}} well, {{recipient.pronouns.subject}} {{verb ' +
        '"says" "say"}}.',
      'I saw {{recipient.pronouns.object}} with {{recipient.pronouns.possessive}} bike; the bike is ' +
        '{{recipient.pronouns.possessivePronoun}}.',
      '{{cap recipient.pronouns.subject}} built it {{recipient.pronouns.reflexive}}.',
      '{{/block}}',
      '',
    ].join('\n'),
  },
  'proto-fields': {
    meta: userMeta(
      'proto-fields',
      [
        {
          id: 'constructor',
          label: 'A field named constructor',
          hint: 'Edge case.',
          type: 'short',
          default: 'plain default',
        },
        {
          id: 'toString',
          label: 'A field named toString',
          hint: 'Edge case.',
          type: 'short',
          default: 'another default',
        },
      ],
      {},
    ),
    source: '{{#block "body"}}\n{{fields.constructor}} / {{fields.toString}}\n{{/block}}\n',
  },
  'syntax-error': {
    meta: userMeta('syntax-error', [NOTE_FIELD], { note: 'x' }),
    source: '{{#block "body"}}\nHi {{recipient.name}},\n{{#if fields.note}\n{{/block}}\n',
  },
  'unknown-helper': {
    meta: userMeta('unknown-helper', [NOTE_FIELD], { note: 'x' }),
    source: '{{#block "body"}}\nHi {{recipient.name}},\n{{shout fields.note}}\n{{/block}}\n',
  },
  'misspelt-field': {
    meta: userMeta('misspelt-field', [NOTE_FIELD], { note: 'x' }),
    source: '{{#block "body"}}\nHi {{recipient.name}},\n{{fields.nte}}\n{{/block}}\n',
  },
  'bad-json': {
    meta: '{ "id": "bad-json", kind: note,',
    source: '{{#block "body"}}\nHi\n{{/block}}\n',
  },
  'bad-shape': {
    meta: { ...userMeta('bad-shape'), kind: 'poem' },
    source: '{{#block "body"}}\nHi\n{{/block}}\n',
  },
  'my-warm-memory': {
    meta: userMeta('card-warm-memory'),
    source: '{{#block "body"}}\nAn impostor.\n{{/block}}\n',
  },
};
const GOOD_USER_IDS = ['garden-note', 'pronoun-check', 'proto-fields'];

describe('user templates', () => {
  let userDir: string;
  let set: TemplateSet;

  beforeAll(async () => {
    userDir = await mkdtemp(join(tmpdir(), 'olive-templates-'));
    for (const [folder, t] of Object.entries(USER_TEMPLATES)) {
      await mkdir(join(userDir, folder));
      const meta = typeof t.meta === 'string' ? t.meta : JSON.stringify(t.meta, null, 2);
      await writeFile(join(userDir, folder, 'template.json'), meta, 'utf8');
      await writeFile(join(userDir, folder, 'template.hbs'), t.source, 'utf8');
    }
    set = await loadTemplates(BUNDLED_DIR, userDir);
  });

  afterAll(async () => {
    await rm(userDir, { recursive: true, force: true });
  });

  function errorFor(folder: string): { where: string; message: string } {
    const prefix = join(userDir, folder);
    const found = set.errors.filter((e) => e.where.startsWith(prefix + '/') || e.where === prefix);
    expect(found, folder).toHaveLength(1);
    return found[0] ?? { where: '', message: '' };
  }

  it('load beside the bundled ones, and the broken ones do not stop the rest', () => {
    const ids = set.templates.map((t) => t.meta.id).sort();
    expect(ids).toEqual([...ALL_IDS, ...GOOD_USER_IDS].sort());
    for (const id of GOOD_USER_IDS) expect(findTemplate(set, id).origin).toBe('user');
    expect(set.errors).toHaveLength(6);
  });

  it('a Handlebars syntax error names the file and line', () => {
    const error = errorFor('syntax-error');
    expect(error.where).toBe(join(userDir, 'syntax-error', 'template.hbs') + ':3');
    expect(error.message).toMatch(/syntax/i);
  });

  it('an unknown helper names the file, line and helper', () => {
    const error = errorFor('unknown-helper');
    expect(error.where).toBe(join(userDir, 'unknown-helper', 'template.hbs') + ':3');
    expect(error.message).toMatch(/shout/);
  });

  it('a misspelt field is caught at load time in strict mode, with file and line', () => {
    const error = errorFor('misspelt-field');
    expect(error.where).toBe(join(userDir, 'misspelt-field', 'template.hbs') + ':3');
    expect(error.message).toMatch(/nte/);
  });

  it('a broken or wrongly shaped template.json names that file', () => {
    expect(errorFor('bad-json').where).toBe(join(userDir, 'bad-json', 'template.json'));
    const shape = errorFor('bad-shape');
    expect(shape.where).toBe(join(userDir, 'bad-shape', 'template.json'));
    expect(shape.message).toMatch(/kind/);
  });

  it('a user template may not reuse a bundled id', () => {
    const error = errorFor('my-warm-memory');
    expect(error.where).toBe(join(userDir, 'my-warm-memory', 'template.json'));
    expect(error.message).toMatch(/card-warm-memory.*already used/);
    const matches = set.templates.filter((t) => t.meta.id === 'card-warm-memory');
    expect(matches).toHaveLength(1);
    expect(matches[0]?.origin).toBe('bundled');
  });

  it('two user templates with one id: the first (by folder name) loads, the second is refused', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'olive-dupes-'));
    try {
      for (const folder of ['a-first', 'b-second']) {
        await mkdir(join(dir, folder));
        await writeFile(join(dir, folder, 'template.json'), JSON.stringify(userMeta('twin')), 'utf8');
        await writeFile(join(dir, folder, 'template.hbs'), `{{#block "body"}}\n${folder}\n{{/block}}\n`, 'utf8');
      }
      const result = await loadTemplates(BUNDLED_DIR, dir);
      expect(renderTemplate(findTemplate(result, 'twin'), sampleInput(findTemplate(result, 'twin'))).text).toBe(
        'a-first',
      );
      expect(result.errors).toHaveLength(1);
      expect(result.errors[0]?.where).toBe(join(dir, 'b-second', 'template.json'));
      expect(result.errors[0]?.message).toMatch(/"twin" is already used by another user template/);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('a missing user folder is reported and the bundled templates still load', async () => {
    const missing = join(userDir, 'no-such-folder');
    const result = await loadTemplates(BUNDLED_DIR, missing);
    expect(result.templates.map((t) => t.meta.id).sort()).toEqual([...ALL_IDS].sort());
    expect(result.errors).toEqual([expect.objectContaining({ where: missing })]);
  });

  it('fields named like Object.prototype members take their defaults, not the prototype', () => {
    const template = findTemplate(set, 'proto-fields');
    const doc = renderTemplate(template, { ...sampleInput(template), fields: {} });
    expect(doc.text).toBe('plain default / another default');
    const typed = renderTemplate(template, {
      ...sampleInput(template),
      fields: { constructor: 'mine', toString: 'also mine' },
    });
    expect(typed.text).toBe('mine / also mine');
  });

  describe('pronouns', () => {
    const ZE: PronounSet = {
      subject: 'ze',
      object: 'hir',
      possessive: 'hir',
      possessivePronoun: 'hirs',
      reflexive: 'hirself',
      plural: false,
    };
    const XE_PLURAL: PronounSet = {
      subject: 'xe',
      object: 'xem',
      possessive: 'xyr',
      possessivePronoun: 'xyrs',
      reflexive: 'xemself',
      plural: true,
    };
    const CASES: [string, Pronouns | 'he' | 'she' | 'they', string][] = [
      ['he', 'he', 'He is well, he says.\nI saw him with his bike; the bike is his.\nHe built it himself.'],
      [
        'she',
        { kind: 'she' },
        'She is well, she says.\nI saw her with her bike; the bike is hers.\nShe built it herself.',
      ],
      [
        'they',
        { kind: 'they' },
        'They are well, they say.\nI saw them with their bike; the bike is theirs.\nThey built it themself.',
      ],
      [
        'custom ze/hir',
        { kind: 'custom', set: ZE },
        'Ze is well, ze says.\nI saw hir with hir bike; the bike is hirs.\nZe built it hirself.',
      ],
      [
        'custom plural xe',
        { kind: 'custom', set: XE_PLURAL },
        'Xe are well, xe say.\nI saw xem with xyr bike; the bike is xyrs.\nXe built it xemself.',
      ],
    ];

    it.each(CASES)('%s gives the right words and verb agreement', (_label, pronouns, expected) => {
      const template = findTemplate(set, 'pronoun-check');
      expect(renderTemplate(template, { ...sampleInput(template), pronouns }).text).toBe(expected);
    });

    it('every bundled template renders with every kind of pronouns', () => {
      for (const template of bundled.templates) {
        for (const [, pronouns] of CASES) {
          const doc = renderTemplate(template, { ...sampleInput(template), pronouns });
          expect(doc.blocks.map((b) => b.id)).toEqual(template.meta.blocks);
        }
      }
    });
  });
});
