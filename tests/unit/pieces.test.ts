/** The kind-of-piece rules (src/core/pieces): one place for what each kind of piece is and needs. */
import { describe, expect, it } from 'vitest';
import {
  MANY_UNANSWERED,
  STEP_OF_KIND,
  intentFor,
  isFriendshipPiece,
  isPosted,
  kindNoun,
  lastStep,
  pieceTitle,
  tooManyUnanswered,
} from '../../src/core/pieces/kinds';
import { CHECK_CATEGORIES, READY_CHECKS, checkLabel } from '../../src/core/pieces/ready';
import { LINT_CATEGORIES } from '../../src/core/lint/types';
import { KINDS } from '../../src/core/types';
import { recommend } from '../../src/core/guide';

describe('kinds of piece', () => {
  it(
    'cards and notes are friendship pieces whatever the ' +
      'writer hopes for; letters and messages say what they ' +
      'mean',
    () => {
      expect(KINDS.filter(isFriendshipPiece)).toEqual(['card', 'note']);
      expect(intentFor('card', 'romantic')).toBe('friendship');
      expect(intentFor('note', 'romantic')).toBe('friendship');
      expect(intentFor('letter', 'romantic')).toBe('romantic');
      expect(intentFor('message', 'friendship')).toBe('friendship');
    },
  );

  it('each kind serves its guide step, and only a message is sent rather than posted', () => {
    expect(STEP_OF_KIND).toEqual({ message: 1, card: 2, note: 4, letter: 5 });
    expect(KINDS.filter(isPosted)).toEqual(['card', 'note', 'letter']);
    expect(lastStep('message')).toMatchObject({ ready: 'Ready to send?', mark: 'Mark as sent' });
    expect(lastStep('letter')).toMatchObject({ ready: 'Ready to mail?', action: 'Print and post' });
  });

  it('from three unanswered messages on, more digital contact is too much, and the guide skips it', () => {
    expect(MANY_UNANSWERED).toBe(3);
    expect([0, 1, 2, 3, 4].map(tooManyUnanswered)).toEqual([false, false, false, true, true]);
    expect(
      recommend({ unanswered: MANY_UNANSWERED - 1, heard: 'unknown', want: 'friendship' }).alternatives.map(
        (a) => a.kind,
      ),
    ).toContain('message');
    expect(
      recommend({ unanswered: MANY_UNANSWERED, heard: 'unknown', want: 'friendship' }).alternatives.map((a) => a.kind),
    ).not.toContain('message');
  });

  it('names a draft the same way everywhere', () => {
    expect(pieceTitle('card', '  Sam ')).toBe('Card to Sam');
    expect(pieceTitle('letter', '')).toBe('Letter (no name yet)');
    expect(kindNoun('note')).toBe('note');
  });
});

describe('what "ready" means', () => {
  it('every kind checks its needed parts first, and every posted kind that it fits', () => {
    for (const kind of KINDS) expect(READY_CHECKS[kind][0]).toBe('filled');
    expect(KINDS.filter((k) => READY_CHECKS[k].includes('fits'))).toEqual(KINDS.filter(isPosted));
  });

  it(
    'cards and notes are signed with just the name; a ' +
      'letter acknowledges the hurt and is clear about its ' +
      'intent',
    () => {
      expect(READY_CHECKS.card).toContain('signed');
      expect(READY_CHECKS.note).toContain('signed');
      expect(READY_CHECKS.note).toContain('kind-about-partner');
      expect(READY_CHECKS.letter).toEqual(expect.arrayContaining(['acknowledges-hurt', 'clear-intent', 'no-asks']));
      expect(CHECK_CATEGORIES.signed).toEqual(['signature']);
    },
  );

  it('every problem category is read by some check of every kind it applies to, or falls to "nothing else"', () => {
    const problems = LINT_CATEGORIES.filter((c) => !['length', 'spelling', 'style'].includes(c));
    const readSomewhere = new Set(Object.values(CHECK_CATEGORIES).flat());
    for (const c of problems) expect(readSomewhere.has(c)).toBe(true);
  });

  it('says what is missing, and what it means for this piece', () => {
    const words = {
      kind: 'letter' as const,
      declared: 'romantic' as const,
      missing: ['Your apology'],
      printProblem: null,
      others: 2,
    };
    expect(checkLabel('filled', words)).toBe('Fill in: Your apology');
    expect(checkLabel('clear-intent', words)).toBe('Clear that you mean romance');
    expect(checkLabel('no-asks', words)).toBe('No asks, not even a casual “call me”');
    expect(checkLabel('nothing-else', words)).toBe('2 more wording notes to look at');
  });
});
