/**
 * Snide asides too short or too loose for a phrase list: a one-word verdict standing as its own
 * sentence ("Typical."), and "thanks to you" pinned to something bad.
 */
import type { Token } from '../../engine/tokenize';
import { NEGATIVE_VALENCE } from '../../lexicon/judgement';
import { words } from '../../lexicon/words';
import type { RuleContext, TokenSpan } from '../../rule';
import type { SentenceLanguage } from '../index';
import { findIn, findPhrase, lemma, readsAt, word } from '../query';
import { EXCLAMATION_MARK } from '../../engine/chars';

const VERDICTS = words(
  'typical figures classic shocker whatever unbelievable convenient mature predictable pathetic touching priorities',
);
const VERDICT_PHRASES = [
  'surprise surprise',
  'real mature',
  'very mature',
  'how mature',
  'how convenient',
  'nice one',
  'cheers for that',
  'of course you did',
  'of course you would',
  'of course',
  'how touching',
  'truly touching',
  'very touching',
  'real touching',
  'how very touching',
  'priorities eh',
  'priorities huh',
];
const LONELY = words('alone lonely myself own nobody nothing ruined wrecked broke broken');

export function* snideAside(context: RuleContext, s: SentenceLanguage): Iterable<TokenSpan> {
  const length = s.end - s.first;
  const text = context.text;
  const endsPlainly = text.charCodeAt((s.tokens[s.end - 1] as Token).end) !== EXCLAMATION_MARK;
  if (length <= 3 && endsPlainly && length > 0) {
    const first = word(s, s.first);
    if (length === 1 && VERDICTS.has(first) && first !== 'pathetic') yield { first: s.first, end: s.end };
    else if (
      length >= 2 &&
      (first === 'typical' || first === 'classic') &&
      (word(s, s.first + 1) === 'you' || word(s, s.first + 1) === 'of')
    )
      yield { first: s.first, end: s.end };
    else if (
      VERDICT_PHRASES.some((p) => findPhrase(s, s.first, s.first + 1, p) === s.first && p.split(' ').length === length)
    )
      yield { first: s.first, end: s.end };
  }
  const thanks = findPhrase(s, s.first, s.end, 'thanks to you');
  if (thanks >= 0) {
    for (let k = s.first; k < s.end; k++) {
      const w = word(s, k);
      if (LONELY.has(w) || (NEGATIVE_VALENCE.get(w) ?? 0) <= -1.5) {
        yield { first: thanks, end: thanks + 3 };
        break;
      }
    }
  }
}

/** Praise that opens a sentence: "nice of you to", "thanks for", "glad you". */
const PRAISE_HEADS = words(
  'nice good kind sweet decent thoughtful generous lovely great big thanks thank cheers ta glad',
);
const NUMBERS = words(`
  a an one two three four five six seven eight nine ten eleven twelve fifteen twenty thirty few couple several
  1 2 3 4 5 6 7 8 9 10 11 12 15 20 30
`);
const UNITS = words(`
  minute minutes hour hours day days week weeks fortnight fortnights month months year years decade decades
`);
/** What turns a span of time into a jeer: "a whole three weeks", "after only eight months", "all of ten minutes". */
const MOCKING = words('only mere whole just');
/** Forgiving a delay: then its span is no jeer. */
const EASY = ['no worries', 'no problem', 'not a problem', 'do not worry', 'no harm done', 'all good', 'no bother'];
/** Words that make a span a wait. */
const DELAY = words('wait waited waiting after since take took taken takes');
/** Spans long enough that "only" mocks them. */
const LONG = words('week weeks fortnight fortnights month months year years decade decades');
/** A count down, not a delay: "only two weeks till Christmas". */
const COUNTDOWN = words('till until left away ago to before');

/**
 * Thanks and praise with a span of time that mocks the wait: "nice of you to wait a whole three
 * weeks", "thanks for returning my jacket after only eight months", "cheers for getting back to me,
 * only took you a fortnight". A span that measures a gift ("thanks for having me for a whole
 * week") or counts down ("only two weeks till Christmas") is no jeer.
 */
export function* mockingThanks(_context: RuleContext, s: SentenceLanguage): Iterable<TokenSpan> {
  // "Only took you four months.": the jeer standing alone, a long wait and nothing after it.
  const took = findPhrase(s, s.first, Math.min(s.end, s.first + 3), 'only took you');
  if (took >= 0) {
    const unit = findIn(s, took + 3, Math.min(s.end, took + 7), UNITS);
    if (unit >= 0 && LONG.has(word(s, unit)) && (unit + 1 === s.end || readsAt(s, unit + 1, 'to reply'))) {
      yield { first: s.first, end: s.end };
      return;
    }
  }
  // The praise leads the sentence (after "oh", "well", "wow").
  const head = findIn(s, s.first, Math.min(s.end, s.first + 3), PRAISE_HEADS);
  if (head < 0) return;
  const praise =
    readsAt(s, head + 1, 'of you') ||
    readsAt(s, head + 1, 'for') ||
    readsAt(s, head + 1, 'you for') ||
    readsAt(s, head + 1, 'on you for') ||
    readsAt(s, head + 1, 'on ya for') ||
    (word(s, head) === 'glad' && word(s, head + 1) === 'you') ||
    ((word(s, head) === 'nice' || word(s, head) === 'good' || word(s, head) === 'lovely') &&
      readsAt(s, head + 1, 'to see you'));
  if (!praise) return;
  // "Thanks for the card, only two days late, no worries at all!": the delay forgiven in the same breath.
  for (const phrase of EASY) if (findPhrase(s, head, s.end, phrase) >= 0) return;
  for (let u = head + 3; u < s.end; u++) {
    if (!UNITS.has(word(s, u)) || !NUMBERS.has(word(s, u - 1))) continue;
    if (COUNTDOWN.has(word(s, u + 1))) continue;
    const q = u - 2;
    // "for a whole three weeks", "for only two days": how long a gift lasted.
    if (findIn(s, q - 2, q, words('for')) >= 0 && !readsAt(s, q - 1, 'all of')) continue;
    const next = word(s, u + 1);
    const late = next === 'late' || next === 'later';
    // A wait: "wait a whole three weeks", "took you all of a week", "three weeks after we split".
    const delay = late || next === 'after' || next === 'since' || findIn(s, q - 3, q, DELAY) >= 0;
    const whole = word(s, q) === 'whole' || (word(s, q) === 'of' && word(s, q - 1) === 'all');
    // "Only" mocks a long wait ("after only eight months"), not a short one ("after only two days in hospital").
    const only = MOCKING.has(word(s, q)) && !whole && (LONG.has(word(s, u)) || late);
    // "only been three months", "only took three weeks".
    const onlyBeen = words('been took taken').has(word(s, q)) && MOCKING.has(word(s, q - 1)) && LONG.has(word(s, u));
    const mocks = (whole && delay) || only || onlyBeen || (word(s, q) === 'you' && lemma(s, q - 1) === 'take') || late;
    if (mocks) {
      yield { first: s.first, end: s.end };
      return;
    }
  }
}

/** Being remembered, noticed or found: "you remembered I exist", "look who noticed I'm alive". */
const NOTICING = words('remember notice realise realize recall discover find clock');

/** "Oh wow, you remembered I exist!", "look who finally realised I'm still alive": a jeer at a long silence. */
export function* rememberedIExist(_context: RuleContext, s: SentenceLanguage): Iterable<TokenSpan> {
  const clauses = s.clauses;
  let wished = false;
  for (let i = 0; i + 1 < clauses.length; i++) {
    const c = clauses[i];
    const d = clauses[i + 1];
    if (!c || !d) continue;
    // "I hope you remember I exist": a wish, read once in order.
    const hoped = wished;
    if (words('hope wish bet').has(c.lemma ?? '')) wished = true;
    if (hoped || c.negated || c.conditional || !NOTICING.has(c.lemma ?? '')) continue;
    // Done, not hoped for: "you remembered", "you've noticed", "so you DO remember".
    const done = c.past || findIn(s, c.verbFirst, c.verb, words('have has do does')) >= 0;
    if (!done) continue;
    if (c.subject !== 'you' && !(c.subject === 'third' && c.wh === 'who')) continue;
    if (d.subject !== 'i' || d.negated || d.verb < 0) continue;
    const exists =
      d.lemma === 'exist' ||
      (d.lemma === 'be' && findIn(s, d.verb + 1, Math.min(d.end, d.verb + 3), words('alive breathing')) >= 0) ||
      (d.lemma === 'breathe' && findIn(s, d.verb, d.verb + 1, words('breathing')) >= 0);
    if (exists) {
      yield { first: c.subjectFirst >= 0 ? c.subjectFirst : c.first, end: d.end };
      return;
    }
  }
}
