/**
 * The desk's live verdict (src/renderer/src/editor/deskCheck.ts): the writer's current words
 * spliced into main's last render, then the core's verdict, mapped back to what they typed.
 */
import { describe, expect, it } from 'vitest';
import { checkDesk, splice } from '../../../src/renderer/src/editor/deskCheck';
import { DeskChecker } from '../../../src/renderer/src/editor/DeskChecker';
import { card, context, values } from './card';

describe('splice', () => {
  it('puts the current value where the field was and moves what follows, blocks and names included', () => {
    const { doc } = splice(
      card('The lilacs are out.'),
      values('The lilacs are out again, all along Elm Street.', { 'sender.name': 'Alexandra' }),
    );
    expect(doc.text).toContain('The lilacs are out again, all along Elm Street.\n\nTake good care.\n\nAlexandra');
    const wish = doc.spans.find((s) => s.field === 'wish');
    expect(wish && doc.text.slice(wish.start, wish.end)).toBe('Take good care.');
    expect(doc.blocks[0]?.text).toBe(doc.text);
    expect(doc.sender).toBe('Alexandra');
  });
});

describe('checkDesk', () => {
  it('maps a needy line to the field and the offsets the writer typed', () => {
    const typed = 'The lilacs are out. I need you back.';
    const { verdict } = checkDesk(card('The lilacs are out.'), values(typed), context);
    const needy = verdict.findings.find((f) => f.categories.includes('needy'));
    expect(needy?.field).toBe('message');
    expect(typed.slice(needy?.fieldStart ?? 0, needy?.fieldEnd ?? 0)).toMatch(/need you/i);
    expect(needy?.excerpt).toBe(typed.slice(needy?.fieldStart ?? 0, needy?.fieldEnd ?? 0));
    expect(verdict.ready).toBe(false);
  });

  it('finds words typed into a field that was empty at the last render', () => {
    const { verdict } = checkDesk(card(''), values('I need you back.'), context);
    expect(verdict.findings.some((f) => f.field === 'message' && f.categories.includes('needy'))).toBe(true);
  });

  it('reads words not yet placed as the piece they will be part of, not as a quick message', () => {
    // Four messages unanswered: a quick message would be one too many, a card is not.
    const typed = 'The garden is lovely. Write back soon!';
    const rules = (message: string) =>
      checkDesk(card(message), values(typed), context)
        .verdict.findings.flatMap((f) => f.parts.map((p) => p.rule))
        .sort();
    expect(rules('')).not.toContain('pressure/after-silence');
    expect(rules('')).toEqual(rules(typed));
  });

  it('gives the same verdict as a fresh render of the same words', () => {
    const typed = 'The garden is lovely. Write back soon!';
    const live = checkDesk(card('The lilacs are out.'), values(typed), context).verdict;
    const fresh = checkDesk(card(typed), values(typed), context).verdict;
    expect(live.findings.map((f) => [f.id.split('@')[0], f.excerpt])).toEqual(
      fresh.findings.map((f) => [f.id.split('@')[0], f.excerpt]),
    );
    expect(live.headline).toBe(fresh.headline);
  });

  it('does not lint again for a render that gives the same document, and does for anything else', () => {
    const typed = 'The garden is lovely. Write back soon!';
    const live = checkDesk(card('The lilacs are out.'), values(typed), context);
    // Main's render of those very words: the same document, so the very same check.
    expect(checkDesk(card(typed), values(typed), context)).toBe(live);
    // Other words, another context, or template words that moved: checked afresh.
    expect(checkDesk(card(typed), values(`${typed} Soon.`), context)).not.toBe(live);
    const again = checkDesk(card(typed), values(typed), context);
    expect(checkDesk(card(typed), values(typed), { ...context, unanswered: 5 })).not.toBe(again);
    const other = checkDesk(card(typed, 'Be well.'), values(typed, { wish: 'Be well.' }), context);
    expect(other).not.toBe(again);
    expect(other.text).not.toBe(again.text);
  });

  it('keeps an ignored finding kept while the words around it change', () => {
    const first = checkDesk(card('x'), values('Write back soon!'), context).verdict;
    const ask = first.findings.find((f) => f.categories.includes('pressure'));
    expect(ask).toBeDefined();
    const kept = {
      off: [],
      ignored: (ask?.parts ?? []).map((p) => ({ rule: p.rule, field: 'message', text: p.text })),
    };
    const later = checkDesk(card('x'), values('Write back soon! The garden is lovely.'), { ...context, kept }).verdict;
    expect(later.findings.filter((f) => f.categories.includes('pressure'))).toEqual([]);
    expect(later.kept.map((f) => f.excerpt.trim())).toEqual([ask?.excerpt.trim()]);
  });
});

describe('DeskChecker', () => {
  it('tells subscribers on every change, and skips a render that says what the splice said', () => {
    const base = card('The lilacs are out.');
    const desk = new DeskChecker(base.values, context);
    desk.setCheck(checkDesk);
    const seen: number[] = [];
    desk.subscribe((check) => seen.push(check.verdict.findings.length));
    desk.setBase(base);
    desk.setField('message', 'The lilacs are out. I need you back.');
    expect(seen.length).toBe(2);
    expect(seen[1]).toBeGreaterThan(0);
    desk.setBase(card('The lilacs are out. I need you back.'));
    expect(seen.length).toBe(2);
  });

  it('says whether words or a choice changed the verdict, so the panels wait only for typing', () => {
    const base = card('The lilacs are out.');
    const desk = new DeskChecker(base.values, context);
    desk.setCheck(checkDesk);
    desk.setBase(base);
    const causes: string[] = [];
    desk.subscribe((_check, cause) => causes.push(cause));
    desk.setField('message', 'The lilacs are out. I need you back.');
    desk.setContext({ ...context, partnerName: 'Ανδρέας' });
    const needy = desk.current?.verdict.findings.find((f) => f.categories.includes('needy'));
    desk.setContext({ ...context, partnerName: 'Ανδρέας', kept: { ignored: [], off: [needy?.parts[0]?.rule ?? ''] } });
    expect(desk.current?.verdict.findings.some((f) => f.categories.includes('needy'))).toBe(false);
    desk.setContext({ ...context, partnerName: 'Ανδρέας', kept: { ignored: [], off: [needy?.parts[0]?.rule ?? ''] } });
    // On subscribing, then typing, the partner's name (typed too), the check turned off; the same
    // context again is no change.
    expect(causes).toEqual(['choice', 'words', 'words', 'choice']);
  });
});
