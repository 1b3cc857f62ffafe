/**
 * Waiting that follows the guide: friends' news moves it on, their reaching out turns it to answering, and contact that
 * breaks a step gets one kind sentence.
 */
import { describe, expect, it } from 'vitest';
import { recommend, WAIT_DAYS_AFTER_PIECE, whenAgo } from '../../src/core/guide';
import { contactNote, contactReview, lastReachedOut } from '../../src/core/guide/contact';

const NOW = new Date('2026-11-26T12:00:00Z');
const daysAgo = (n: number) => new Date(NOW.getTime() - n * 86_400_000);
const all = (r: ReturnType<typeof recommend>) => [...r.reasons, ...r.cautions].map((n) => n.text).join(' ');

describe('friends’ news during the wait', () => {
  it('a new relationship moves the guide to step 4, the note, with the days still to wait', () => {
    const r = recommend({
      unanswered: 4,
      heard: 'new-relationship',
      want: 'friendship',
      mailed: { date: daysAgo(5), kind: 'card' },
      now: NOW,
      pronouns: 'he',
    });
    expect(r.recommendation).toMatchObject({ kind: 'note', step: 4, templates: ['note-movie-passes'] });
    expect(r.waitDaysLeft).toBe(WAIT_DAYS_AFTER_PIECE - 5);
    expect(all(r)).toContain('after about 25 more days');
    expect(all(r)).toContain('for him and his partner to enjoy');
    expect(all(r)).not.toMatch(/both of him/);
  });

  it('still hurt moves it to step 5, the letter matching what the writer hopes for', () => {
    const r = recommend({
      unanswered: 4,
      heard: 'still-hurt',
      want: 'romantic',
      mailed: { date: daysAgo(40), kind: 'card' },
      now: NOW,
    });
    expect(r.recommendation).toMatchObject({ kind: 'letter', step: 5, templates: ['letter-romantic'] });
    expect(r.waitDaysLeft).toBeUndefined();
  });

  it('nothing heard keeps the wait; after a letter, news changes nothing', () => {
    expect(
      recommend({
        unanswered: 0,
        heard: 'unknown',
        want: 'friendship',
        mailed: { date: daysAgo(3), kind: 'card' },
        now: NOW,
      }).recommendation.kind,
    ).toBe('wait');
    expect(
      recommend({
        unanswered: 0,
        heard: 'new-relationship',
        want: 'friendship',
        mailed: { date: daysAgo(3), kind: 'letter' },
        now: NOW,
      }).recommendation.kind,
    ).toBe('wait');
    const afterNote = recommend({
      unanswered: 0,
      heard: 'new-relationship',
      want: 'friendship',
      mailed: { date: daysAgo(60), kind: 'note' },
      now: NOW,
    });
    expect(afterNote.recommendation).toMatchObject({ kind: 'wait', step: 4 });
  });
});

describe('they reached out', () => {
  it('turns the advice to answering warmly, at their pace', () => {
    const r = recommend({
      unanswered: 0,
      heard: 'unknown',
      want: 'friendship',
      mailed: { date: daysAgo(10), kind: 'card' },
      reachedOut: daysAgo(1),
      now: NOW,
      pronouns: 'she',
    });
    expect(r.recommendation.kind).toBe('answer');
    expect(r.reasons[0]?.text).toBe(
      'She reached out yesterday. That is the door opening: answer warmly and simply, in the same way she ' +
        'wrote to you.',
    );
    expect(all(r)).toMatch(/let her set how much/);
  });

  it('contact from before the piece went out does not count', () => {
    const r = recommend({
      unanswered: 0,
      heard: 'unknown',
      want: 'friendship',
      mailed: { date: daysAgo(10), kind: 'card' },
      reachedOut: daysAgo(20),
      now: NOW,
    });
    expect(r.recommendation.kind).toBe('wait');
    expect(
      lastReachedOut([{ at: daysAgo(20).toISOString(), direction: 'received', channel: 'text' }], daysAgo(10)),
    ).toBeUndefined();
    expect(
      lastReachedOut([{ at: daysAgo(2).toISOString(), direction: 'received', channel: 'call' }], daysAgo(10)),
    ).toEqual(daysAgo(2));
  });
});

describe('contact that breaks a step', () => {
  const mailed = { date: daysAgo(6), kind: 'card' as const };
  it('asking whether the card arrived gets one kind sentence (step 2)', () => {
    const note = contactNote(
      { at: daysAgo(2).toISOString(), direction: 'sent', channel: 'text', note: 'texted to ask if the card arrived' },
      mailed,
      'they',
    );
    expect(note).toEqual({
      step: 2,
      text:
        'Asking whether your card arrived puts them on the spot. It is done now; from here, let the card speak ' +
        'for itself.',
    });
  });

  it('another text during the waiting period, and anything after a letter, is named once', () => {
    expect(
      contactNote({ at: daysAgo(1).toISOString(), direction: 'sent', channel: 'text', note: 'happy birthday' }, mailed)
        ?.text,
    ).toMatch(/^Another text so soon after your card/);
    expect(
      contactNote(
        { at: daysAgo(1).toISOString(), direction: 'sent', channel: 'call' },
        { date: daysAgo(90), kind: 'letter' },
      )?.step,
    ).toBe(5);
  });

  it('their own contact, the piece itself, and contact long after the wait pass without a word', () => {
    expect(contactNote({ at: daysAgo(1).toISOString(), direction: 'received', channel: 'text' }, mailed)).toBeNull();
    expect(
      contactNote({ at: daysAgo(6).toISOString(), direction: 'sent', channel: 'post', kind: 'card' }, mailed),
    ).toBeNull();
    expect(
      contactNote({ at: NOW.toISOString(), direction: 'sent', channel: 'text' }, { date: daysAgo(45), kind: 'card' }),
    ).toBeNull();
    expect(contactReview([{ at: daysAgo(7).toISOString(), direction: 'sent', channel: 'text' }], mailed)).toBeNull();
  });

  it('says "today" and "yesterday", never "0 days ago"', () => {
    expect([0, 1, 12].map(whenAgo)).toEqual(['today', 'yesterday', '12 days ago']);
  });
});
