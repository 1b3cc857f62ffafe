/**
 * The turn after an apology: a sentence that opens by turning from what came before ("that said",
 * "but", "in fairness") and then hands the reader their share of the fault, as what they should or
 * could have done ("That said, you could have told me sooner") or as a past they could have
 * changed ("But if you had not brought her to the burial, I would not have been so bitter"). The
 * apology before it does not soften such a sentence: it turns the apology into a bill.
 */
import { words } from '../../lexicon/words';
import type { RuleContext, TokenSpan } from '../../rule';
import type { SentenceLanguage } from '../index';
import { clauseSpan, pos, readsAt, word } from '../query';

/** Openings that turn from what came before. */
const TURNS = [
  'that said',
  'having said that',
  'that being said',
  'all that said',
  'with that said',
  'though',
  'although',
  'but',
  'mind you',
  'in fairness',
  'to be fair',
  'in all fairness',
  'still',
  'then again',
  'at the same time',
  'however',
  'even so',
  'all the same',
  'that aside',
  'of course',
];

/** Words that may come before the turn: "And yet", "Oh, but", "Well, that said". */
const LEAD_IN = words('and oh well so');

/** Each turn's first word: most sentences open with none of them, and are done with in one look. */
const TURN_STARTS = new Set(TURNS.map((turn) => turn.split(' ')[0] as string));

function turnAt(s: SentenceLanguage, k: number): boolean {
  return TURN_STARTS.has(word(s, k)) && TURNS.some((turn) => readsAt(s, k, turn));
}

/** The sentence opens with a turn from what came before. */
export function opensWithTurn(s: SentenceLanguage): boolean {
  return turnAt(s, s.first) || (LEAD_IN.has(word(s, s.first)) && turnAt(s, s.first + 1));
}

/** Modals whose perfect lays a duty on the subject: "you should have", "you could have". */
const REPROACH = words('could should');
/** Perfects that are idiom, not reproach: "you should have seen his face", "you could have guessed". */
const IDIOM = words('seen heard guessed imagined');
const HARMED = words('hurt killed injured hit');

function verbAt(s: SentenceLanguage, k: number): boolean {
  const p = pos(s, k);
  return p === 'VERB' || p === 'AUX';
}

/** "you could have told me", "you should've said": what the reader ought to have done. */
function ownedDuty(s: SentenceLanguage, from: number, to: number): boolean {
  for (let k = from; k < to - 1; k++) {
    if (word(s, k) !== 'have' || !verbAt(s, k + 1) || IDIOM.has(word(s, k + 1))) continue;
    // "you could have been hurt": fear for them, not a charge.
    if (word(s, k + 1) === 'been' && HARMED.has(word(s, k + 2))) continue;
    return true;
  }
  return false;
}

/** "if you had not brought her", "if you had been more open": a past the reader could have changed. */
function pastTheyCouldChange(s: SentenceLanguage, from: number, to: number): boolean {
  for (let k = from; k < to - 1; k++) {
    if (word(s, k) !== 'had') continue;
    const next = word(s, k + 1) === 'not' ? k + 2 : k + 1;
    if (next < to && verbAt(s, next)) return true;
  }
  return false;
}

export function* theirShareAfterTurn(_context: RuleContext, s: SentenceLanguage): Iterable<TokenSpan> {
  if (!opensWithTurn(s)) return;
  for (const c of s.clauses) {
    if (c.subject !== 'you') continue;
    const duty = c.modal !== null && REPROACH.has(c.modal) && !c.negated && ownedDuty(s, c.first, c.end);
    if (duty || (c.conditional && c.past && pastTheyCouldChange(s, c.first, c.end))) {
      yield clauseSpan(c);
      return;
    }
  }
}
