import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createHandlers } from '../../src/main/handlers';
import { paperForLocale } from '../../src/main/handlers/settings-defaults';
import { createNodeContext } from './node-context';
import { newCard, setup } from './helpers';

describe('settings', () => {
  it.each([
    ['en-US', 'letter'],
    ['fr-CA', 'letter'],
    ['es-MX', 'letter'],
    ['en-GB', 'a4'],
    ['de-DE', 'a4'],
    ['en', 'a4'],
    ['zh-Hans-CN', 'a4'],
    ['en_PH', 'letter'],
  ])('paper for %s is %s', (locale, paper) => {
    expect(paperForLocale(locale)).toBe(paper);
  });

  it('defaults from the locale, persists changes atomically, and refuses unknown keys', async () => {
    const { handlers, ctx, dataDir } = await setup({ locale: 'en-GB' });
    expect(await handlers.settings.get(undefined)).toEqual({
      paper: 'a4',
      foldGuides: true,
      font: 'serif',
      senderName: '',
      theme: 'system',
    });
    await handlers.settings.set({ paper: 'letter', senderName: 'Alex' });
    const again = createHandlers(createNodeContext({ dataDir, locale: 'en-GB' }));
    expect(await again.handlers.settings.get(undefined)).toMatchObject({ paper: 'letter', senderName: 'Alex' });
    expect(JSON.parse(await readFile(join(ctx.paths.userData, 'settings.json'), 'utf8'))).toMatchObject({
      paper: 'letter',
    });
    const { contract } = await import('../../src/shared/ipc');
    expect(contract.settings.set.payload.safeParse({ paper: 'a3' }).success).toBe(false);
    expect(contract.settings.set.payload.safeParse({ evil: true }).success).toBe(false);
  });

  it('a damaged settings file loads from its .bak, with a notice in app info', async () => {
    const { handlers, ctx, dataDir } = await setup();
    await handlers.settings.set({ senderName: 'First' });
    await handlers.settings.set({ senderName: 'Second' });
    const file = join(ctx.paths.userData, 'settings.json');
    await writeFile(file, '{ not json');
    const again = createHandlers(createNodeContext({ dataDir }));
    expect((await again.handlers.settings.get(undefined)).senderName).toBe('First');
    const info = await again.handlers.app.info(undefined);
    expect(info.notices.join(' ')).toMatch(/settings\.json.*damaged/);
    expect(await readFile(file, 'utf8')).toBe('{ not json');
  });
});

describe('contact log', () => {
  it('appends entries with ids and times and persists them', async () => {
    const { handlers, dataDir } = await setup();
    await handlers.contacts.append({ recipient: 'Sam', channel: 'text', direction: 'sent' });
    await handlers.contacts.append({
      recipient: 'Sam',
      channel: 'call',
      direction: 'sent',
      answered: false,
      note: 'no answer',
    });
    const again = createHandlers(createNodeContext({ dataDir }));
    const log = await again.handlers.contacts.get(undefined);
    expect(log.entries.map((e) => [e.channel, e.direction, e.answered, e.at])).toEqual([
      ['text', 'sent', false, '2026-03-01T10:00:00.000Z'],
      ['call', 'sent', false, '2026-03-01T10:00:00.000Z'],
    ]);
    expect(new Set(log.entries.map((e) => e.id)).size).toBe(2);
  });

  it('mark as mailed sets mailedAt, saves the draft, logs a post entry and updates recent', async () => {
    const { handlers, docs } = await setup();
    const { docId, draft } = await newCard(handlers);
    const path = join(docs, 'c.olive');
    await handlers.drafts.save({ docId, path, draft });
    const marked = await handlers.contacts.markMailed({ docId, path, draft });
    expect(marked.draft.mailedAt).toBe('2026-03-01T10:00:00.000Z');
    expect(marked.entry).toMatchObject({
      recipient: 'Sam',
      channel: 'post',
      direction: 'sent',
      kind: 'card',
      templateId: 'card-thinking-of-you',
      path,
    });
    const opened = await handlers.drafts.open({ path });
    expect(opened.status === 'opened' && opened.draft.mailedAt).toBe('2026-03-01T10:00:00.000Z');
    expect((await handlers.recent.list(undefined)).entries[0]?.mailedAt).toBe('2026-03-01T10:00:00.000Z');
    expect((await handlers.contacts.get(undefined)).entries).toHaveLength(1);
  });

  it('mark as mailed works for a draft never saved (no file written)', async () => {
    const { handlers } = await setup();
    const { draft } = await newCard(handlers);
    const marked = await handlers.contacts.markMailed({ path: null, draft, mailedAt: '2026-02-27T09:00:00.000Z' });
    expect(marked.path).toBeNull();
    expect(marked.draft.mailedAt).toBe('2026-02-27T09:00:00.000Z');
  });
});

describe('guide.recommend', () => {
  it('recommends a card after many unanswered messages and counts waiting days from the clock', async () => {
    const { handlers } = await setup();
    const many = await handlers.guide.recommend({ unanswered: 5, heard: 'unknown', want: 'friendship' });
    expect(many.recommendation.kind).toBe('card');
    const waiting = await handlers.guide.recommend({
      unanswered: 0,
      heard: 'unknown',
      want: 'friendship',
      mailed: { date: '2026-02-20T10:00:00.000Z', kind: 'card' },
    });
    expect(waiting.recommendation.kind).toBe('wait');
    expect(waiting.daysSinceMailed).toBe(9);
  });
});

describe('templates', () => {
  it('lists the bundled templates with fields and samples, and renders a draft', async () => {
    const { handlers } = await setup();
    const list = await handlers.templates.list(undefined);
    expect(list.errors).toEqual([]);
    const card = list.templates.find((t) => t.id === 'card-thinking-of-you');
    expect(card).toMatchObject({ kind: 'card', origin: 'bundled' });
    expect(card?.fields.map((f) => f.id)).toContain('message');
    expect(card?.sample.recipient).toEqual({ name: 'Rowan', pronouns: 'they' });
    const { draft } = await newCard(handlers, 'The lilacs are out.');
    const doc = await handlers.templates.render({ draft });
    expect(doc.text).toContain('The lilacs are out.');
    const span = doc.spans.find((s) => s.field === 'message');
    expect(span && doc.text.slice(span.start, span.end)).toBe('The lilacs are out.');
  });
});
