import { describe, expect, it } from 'vitest';
import {
  GUIDE_TEMPLATES,
  MANY_UNANSWERED,
  recommend,
  WAIT_DAYS_AFTER_PIECE,
  type GuideResult,
} from '../../src/core/guide';

const NOW = new Date('2026-11-26T12:00:00Z');
const daysAgo = (n: number) => new Date(NOW.getTime() - n * 86_400_000);
const kinds = (r: GuideResult) => [r.recommendation.kind, ...r.alternatives.map((a) => a.kind)];
const text = (r: GuideResult) => [...r.reasons, ...r.cautions].map((n) => n.text).join(' ');

describe('guide', () => {
  it('step 1: with nothing unanswered, a short message is a fine first try', () => {
    const r = recommend({ unanswered: 0, heard: 'unknown', want: 'friendship', now: NOW });
    expect(r.recommendation).toEqual({ kind: 'message', step: 1, templates: [...GUIDE_TEMPLATES.message] });
    expect(r.alternatives.map((a) => a.kind)).toEqual(['card']);
    expect(r.reasons.every((n) => n.step >= 1 && n.step <= 5)).toBe(true);
  });

  it('after one or two unanswered messages, a card is recommended and another message only with a caution', () => {
    const r = recommend({ unanswered: 1, heard: 'unknown', want: 'friendship', now: NOW });
    expect(r.recommendation.kind).toBe('card');
    expect(r.recommendation.step).toBe(2);
    const message = r.alternatives.find((a) => a.kind === 'message');
    expect(message?.caution).toMatch(/at most/);
  });

  it('after many unanswered messages it never suggests another message, and says why', () => {
    for (let n = MANY_UNANSWERED; n < MANY_UNANSWERED + 20; n++) {
      for (const heard of ['unknown', 'still-hurt', 'new-relationship'] as const) {
        for (const want of ['friendship', 'romantic'] as const) {
          const r = recommend({ unanswered: n, heard, want, now: NOW });
          expect(kinds(r)).not.toContain('message');
        }
      }
    }
    const r = recommend({ unanswered: 5, heard: 'unknown', want: 'friendship', now: NOW });
    expect(r.recommendation).toMatchObject({ kind: 'card', step: 2 });
    expect(r.reasons[0]).toMatchObject({ step: 1 });
    expect(r.reasons[0]?.text).toMatch(/5 .*unanswered.*hounded/);
  });

  it('a card stays a friendship card even when the writer hopes for romance', () => {
    const r = recommend({ unanswered: 4, heard: 'unknown', want: 'romantic', now: NOW });
    expect(r.recommendation.templates).toEqual([...GUIDE_TEMPLATES.card]);
    expect(text(r)).toMatch(/friendship/);
  });

  it('step 4: a new relationship calls for the movie-pass note, friendship only', () => {
    for (const want of ['friendship', 'romantic'] as const) {
      const r = recommend({ unanswered: 0, heard: 'new-relationship', want, now: NOW });
      expect(r.recommendation).toEqual({ kind: 'note', step: 4, templates: ['note-movie-passes'] });
      expect(kinds(r)).not.toContain('letter');
      expect(r.cautions.some((c) => c.step === 4 && /respect/i.test(c.text))).toBe(true);
    }
    const romantic = recommend({ unanswered: 0, heard: 'new-relationship', want: 'romantic', now: NOW });
    expect(text(romantic)).toMatch(/only friendship/);
  });

  it('step 5: still hurt calls for one letter matching the intent, no casual contact, then waiting', () => {
    const friend = recommend({ unanswered: 1, heard: 'still-hurt', want: 'friendship', now: NOW });
    expect(friend.recommendation).toEqual({ kind: 'letter', step: 5, templates: ['letter-friendship'] });
    const romance = recommend({ unanswered: 1, heard: 'still-hurt', want: 'romantic', now: NOW });
    expect(romance.recommendation.templates).toEqual(['letter-romantic']);
    expect(romance.alternatives).toEqual([]);
    expect(romance.cautions.map((c) => c.step)).toContain(5);
    expect(text(romance)).toMatch(/call me/);
    expect(text(romance)).toMatch(/wait and do nothing else/);
  });

  it('after a card is mailed, it recommends waiting, with days left and the do-not-check caution', () => {
    const r = recommend({
      unanswered: 0,
      heard: 'unknown',
      want: 'friendship',
      now: NOW,
      mailed: { date: daysAgo(3), kind: 'card' },
    });
    expect(r.recommendation).toEqual({ kind: 'wait', step: 2, templates: [] });
    expect(r.alternatives).toEqual([]);
    expect(r.daysSinceMailed).toBe(3);
    expect(r.waitDaysLeft).toBe(WAIT_DAYS_AFTER_PIECE - 3);
    expect(r.cautions[0]?.text).toMatch(/do not call/i);
    expect(r.reasons[0]?.text).toMatch(/went out 3 days ago/);
    const today = recommend({
      unanswered: 0,
      heard: 'unknown',
      want: 'friendship',
      now: NOW,
      mailed: { date: NOW, kind: 'card' },
    });
    expect(today.reasons[0]?.text).toMatch(/^Your card went out today\./);
  });

  it(
    'after the waiting period with nothing heard, it sends the writer to mutual friends (step 3), not to more ' +
      'contact',
    () => {
      const r = recommend({
        unanswered: 1,
        heard: 'unknown',
        want: 'friendship',
        now: NOW,
        mailed: { date: daysAgo(WAIT_DAYS_AFTER_PIECE + 5), kind: 'card' },
      });
      expect(r.recommendation).toMatchObject({ kind: 'wait', step: 3 });
      expect(r.reasons[0]?.text).toMatch(/mutual friends/);
    },
  );

  it('after the waiting period, news from friends leads on to the right piece', () => {
    const hurt = recommend({
      unanswered: 1,
      heard: 'still-hurt',
      want: 'romantic',
      now: NOW,
      mailed: { date: daysAgo(60), kind: 'card' },
    });
    expect(hurt.recommendation.kind).toBe('letter');
    expect(hurt.daysSinceMailed).toBe(60);
    const moved = recommend({
      unanswered: 1,
      heard: 'new-relationship',
      want: 'friendship',
      now: NOW,
      mailed: { date: daysAgo(60), kind: 'card' },
    });
    expect(moved.recommendation.kind).toBe('note');
  });

  it('after a letter is mailed, it recommends waiting for good and offers nothing else', () => {
    for (const since of [0, 10, 365]) {
      const r = recommend({
        unanswered: 0,
        heard: 'still-hurt',
        want: 'romantic',
        now: NOW,
        mailed: { date: daysAgo(since), kind: 'letter' },
      });
      expect(r.recommendation).toEqual({ kind: 'wait', step: 5, templates: [] });
      expect(r.alternatives).toEqual([]);
      expect(r.waitDaysLeft).toBeUndefined();
    }
  });
});

describe('guide wording', () => {
  it("speaks of the recipient with the writer's pronouns, with verb agreement", () => {
    const he = recommend({ unanswered: 0, heard: 'still-hurt', want: 'friendship', now: NOW, pronouns: 'he' });
    expect(he.reasons[0]?.text).toMatch(/^Friends say he is still hurt/);
    const she = recommend({
      unanswered: 0,
      heard: 'new-relationship',
      want: 'friendship',
      now: NOW,
      pronouns: { kind: 'she' },
    });
    expect(she.reasons[1]?.text).toContain('for her and her partner');
    const they = recommend({ unanswered: 0, heard: 'still-hurt', want: 'friendship', now: NOW });
    expect(they.reasons[0]?.text).toMatch(/^Friends say they are still hurt/);
    const ze = recommend({
      unanswered: 0,
      heard: 'still-hurt',
      want: 'friendship',
      now: NOW,
      pronouns: {
        kind: 'custom',
        set: {
          subject: 'ze',
          object: 'zir',
          possessive: 'zir',
          possessivePronoun: 'zirs',
          reflexive: 'zirself',
          plural: false,
        },
      },
    });
    expect(ze.reasons.map((r) => r.text).join(' ')).toContain('ze is still hurt');
    for (const r of [he, she, they, ze]) expect(JSON.stringify(r)).not.toMatch(/\{(they|them|their|theirs|are)\}/);
  });
});
