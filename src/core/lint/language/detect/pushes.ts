/**
 * Pressure with no stock phrase, read from the shape of the sentence: a vigil announced ("I'll wait
 * at the metro gate every evening at 7"), an order with a threat behind it ("collect them this
 * weekend or I bring them to your work"), one line asked for ("just send one line so I know"),
 * messages counted ("4th text since Sunday"), and read receipts watched ("the ticks are blue, so I
 * know you read it").
 */
import { APPOINTED } from '../../lexicon/contact';
import { words } from '../../lexicon/words';
import type { RuleContext, TokenSpan } from '../../rule';
import type { SentenceLanguage } from '../index';
import { findIn, findPhrase, lemma, readsAt, sentenceSpan, word } from '../query';

/** What the reader is waited for to do: "until you show up", "until you answer". */
const COMING = words('show come answer reply call write turn get text arrive');

/** A handover or an errand, not a vigil: "I'll wait at the school gate at 3 for the kids". */
const ERRAND_WORDS = words(
  'kids children school pickup collect parcel bus train delivery doctor handover boxes box keys papers stuff dog',
);

/**
 * "I'm going to wait there until you show up", "I will wait at the metro gate every evening at 7",
 * "I wait at the café by the harbour tomorrow at 10": the writer waiting for the reader somewhere.
 */
export function* waitingThere(_context: RuleContext, s: SentenceLanguage): Iterable<TokenSpan> {
  if (findIn(s, s.first, s.end, WAIT_KEYS) < 0) return;
  for (const c of s.clauses) {
    if (c.subject !== 'i' || c.past || c.negated || c.conditional || c.verb < 0 || c.lemma !== 'wait') continue;
    if (findIn(s, s.first, s.end, ERRAND_WORDS) >= 0) return;
    const after = c.verb + 1;
    const end = Math.min(s.end, after + 12);
    // "until you show up", "until you answer" (not "until you're settled before I send the boxes").
    const until = findPhrase(s, after, end, 'until you');
    const forYou = until >= 0 && COMING.has(lemma(s, until + 2));
    const long = findPhrase(s, after, end, 'however long') >= 0 || findPhrase(s, after, end, 'every evening') >= 0;
    const placed = findIn(s, after, end, words('at outside by there')) >= 0 && findIn(s, after, end, APPOINTED) >= 0;
    if (forYou || long || placed || findPhrase(s, after, end, 'every night') >= 0) {
      yield sentenceSpan(s);
      return;
    }
  }
}

/** When the order must be done: "this weekend", "by Friday", "before the 30th". */
const WHEN = words('by before until till weekend tomorrow tonight week');
/** What the writer will do if not: "or I bring them to your work", "otherwise I will decide myself". */
const THREATS = words('bring am go make tell call come take sell keep throw send report');

/**
 * "Collect them this weekend or I bring them to your work", "Venmo it by Friday or I'm bringing it up
 * with your brother", "I'd like an answer before the 30th, otherwise I will make the decision myself":
 * an order with a time, and what the writer will do if it is not met.
 */
export function* orElse(_context: RuleContext, s: SentenceLanguage): Iterable<TokenSpan> {
  if (findIn(s, s.first, s.end, OR_KEYS) < 0) return;
  let or = findPhrase(s, s.first, s.end, 'or i');
  if (or < 0) or = findPhrase(s, s.first, s.end, 'otherwise i');
  if (or < 0 || (findIn(s, s.first, or, WHEN) < 0 && findIn(s, s.first, or, APPOINTED) < 0)) return;
  const next = or + 2;
  if (
    THREATS.has(word(s, next)) ||
    THREATS.has(lemma(s, next)) ||
    (word(s, next) === 'will' && THREATS.has(lemma(s, next + 1)))
  )
    yield sentenceSpan(s);
}

const OR_KEYS = words('or otherwise');
const ONE_LINE_KEYS = words('line word text message reply answer response');
const RECEIPT_KEYS = words('ticks know online');
const WAIT_KEYS = words('wait');
const LINES = words('line word text message reply');

/**
 * "Just send one line so I know you are alive", "one text back is all I'm asking", "so why no answer,
 * eh?": a single reply asked for.
 */
export function* oneLineAsked(_context: RuleContext, s: SentenceLanguage): Iterable<TokenSpan> {
  if (findIn(s, s.first, s.end, ONE_LINE_KEYS) < 0) return;
  for (let k = s.first; k < s.end - 1; k++) {
    const w = word(s, k);
    // "send one line", "write me one word", "drop me a text".
    if (words('send write drop text give').has(w) && (k === s.first || words('just please so').has(word(s, k - 1)))) {
      const one = findIn(s, k + 1, Math.min(s.end, k + 4), words('one a'));
      // For the writer ("so I know", "to me", "back"), not "send one line to your gran".
      const toMe =
        findPhrase(s, k, s.end, 'so i') >= 0 || findPhrase(s, k, s.end, 'to me') >= 0 || word(s, one + 2) === 'back';
      if (one >= 0 && LINES.has(word(s, one + 1)) && toMe) return yield sentenceSpan(s);
    }
    // "one text back is all I'm asking".
    if ((w === 'one' || w === 'a') && LINES.has(word(s, k + 1)) && findPhrase(s, k + 2, s.end, 'is all i') >= 0)
      return yield sentenceSpan(s);
    // "why no answer", "why no reply from you".
    if (readsAt(s, k, 'why no') && words('answer reply response word').has(word(s, k + 2)))
      return yield sentenceSpan(s);
  }
}

const ORDINALS = words('second third fourth fifth sixth seventh eighth ninth tenth');
const SENT = words('text texts message messages call calls email emails letter letters voicemail');

/** "4th text since Sunday", "that's my fifth message", "got them or not?": messages counted out. */
export function* textsCounted(_context: RuleContext, s: SentenceLanguage): Iterable<TokenSpan> {
  if (findIn(s, s.first, s.end, SENT) < 0 && findIn(s, s.first, s.end, words('got')) < 0) return;
  for (let k = s.first; k < s.end - 1; k++) {
    const w = word(s, k);
    const ordinal = ORDINALS.has(w) || /^\d+(st|nd|rd|th)$/.test(w);
    // ("My fourth letter to the council" counts letters to someone else.)
    const elsewhere = word(s, k + 2) === 'to' && word(s, k + 3) !== 'you';
    if (ordinal && SENT.has(word(s, k + 1)) && !elsewhere) return yield sentenceSpan(s);
    if (readsAt(s, k, 'got them or not') || readsAt(s, k, 'got it or not') || readsAt(s, k, 'did you get them or not'))
      return yield sentenceSpan(s);
  }
}

/**
 * "I can see the ticks are blue, so I know you read it", "I know you see these", "you were online at 3
 * in the morning": the reader's reading watched.
 */
export function* readReceipts(_context: RuleContext, s: SentenceLanguage): Iterable<TokenSpan> {
  if (findIn(s, s.first, s.end, RECEIPT_KEYS) < 0) return;
  if (findPhrase(s, s.first, s.end, 'ticks are blue') >= 0 || findPhrase(s, s.first, s.end, 'blue ticks') >= 0)
    return yield sentenceSpan(s);
  for (let k = s.first; k < s.end - 3; k++) {
    if (!readsAt(s, k, 'i know you')) continue;
    const verb = lemma(s, k + 3);
    if ((verb === 'see' || verb === 'read') && words('these them my').has(word(s, k + 4))) return yield sentenceSpan(s);
  }
  if (findPhrase(s, s.first, s.end, 'you were online') >= 0) yield sentenceSpan(s);
}
