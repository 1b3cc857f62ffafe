/**
 * The verdict (src/core/verdict): one answer to "ready to mail?" for a draft. Each test is a
 * situation from issue 10's "What a user saw", on a bundled template rendered as main renders it.
 */
import { describe, expect, it } from 'vitest';
import { lint } from '../../../src/core/lint';
import type { RenderedDocument } from '../../../src/core/templates/types';
import { verdictForPiece, verdictForText } from '../../../src/core/verdict';
import { check, verdictOf } from './helpers';

const plea = 'I need you back in my life. Call me.';

describe('kept on purpose', () => {
  it('a switched-off check and an ignored finding stay visible, and the verdict never says all clear', async () => {
    const open = await verdictOf('message-text', { fields: { prompt: plea } });
    expect(open.ready).toBe(false);
    const needy = open.findings.find((f) => f.categories.includes('needy'));
    const ask = open.findings.find((f) => f.categories.includes('pressure'));
    expect(needy?.excerpt).toBe('I need you back');
    expect(ask?.excerpt).toBe('Call me.');

    const kept = await verdictOf('message-text', {
      fields: { prompt: plea },
      kept: {
        off: [needy?.parts[0]?.rule ?? ''],
        ignored: [{ rule: ask?.parts[0]?.rule ?? '', field: 'prompt', text: ask?.excerpt ?? '' }],
      },
    });
    expect(kept.ready).toBe(true);
    expect(kept.findings).toEqual([]);
    expect(kept.kept.map((f) => f.kept).sort()).toEqual(['ignored', 'switched-off']);
    expect(kept.kept.map((f) => f.excerpt)).toEqual(['I need you back', 'Call me.']);
    expect(kept.headline).toBe('Ready to send, with 2 things you chose to keep');
    expect(kept.headline).not.toMatch(/all clear/i);
  });

  it('an ignored finding follows its words, not its offsets', async () => {
    const v = await verdictOf('card-thinking-of-you', {
      fields: { message: 'The garden is lovely this spring.  Call me sometime.' },
      kept: {
        off: [],
        ignored: [
          { rule: 'pressure/reply-request', field: 'message', text: 'call me   sometime.' },
          { rule: 'pressure/contact-request', field: 'message', text: 'Call me sometime.' },
        ],
      },
    });
    expect(v.findings.filter((f) => f.categories.includes('pressure'))).toEqual([]);
    expect(v.kept).toHaveLength(1);
  });

  it('a whole category switched off keeps its findings as kept', async () => {
    const v = await verdictOf('card-thinking-of-you', {
      fields: { message: 'The lilacs are out. Call me sometime.' },
      kept: { off: ['pressure'], ignored: [] },
    });
    expect(v.kept[0]?.categories).toEqual(['pressure']);
    expect(v.kept[0]?.kept).toBe('switched-off');
    expect(check(v, 'no-asks')?.ok).toBe(true);
  });
});

describe('one intent, read by the indicator and the checklist alike', () => {
  it('a letter that hedges ("see where things go") reads as mixed, and its intent check fails', async () => {
    const v = await verdictOf('letter-friendship', {
      fields: {
        whatHappened: 'I left without a word.',
        apology: 'I am sorry for the hurt I caused.',
        hope: 'I just want us to be close again and see where things go.',
      },
    });
    // The template offers friendship; "see where things go" leaves the door open to more: both at once.
    expect(v.intent.readsAs).toBe('mixed');
    expect(v.intent.clear).toBe(false);
    expect(check(v, 'clear-intent')?.ok).toBe(false);
  });

  it(
    'a friendship card signed "All my love forever, your Alex xoxo" ' +
      'reads as mixed and is not signed with just the name',
    async () => {
      const v = await verdictOf('card-thinking-of-you', {
        fields: { message: 'The lilacs are out.' },
        sender: 'All my love forever, your Alex xoxo',
      });
      // Friendship declared, romance in the words: the two disagree.
      expect(v.intent.readsAs).toBe('mixed');
      expect(check(v, 'friendship-only')?.ok).toBe(false);
      expect(check(v, 'signed')?.ok).toBe(false);
      expect(v.ready).toBe(false);
    },
  );

  it(
    'a compliment in a friendship card reads as mixed until the writer ignores it; then the romance no longer ' +
      'counts',
    async () => {
      const message = 'The lilacs are out. Your smile could still light up any room.';
      const open = await verdictOf('card-thinking-of-you', { fields: { message } });
      const romance = open.findings.find((f) => f.categories.includes('romantic'));
      expect(romance).toBeDefined();
      expect(open.intent.readsAs).toBe('mixed');
      expect(open.intent.clear).toBe(false);
      const kept = await verdictOf('card-thinking-of-you', {
        fields: { message },
        kept: {
          off: [],
          ignored: [{ rule: romance?.parts[0]?.rule ?? '', field: 'message', text: romance?.excerpt ?? '' }],
        },
      });
      expect(kept.intent.readsAs).not.toBe('mixed');
      expect(kept.intent.readsAs).not.toBe('romantic');
      expect(kept.intent.clear).toBe(true);
    },
  );

  it('a plain card reads as friendship-safe and is ready', async () => {
    const v = await verdictOf('card-thinking-of-you', {
      fields: { message: 'The lilacs outside the library are out again.' },
    });
    expect(v.intent.clear).toBe(true);
    expect(v.checks.every((c) => c.ok)).toBe(true);
    expect(v.headline).toBe('Ready to mail');
  });
});

describe('one finding per stretch of words', () => {
  it('"You never listened", found as blame twice over, is one finding with both messages', async () => {
    const v = await verdictOf('card-thinking-of-you', {
      fields: { message: 'The lilacs are out. You never listened.' },
    });
    const blame = v.findings.filter((f) => f.excerpt.includes('never listened'));
    expect(blame).toHaveLength(1);
    expect(blame[0]?.parts.length).toBeGreaterThanOrEqual(2);
    expect(new Set(blame[0]?.parts.map((p) => p.message)).size).toBe(blame[0]?.parts.length);
  });

  it('a finding over a whole sentence is drawn apart from the smaller one inside it', async () => {
    const v = await verdictOf('card-thinking-of-you', {
      fields: { message: 'The garden is lovely. Please call me back because I need you so much right now.' },
    });
    const outer = v.findings.find((f) => f.categories.includes('pressure'));
    const inner = v.findings.find((f) => f.categories.includes('needy'));
    expect(outer?.outer).toBe(true);
    expect(inner?.outer).toBeUndefined();
    expect(inner && outer && inner.start >= outer.start && inner.end <= outer.end).toBe(true);
  });
});

describe('flags the writer can act on', () => {
  const templateText = (message: string): RenderedDocument => {
    const head = 'Hi Sam,\n\nPlease call me, I need you.\n\n';
    const text = `${head}${message}\n\nAlex`;
    return {
      templateId: 't',
      kind: 'card',
      step: 2,
      title: 'T',
      intent: 'friendship',
      channel: 'post',
      sender: 'Alex',
      recipient: 'Sam',
      text,
      blocks: [{ id: 'inside', start: 0, end: text.length, text }],
      spans: [
        { field: 'recipient.name', block: 'inside', start: 3, end: 6 },
        { field: 'message', block: 'inside', start: head.length, end: head.length + message.length },
        { field: 'sender.name', block: 'inside', start: text.length - 4, end: text.length },
      ],
    };
  };

  it('the template’s own words carry no flag', () => {
    const v = verdictForPiece({
      doc: templateText('The lilacs are out.'),
      fields: [{ id: 'message', label: 'Your message', required: true, type: 'long' }],
      values: { message: 'The lilacs are out.', 'recipient.name': 'Sam', 'sender.name': 'Alex' },
    });
    expect(v.findings).toEqual([]);
    expect(v.ready).toBe(true);
  });

  it('something missing from the whole piece points at the field to write in, never at template words', () => {
    const head = 'Dear Sam,\n\nI wanted to write to you properly, in a letter, and take my time.\n\n';
    const words = 'It was a hard year for both of us.';
    const text = `${head}${words}\n\nAlex`;
    const doc: RenderedDocument = {
      templateId: 't',
      kind: 'letter',
      step: 5,
      title: 'T',
      intent: 'friendship',
      channel: 'post',
      sender: 'Alex',
      recipient: 'Sam',
      text,
      blocks: [{ id: 'body', start: 0, end: text.length, text }],
      spans: [{ field: 'story', block: 'body', start: head.length, end: head.length + words.length }],
    };
    const v = verdictForPiece({
      doc,
      fields: [{ id: 'story', label: 'What happened', required: true, type: 'long' }],
      values: { story: words },
    });
    const missing = v.findings.find((f) => f.categories.includes('missing-element'));
    expect(missing?.scope).toBe('piece');
    expect(missing?.field).toBe('story');
    expect(missing?.excerpt).toBe('');
    expect(check(v, 'acknowledges-hurt')?.ok).toBe(false);
  });

  it('a quick fix never empties a needed field', async () => {
    const alone = await verdictOf('card-thinking-of-you', { fields: { message: 'Call me sometime.' } });
    const fixes = alone.findings.flatMap((f) => f.parts.flatMap((p) => p.fixes));
    expect(fixes.length).toBeGreaterThan(0);
    for (const fix of fixes)
      expect(
        (
          'Call me sometime.'.slice(0, fix.fieldStart) +
          fix.replacement +
          'Call me sometime.'.slice(fix.fieldEnd)
        ).trim(),
      ).not.toBe('');

    const withMore = await verdictOf('card-thinking-of-you', {
      fields: { message: 'The lilacs are out. Call me sometime.' },
    });
    const labels = withMore.findings.flatMap((f) => f.parts.flatMap((p) => p.fixes.map((x) => x.label)));
    const aloneLabels = fixes.map((x) => x.label);
    expect(labels.some((l) => !aloneLabels.includes(l))).toBe(true);
  });
});

describe('the checklist', () => {
  it('an empty needed field and a piece too long to print are open, by name', async () => {
    const v = await verdictOf('card-thinking-of-you', {
      fields: { message: '' },
      printProblem: 'The inside message is too long for this card by about 12 words.',
    });
    expect(v.missing).toEqual(['Your message']);
    expect(check(v, 'filled')?.label).toBe('Fill in: Your message');
    expect(check(v, 'fits')?.ok).toBe(false);
    expect(check(v, 'fits')?.label).toContain('by about 12 words');
    expect(v.headline).toBe('Not yet: 2 things still open');
  });

  it('a message is not printed, so it has no fit check', async () => {
    const v = await verdictOf('message-text', { fields: { prompt: 'Saw the band you love is touring.' } });
    expect(check(v, 'fits')).toBeUndefined();
  });
});

describe('olive lint reads the same verdict', () => {
  it('a plain text: ready only when every check passes', () => {
    const calm = 'The lilacs outside the library are out again.';
    expect(verdictForText(calm, lint(calm, { kind: 'card' })).ready).toBe(true);
    const needy = verdictForText(plea, lint(plea, { kind: 'message' }));
    expect(needy.ready).toBe(false);
    expect(needy.findings.map((f) => f.excerpt)).toContain('I need you back');
  });
});
