import { describe, expect, it } from 'vitest';
import { lint, RULES } from '../../../src/core/lint';
import { rulesOf } from './helpers';

const CARD = 'Hi Noah,\nHope you are well. Write back soon!\nWith all my love,\nInes\n';

describe('options: kind, intent, disabling and ignoring', () => {
  it('romantic wording is fine in a romantic letter but not in a card or a friendship letter', () => {
    const text = 'Dear Noah,\n\nI know I hurt you, and I am sorry. I still love you.\n\nInes';
    expect(rulesOf(text, { kind: 'letter', intent: 'romantic' })).not.toContain('romantic/declaration');
    expect(rulesOf(text, { kind: 'letter', intent: 'friendship' })).toContain('romantic/declaration');
    expect(rulesOf('I still love you.', { kind: 'card' })).toContain('romantic/declaration');
  });

  it('a casual ask is a warning in a card and an error in a letter', () => {
    const ask = "Let's grab coffee sometime.";
    expect(lint(ask, { kind: 'card' }).diagnostics.find((d) => d.rule === 'pressure/contact-request')?.severity).toBe(
      'warning',
    );
    expect(lint(ask, { kind: 'letter' }).diagnostics.find((d) => d.rule === 'pressure/contact-request')?.severity).toBe(
      'error',
    );
  });

  it('the signature rule holds every piece to the name, except a letter declared romantic', () => {
    expect(rulesOf(CARD, { kind: 'card' })).toContain('signature/sign-off');
    expect(rulesOf(CARD, { kind: 'letter', intent: 'friendship' })).toContain('signature/sign-off');
    expect(rulesOf(CARD, { kind: 'letter', intent: 'romantic' })).not.toContain('signature/sign-off');
  });

  it('the sign-off line belongs to the signature rule alone', () => {
    const text = 'Hi Noah,\nHope you are well.\nLove you always,\nInes';
    const rules = lint(text, { kind: 'card' }).diagnostics.map((d) => d.rule);
    expect(rules).toEqual(['signature/sign-off']);
  });

  it('a new-relationship note must acknowledge the relationship; heard=new-relationship extends it to cards', () => {
    const text = 'Hi Noah,\nI hope the play goes well. I would like to be friends.\nInes';
    expect(rulesOf(text, { kind: 'note' })).toContain('missing-element/acknowledge-relationship');
    expect(rulesOf(text, { kind: 'card' })).not.toContain('missing-element/acknowledge-relationship');
    expect(rulesOf(text, { kind: 'card', heard: 'new-relationship' })).toContain(
      'missing-element/acknowledge-relationship',
    );
  });

  it('disables rules by id or by category', () => {
    expect(rulesOf(CARD, { kind: 'card', disabledRules: ['signature/sign-off'] })).toEqual(['pressure/reply-request']);
    expect(rulesOf(CARD, { kind: 'card', disabledRules: ['pressure'] })).toEqual(['signature/sign-off']);
  });

  it('ignores one instance by offsets, or by its text after the words moved', () => {
    const first = lint(CARD, { kind: 'card' }).diagnostics.find((d) => d.rule === 'pressure/reply-request')!;
    const ignored = [{ rule: first.rule, start: first.start, end: first.end }];
    expect(rulesOf(CARD, { kind: 'card', ignored })).toEqual(['signature/sign-off']);
    const moved = `Hello again!\n${CARD}`;
    expect(rulesOf(moved, { kind: 'card', ignored })).toContain('pressure/reply-request');
    const byText = [{ ...ignored[0]!, text: CARD.slice(first.start, first.end) }];
    expect(rulesOf(moved, { kind: 'card', ignored: byText })).not.toContain('pressure/reply-request');
  });

  it('guesses the kind from the shape of the text when none is given', () => {
    expect(lint('hey, congrats on the play').kind).toBe('message');
    expect(lint('Hi Noah,\nHope you are well.\nInes').kind).toBe('card');
    expect(lint(`Dear Noah,\n\n${'I have thought about this a lot. '.repeat(30)}\n\nInes`).kind).toBe('letter');
  });

  it('every diagnostic names a guide step, and every rule has stable meta', () => {
    const all = lint(CARD, { kind: 'card' }).diagnostics;
    for (const d of all) expect([1, 2, 3, 4, 5]).toContain(d.step);
    const ids = RULES.map((r) => r.meta.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const r of RULES) {
      expect(r.meta.id.startsWith(`${r.meta.category}/`)).toBe(true);
      expect(r.meta.messages.default.length).toBeGreaterThan(20);
    }
  });

  it('gives line and column, 1-based, in UTF-16 units', () => {
    const text = '🙂 hi\n  Write back soon!';
    const d = lint(text, { kind: 'card' }).diagnostics.find((x) => x.rule === 'pressure/reply-request')!;
    expect([d.line, d.column]).toEqual([2, 3]);
    expect(text.slice(d.start, d.end)).toBe('Write back soon!');
  });
});
