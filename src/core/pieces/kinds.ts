/**
 * The kinds of piece and what follows from each: which are always about friendship, which guide
 * step each serves, how each is named, and how it leaves the writer's hands. One place for the
 * desk, the guide, the linter and the CLI (see docs/ARCHITECTURE.md, "The verdict").
 * Pure data and functions, no Node or DOM.
 */
import type { GuideStep, Intent, Kind } from '../types';

/** Cards and notes are about friendship, whatever the writer hopes for (guide steps 2 and 4). */
const FRIENDSHIP_ONLY: Readonly<Record<Kind, boolean>> = { card: true, note: true, letter: false, message: false };

export function isFriendshipPiece(kind: Kind): boolean {
  return FRIENDSHIP_ONLY[kind];
}

/** The intent a piece of this kind carries: cards and notes friendship; letters and messages what the writer means. */
export function intentFor(kind: Kind, wanted: Intent): Intent {
  return isFriendshipPiece(kind) ? 'friendship' : wanted;
}

/** The guide step each kind of piece serves. */
export const STEP_OF_KIND: Readonly<Record<Kind, GuideStep>> = { message: 1, card: 2, note: 4, letter: 5 };

/**
 * From this many unanswered texts, emails or calls on, more digital contact feels like being
 * hounded (guide step 1): the guide skips messages, and a message then counts as pressure.
 */
export const MANY_UNANSWERED = 3;

export function tooManyUnanswered(unanswered: number): boolean {
  return unanswered >= MANY_UNANSWERED;
}

/** A message goes from the writer's own phone or email; everything else goes by post. */
export function isPosted(kind: Kind): boolean {
  return kind !== 'message';
}

/** The name of each kind in the desk: "Friendship card". */
export const KIND_LABEL: Readonly<Record<Kind, string>> = {
  message: 'Quick message',
  card: 'Friendship card',
  note: 'Note with movie passes',
  letter: 'Heartfelt letter',
};

/** One word, capitalised: "Card". */
export const KIND_WORD: Readonly<Record<Kind, string>> = {
  message: 'Message',
  card: 'Card',
  note: 'Note',
  letter: 'Letter',
};

/** Lower case, for the middle of a sentence: "your card". */
export function kindNoun(kind: Kind): string {
  return KIND_WORD[kind].toLowerCase();
}

/** "Card to Sam", or "Card (no name yet)": how a draft is called on screens, in titles and file names. */
export function pieceTitle(kind: Kind, recipientName: string): string {
  const name = recipientName.trim();
  return name ? `${KIND_WORD[kind]} to ${name}` : `${KIND_WORD[kind]} (no name yet)`;
}

/** The last step, in words: what the writer does with this kind once it is ready. */
export const LAST_STEP: Readonly<
  Record<'posted' | 'sent', { verb: string; ready: string; action: string; done: string; mark: string }>
> = {
  posted: { verb: 'mail', ready: 'Ready to mail?', action: 'Print and post', done: 'mailed', mark: 'Mark as mailed' },
  sent: { verb: 'send', ready: 'Ready to send?', action: 'Send', done: 'sent', mark: 'Mark as sent' },
};

export function lastStep(kind: Kind): (typeof LAST_STEP)['posted'] {
  return LAST_STEP[isPosted(kind) ? 'posted' : 'sent'];
}
