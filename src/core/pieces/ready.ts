/**
 * What "ready" means for each kind of piece: the checks a piece must pass before it is mailed or
 * sent, in the order the desk lists them, and which wording categories each one reads. The verdict
 * (src/core/verdict) evaluates them; see docs/ARCHITECTURE.md, "The verdict".
 */
import type { LintCategory } from '../lint/types';
import type { Intent, Kind } from '../types';
import { kindNoun } from './kinds';

export const CHECK_IDS = [
  'filled',
  'fits',
  'short',
  'acknowledges-hurt',
  'knows-relationship',
  'kind-about-partner',
  'clear-intent',
  'friendship-only',
  'no-asks',
  'not-needy',
  'no-blame',
  'signed',
  'nothing-else',
] as const;
export type CheckId = (typeof CHECK_IDS)[number];

/**
 * The checks of each kind, in the order they are shown. `nothing-else` is added when something outside them is open.
 */
export const READY_CHECKS: Readonly<Record<Kind, readonly CheckId[]>> = {
  message: ['filled', 'short', 'no-asks', 'not-needy', 'no-blame'],
  card: ['filled', 'fits', 'friendship-only', 'not-needy', 'no-asks', 'no-blame', 'signed'],
  note: [
    'filled',
    'fits',
    'knows-relationship',
    'kind-about-partner',
    'friendship-only',
    'no-asks',
    'no-blame',
    'signed',
  ],
  letter: ['filled', 'fits', 'acknowledges-hurt', 'clear-intent', 'no-asks', 'not-needy', 'no-blame'],
};

/**
 * The wording categories whose open findings fail a check. `signed` also reads the sign-off itself; the intent checks
 * read the intent.
 */
export const CHECK_CATEGORIES: Readonly<Record<CheckId, readonly LintCategory[]>> = {
  filled: [],
  fits: [],
  short: ['length'],
  'acknowledges-hurt': ['missing-element'],
  'knows-relationship': ['missing-element'],
  'kind-about-partner': ['new-partner'],
  'clear-intent': ['ambiguous-intent'],
  'friendship-only': ['romantic', 'ambiguous-intent'],
  'no-asks': ['pressure'],
  'not-needy': ['needy'],
  'no-blame': ['blame'],
  signed: ['signature'],
  'nothing-else': [],
};

/** The checks that read the intent of the words (the same field the intent indicator shows). */
export const INTENT_CHECKS: ReadonlySet<CheckId> = new Set<CheckId>(['clear-intent', 'friendship-only']);

export interface CheckWords {
  kind: Kind;
  declared: Intent;
  /** Labels of needed fields still empty. */
  missing: readonly string[];
  /** Why the print layout refused the piece, when it did. */
  printProblem: string | null;
  /** Open findings no other check covers. */
  others: number;
}

/** What each check says, passed or not ("Fill in: Your message" when something is missing). */
export function checkLabel(id: CheckId, words: CheckWords): string {
  const piece = kindNoun(words.kind);
  switch (id) {
    case 'filled':
      return words.missing.length ? `Fill in: ${words.missing.join(', ')}` : 'Every needed part is filled in';
    case 'fits':
      return words.printProblem ? `Fits the ${piece}: not yet. ${words.printProblem}` : `Fits the ${piece}`;
    case 'short':
      return 'Short and light';
    case 'acknowledges-hurt':
      return 'Acknowledges the hurt you caused';
    case 'knows-relationship':
      return 'Says you know about the relationship, and are fine with it';
    case 'kind-about-partner':
      return 'Kind about their partner';
    case 'clear-intent':
      return `Clear that you mean ${words.declared === 'friendship' ? 'friendship' : 'romance'}`;
    case 'friendship-only':
      return 'Clearly about friendship, nothing romantic';
    case 'no-asks':
      return words.kind === 'letter'
        ? 'No asks, not even a casual “call me”'
        : 'No asks: no reply, call or meeting requested';
    case 'not-needy':
      return 'Nothing needy or pleading';
    case 'no-blame':
      return 'No blame or guilt';
    case 'signed':
      return 'Signed with just your name';
    case 'nothing-else':
      return words.others === 1 ? 'One more wording note to look at' : `${words.others} more wording notes to look at`;
  }
}
