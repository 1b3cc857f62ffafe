/**
 * The desk's live lint (src/renderer/src/editor/deskLint.ts): the writer's current words spliced
 * into main's last render, findings mapped back to the field and offsets they typed.
 */
import { describe, expect, it } from 'vitest';
import { DeskLinter, lintDesk, splice, type Base } from '../../../src/renderer/src/editor/deskLint';
import type { RenderedDocument } from '../../../src/core/templates/types';

/** A card as main renders it: template words around two writer fields. */
function card(message: string, wish = 'Take good care.'): Base {
  const head = 'Hi Sam,\n\nYou came to mind this week, so here is a small hello.\n\n';
  const text = `${head}${message}\n\n${wish}\n\nAlex`;
  const m = head.length;
  const w = m + message.length + 2;
  const doc: RenderedDocument = {
    templateId: 'card-thinking-of-you',
    kind: 'card',
    step: 2,
    title: 'Thinking of you',
    intent: 'friendship',
    channel: 'post',
    sender: 'Alex',
    recipient: 'Sam',
    text,
    blocks: [{ id: 'inside', start: 0, end: text.length, text }],
    spans: [
      { field: 'recipient.name', block: 'inside', start: 3, end: 6 },
      ...(message ? [{ field: 'message', block: 'inside', start: m, end: m + message.length }] : []),
      { field: 'wish', block: 'inside', start: w, end: w + wish.length },
      { field: 'sender.name', block: 'inside', start: text.length - 4, end: text.length },
    ],
  };
  return { doc, fields: { message, wish } };
}

const options = { kind: 'card' as const, intent: 'friendship' as const, disabledRules: [], ignored: [] };

describe('splice', () => {
  it('puts the current value where the field was and moves what follows', () => {
    const base = card('The lilacs are out.');
    const { text, spans } = splice(base, { message: 'The lilacs are out again, all along Elm Street.', wish: 'Take good care.' });
    expect(text).toContain('The lilacs are out again, all along Elm Street.\n\nTake good care.');
    const wish = spans.find((s) => s.field === 'wish');
    expect(wish && text.slice(wish.start, wish.end)).toBe('Take good care.');
  });
});

describe('lintDesk', () => {
  it('maps a needy line to the field and the offsets the writer typed', () => {
    const typed = 'The lilacs are out. I need you back.';
    const result = lintDesk(card('The lilacs are out.'), { message: typed, wish: 'Take good care.' }, options);
    const needy = result.items.find((i) => i.diagnostic.category === 'needy');
    expect(needy?.field).toBe('message');
    expect(typed.slice(needy?.from, needy?.to)).toMatch(/need you/i);
    expect(needy?.excerpt).toBe(typed.slice(needy?.from, needy?.to));
  });

  it('finds words typed into a field that was empty at the last render', () => {
    const result = lintDesk(card(''), { message: 'I need you back.', wish: 'Take good care.' }, options);
    expect(result.items.some((i) => i.field === 'message' && i.diagnostic.category === 'needy')).toBe(true);
  });

  it('keeps an ignored finding ignored while the words around it change', () => {
    const first = lintDesk(card('x'), { message: 'Write back soon!', wish: 'Take good care.' }, options);
    const ask = first.items.find((i) => i.diagnostic.category === 'pressure');
    expect(ask).toBeDefined();
    const ignored = [{ rule: ask?.diagnostic.rule ?? '', start: ask?.from ?? 0, end: ask?.to ?? 0, text: ask?.excerpt ?? '' }];
    const later = lintDesk(card('x'), { message: 'Write back soon! The garden is lovely.', wish: 'Take good care.' }, { ...options, ignored });
    expect(later.items.filter((i) => i.diagnostic.rule === ask?.diagnostic.rule)).toEqual([]);
  });
});

describe('DeskLinter', () => {
  it('tells subscribers on every change, and skips a render that says what the splice said', () => {
    const base = card('The lilacs are out.');
    const desk = new DeskLinter(base.fields, options);
    const seen: number[] = [];
    desk.subscribe((lint) => seen.push(lint.items.length));
    desk.setBase(base);
    desk.setField('message', 'The lilacs are out. I need you back.');
    expect(seen.length).toBe(2);
    expect(seen[1]).toBeGreaterThan(0);
    desk.setBase(card('The lilacs are out. I need you back.'));
    expect(seen.length).toBe(2);
  });
});
