/**
 * The sentence model's second look (src/core/lint/model/second-look.ts): a finding of a listed rule
 * in a sentence the model reads as kind is dropped; findings in unkind or long sentences stay.
 * The look can be switched off here (a wrapped module), so each case shows the rule's finding
 * with the look off and what the writer sees with it on.
 */
import { describe, expect, it, vi } from 'vitest';
import { lint, RULES } from '../../../src/core/lint';
import type * as SecondLook from '../../../src/core/lint/model/second-look';

const look = vi.hoisted(() => ({ on: true }));
vi.mock('../../../src/core/lint/model/second-look', async (importOriginal) => {
  const real = await importOriginal<typeof SecondLook>();
  return {
    ...real,
    readsAsKind: (...args: Parameters<typeof real.readsAsKind>) => look.on && real.readsAsKind(...args),
  };
});
const { KIND_ENOUGH } = await import('../../../src/core/lint/model/second-look');

function rulesFound(text: string, on: boolean): string[] {
  look.on = on;
  try {
    return lint(text, { kind: 'note' })
      .diagnostics.filter((d) => d.severity !== 'info')
      .map((d) => d.rule);
  } finally {
    look.on = true;
  }
}

describe('the second look', () => {
  it('names only rules that exist', () => {
    const ids = new Set(RULES.map((r) => r.meta.id));
    for (const id of Object.keys(KIND_ENOUGH)) expect(ids.has(id), id).toBe(true);
  });

  // Good news about the couple, with the partner named in several scripts.
  it.each(['Kōtuku', 'Νίκος', 'Nguyễn', '李明', 'كريم'])(
    'drops a remark finding on "Heard you and %s got a dog!"',
    (name) => {
      const text = `Hi Ana,\nHeard you and ${name} got a dog!\nMele`;
      expect(rulesFound(text, false)).toContain('new-partner/remark');
      expect(rulesFound(text, true)).not.toContain('new-partner/remark');
    },
  );

  it('keeps a remark the model does not read as kind', () => {
    const text = "Hi Ana,\nHeard you and Kōtuku got a dog! He's a bit dull though.\nMele";
    expect(rulesFound(text, true)).toContain('new-partner/remark');
  });

  it('keeps a plain ask to meet', () => {
    const text = "Hi Ana,\nLet's grab a coffee this week, I'll text you Tuesday.\nMele";
    expect(rulesFound(text, true)).toContain('pressure/contact-request');
  });

  it('does not look at a sentence too long to read whole', () => {
    const chatter = ' and the garden is full of beans and the cat is fat and the rain came in on Sunday'.repeat(3);
    const text = `Hi Ana,\nHeard you and Kōtuku got a dog${chatter}!\nMele`;
    expect(rulesFound(text, false)).toContain('new-partner/remark');
    expect(rulesFound(text, true)).toContain('new-partner/remark');
  });
});
