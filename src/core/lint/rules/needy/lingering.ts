/**
 * A life still arranged around the reader, told without "I miss you":
 *
 * - their things kept close: "still wearing your hoodie", "still got your scarf on my bed, can't
 *   bring myself to move it", "your slippers are still by the fire where you left them";
 * - rituals for two: "I still order two chopped cheeses", "still buy pan dulce like you're gonna be
 *   home", "still lay your place at the table";
 * - the quiet: "the house is so quiet I talk to the cat", "back to an empty flat";
 * - the reader as the only help: "you were the only one who could calm me down", "now I've got
 *   nobody";
 * - closure as a condition: "I need it before I can let go";
 * - whether it counted: "did any of it mean anything to you?", "was it all for nothing?".
 */
import { EXCLAMATION_MARK } from '../../engine/chars';
import type { Token } from '../../engine/tokenize';
import { words } from '../../lexicon/words';
import type { SentenceLanguage } from '../../language';
import { breakAt, clauseAt, findIn, findPhrase, readsAt, sentenceSpan, word } from '../../language/query';
import type { RuleContext, TokenSpan } from '../../rule';

const YOUR = words('your ur yuh yer thy');
const KEEP = words('have got keep kept');
/** Cannot let the thing go: "can't shift it", "cannae bring myself tae move it", "don't want to". */
const CANNOT = words('can not cannot cannae cant won');

/**
 * "Still wearing your hoodie", "still got your scarf on my bed, can't move it", "your slippers are
 * still by the fire where you left them".
 */
export function* keptClose(_context: RuleContext, s: SentenceLanguage): Iterable<TokenSpan> {
  const still = findIn(s, s.first, s.end, words('still'));
  if (still < 0 || s.question) return;
  const yours = findIn(s, Math.max(s.first, still - 4), Math.min(s.end, still + 4), YOUR);
  if (yours < 0) return;
  // Worn: "still wearing your ring", "I still wear your old jumper to bed".
  if (findIn(s, still + 1, Math.min(s.end, still + 3), words('wearing wear wore')) >= 0 && yours > still) {
    yield sentenceSpan(s);
    return;
  }
  // Kept where it lay, or that the writer cannot move: "still got your cap on the nail, can't shift it".
  const kept = findIn(s, Math.max(s.first, still - 2), Math.min(s.end, still + 3), KEEP);
  const cannot = findIn(s, yours + 2, s.end, CANNOT) >= 0 || findPhrase(s, yours + 2, s.end, 'bring myself') >= 0;
  const whereLeft = findPhrase(s, yours + 1, s.end, 'where you left') >= 0;
  if ((kept >= 0 && cannot) || (yours < still && whereLeft)) yield sentenceSpan(s);
}

const RITUAL = words('order buy make cook lay set pour go sit get');
const FOR_TWO = ['two', 'your place', 'like you', 'as if you', 'our table', 'out of habit', 'outta habit', 'for you'];

/** "I still order two chopped cheeses", "still buy pan dulce every Sunday like you're gonna be home to eat it". */
export function* ritualForTwo(_context: RuleContext, s: SentenceLanguage): Iterable<TokenSpan> {
  if (s.question) return;
  for (const c of s.clauses) {
    if (c.subject !== 'i' || c.negated || c.past || c.verb < 0 || !RITUAL.has(c.lemma ?? '')) continue;
    if (findIn(s, c.first, c.verb, words('still')) < 0) continue;
    // "Two" alone may be an order for others ("two pints for me and Dad"); with "still" and a reason, it is habit.
    if (findIn(s, c.verb, s.end, words('because cos since and')) >= 0 && findPhrase(s, c.verb, s.end, 'like you') < 0)
      continue;
    if (FOR_TWO.some((p) => findPhrase(s, c.verb + 1, s.end, p) >= 0)) {
      yield sentenceSpan(s);
      return;
    }
  }
}

const HOME = words('house flat apartment bungalow home place cottage caravan dorm room');
const HUSHED = words('quiet empty silent');
const CONTENT = words('bliss lovely nice peaceful heaven calm');

/** "The house is so quiet I've started talking to the cat", "I take the long way back to an empty flat". */
export function* quietHome(context: RuleContext, s: SentenceLanguage): Iterable<TokenSpan> {
  const last = s.tokens[s.end - 1] as Token | undefined;
  if (!last || context.text.charCodeAt(last.end) === EXCLAMATION_MARK || findIn(s, s.first, s.end, CONTENT) >= 0)
    return;
  // "The house must feel very empty without your father": their loss, and sympathy for it.
  if (findIn(s, s.first, s.end, words('your ur')) >= 0) return;
  for (let k = s.first; k < s.end - 2; k++) {
    if (!HOME.has(word(s, k))) continue;
    // "...is so quiet", "...feels too empty".
    let j = k + 1;
    if (!words('is are feels gets seems was').has(word(s, j))) continue;
    j++;
    if (!words('so too very').has(word(s, j))) continue;
    if (HUSHED.has(word(s, j + 1)) && findPhrase(s, j + 2, s.end, 'now the') < 0) {
      yield { first: k, end: j + 2 };
      return;
    }
  }
  // "back to an empty flat", "can't stand going home to that empty bungalow".
  for (let k = s.first; k < s.end - 2; k++) {
    if (word(s, k) === 'empty' && HOME.has(word(s, k + 1)) && words('to into that an').has(word(s, k - 1))) {
      // The writer going home to it, not the reader: "I know you came home to an empty flat" owns a wrong.
      if (clauseAt(s, k)?.subject === 'i') {
        yield sentenceSpan(s);
        return;
      }
    }
  }
}

/** The inner life a reader once settled: "my spirit", "my nerves" (not "my mum", whom they helped). */
const INNER = words('spirit nerves hands head mind heart temper worries fears thoughts soul moods panic');

/** "me", "myself", or "my" and an inner state, in [from, to): the writer as the one soothed. */
function writerSoothed(s: SentenceLanguage, from: number, to: number): number {
  for (let k = from; k < to; k++) {
    const w = word(s, k);
    if (w === 'me' || w === 'myself') return k;
    if (w === 'my' && INNER.has(word(s, k + 1))) return k + 1;
  }
  return -1;
}

/** "You were the only one who could calm me down", "only you could quiet my spirit", "now I've got nobody". */
export function* onlyYouCould(_context: RuleContext, s: SentenceLanguage): Iterable<TokenSpan> {
  if (findIn(s, s.first, s.end, words('only now')) < 0) return;
  for (let k = s.first; k < s.end - 3; k++) {
    const one = readsAt(s, k, 'the only one') || readsAt(s, k, 'the only person');
    const who = one ? findIn(s, k + 3, Math.min(s.end, k + 6), words('who that')) : -1;
    // "...who could calm me down", "who knew how to quiet me" (not "who laughs at my jokes", a fond tease).
    if (who >= 0 && findIn(s, who + 1, who + 3, words('could can knew ever')) >= 0) {
      const me = writerSoothed(s, who + 1, Math.min(s.end, who + 8));
      if (me >= 0 && findIn(s, Math.max(s.first, k - 3), k, words('you u')) >= 0) {
        yield { first: Math.max(s.first, k - 2), end: me + 1 };
        return;
      }
    }
    if (readsAt(s, k, 'only you') && findIn(s, k + 2, k + 3, words('could can know knew')) >= 0) {
      const me = writerSoothed(s, k + 3, Math.min(s.end, k + 7));
      if (me >= 0) {
        yield { first: k, end: me + 1 };
        return;
      }
    }
  }
  // "...and now I've got nobody", "now nobody": the reader gone, and no one in their place.
  const now = findIn(s, s.first, s.end, words('now'));
  if (now >= 0) {
    const nobody = findIn(s, now + 1, Math.min(s.end, now + 5), words('nobody'));
    const toBlame = nobody >= 0 && word(s, nobody + 1) === 'to' && word(s, nobody + 2) === 'blame';
    if (nobody >= 0 && !toBlame && breakAt(s, nobody + 1)) yield { first: now, end: nobody + 1 };
  }
}

/** "I need it before I can let go", "I can't let it go until you do", "was it all for nothing?" */
export function* closureAsCondition(_context: RuleContext, s: SentenceLanguage): Iterable<TokenSpan> {
  if (findIn(s, s.first, s.end, words('before until till any all')) < 0) return;
  for (let k = s.first; k < s.end - 3; k++) {
    if (!words('before until till').has(word(s, k)) || word(s, k + 1) !== 'i' || word(s, k + 2) !== 'can') continue;
    if (
      readsAt(s, k + 3, 'let go') ||
      readsAt(s, k + 3, 'move on') ||
      readsAt(s, k + 3, 'get over') ||
      readsAt(s, k + 3, 'heal')
    ) {
      yield sentenceSpan(s);
      return;
    }
  }
  // Whether it counted: "did any of it mean anything to you?", "was it all for nothing?"
  const any = findPhrase(s, s.first, s.end, 'any of it');
  if (
    any >= 0 &&
    findIn(s, any + 3, Math.min(s.end, any + 6), words('mean meant matter mattered count counted')) >= 0
  ) {
    yield sentenceSpan(s);
    return;
  }
  const all = findPhrase(s, s.first, s.end, 'all for');
  if (all >= 0 && findIn(s, all + 2, all + 3, words('nothing nowt nought naught')) >= 0) yield sentenceSpan(s);
}

/** Claims of being fine: "I'm fine", "I'm good, all good". */
const FINE_WORDS = words('fine good okay ok alright grand');
const INSISTING = words('really totally honestly truly all completely');

/**
 * Fine, insisted on: "I'm fine honestly", "I am fine ya. Really fine.", "I'm good, all good, just
 * doing doubles so I don't have to go home". Said once, "I'm fine" is news; said twice, or sworn
 * to, it asks to be worried about.
 */
export function* insistsOnFine(_context: RuleContext, s: SentenceLanguage): Iterable<TokenSpan> {
  if (s.question || findIn(s, s.first, s.end, FINE_WORDS) < 0) return;
  // "Really fine.", "Totally fine.": the protest as a sentence of its own (not "All good." after an errand).
  if (
    s.end - s.first === 2 &&
    words('really totally honestly truly').has(word(s, s.first)) &&
    FINE_WORDS.has(word(s, s.first + 1))
  ) {
    yield sentenceSpan(s);
    return;
  }
  for (let k = s.first; k < s.end - 2; k++) {
    if (!readsAt(s, k, 'i am') || !FINE_WORDS.has(word(s, k + 2))) continue;
    const after = k + 3;
    // "I'm fine honestly", "I'm good, all good", "I'm fine. Really fine." (the next words of the sentence).
    const sworn =
      findIn(s, after, Math.min(s.end, after + 2), words('honestly truly really')) >= 0 ||
      (findIn(s, after, Math.min(s.end, after + 3), INSISTING) >= 0 &&
        findIn(s, after + 1, Math.min(s.end, after + 4), FINE_WORDS) >= 0);
    // "I'm good, all good, just doing doubles so I don't have to go home": the "just" gives it away ("I'm fine,
    // honestly, I've started rowing" is good news). "I'm fine, mate, just haven't slept" needs no oath.
    const just = findIn(s, after, Math.min(s.end, after + 4), words('just only'));
    const hurt = just >= 0 && findIn(s, just + 1, Math.min(s.end, just + 4), TELLING_ACTS) >= 0;
    if ((sworn && findIn(s, after, s.end, words('just but except only')) >= 0) || hurt) {
      yield { first: k, end: Math.min(s.end, after + 3) };
      return;
    }
  }
}

/** What a "just" after "I'm fine" gives away: "just haven't slept", "just lost five kilos". */
const TELLING_ACTS = words('not nt never lost dropped stopped cannot can cried crying');
const SOLITARY = words('sit eat stay');

/** "I sit alone in the rented room", "I eat alone most nights" (not "I like to sit alone by the river"). */
export function* aloneNow(_context: RuleContext, s: SentenceLanguage): Iterable<TokenSpan> {
  for (const c of s.clauses) {
    if (c.subject !== 'i' || c.past || c.negated || c.modal !== null || c.verb < 0) continue;
    if (!SOLITARY.has(c.lemma ?? '') || findIn(s, c.first, c.verb, words('like love enjoy prefer')) >= 0) continue;
    const alone = findIn(s, c.verb + 1, Math.min(c.end, c.verb + 3), words('alone'));
    if (alone >= 0) {
      yield { first: c.subjectFirst, end: alone + 1 };
      return;
    }
  }
}

/** What a question may ask about the writer's place in the reader's mind: "am I still in your head?" */
const IN_MIND = [
  'in your head',
  'in ur head',
  'on your mind',
  'on ur mind',
  'in your thoughts',
  'think of me',
  'think about me',
  'me you think of',
  'misses me',
  'miss me',
  'love for me',
  'love me',
  'loved me',
  'enough for you',
  'enough for u',
];

/**
 * "Is there ever a moment in your week when I'm in your head?", "is there even a wee bit of you
 * that misses me?", "was there love for me, or was I imagining it?", "was I ever enough for u?":
 * the reader asked to reassure.
 */
export function* stillInYourMind(_context: RuleContext, s: SentenceLanguage): Iterable<TokenSpan> {
  if (!s.question || findIn(s, s.first, s.end, words('your ur me')) < 0) return;
  // "Do you think of me when you hear that song, ha" is still the question; "can you miss me off the list?" is not.
  if (findIn(s, s.first, s.end, words('list email thread rota group')) >= 0) return;
  if (IN_MIND.some((phrase) => findPhrase(s, s.first, s.end, phrase) >= 0)) yield sentenceSpan(s);
}

const WANTING = words('want look love date have fancy');

/**
 * "Who would even look at me now?", "nobody's gonna want a girl with all my baggage", "who will look
 * at a nurse like me now?": the writer unwanted, said to the one who left.
 */
export function* unwantedNow(_context: RuleContext, s: SentenceLanguage): Iterable<TokenSpan> {
  const who = findIn(s, s.first, Math.min(s.end, s.first + 6), words('who nobody'));
  if (who < 0) return;
  const will = findIn(s, who + 1, Math.min(s.end, who + 4), words('would will gonna going'));
  if (will < 0) return;
  const want = findIn(s, will + 1, Math.min(s.end, will + 4), WANTING);
  if (want < 0) return;
  const me = findIn(s, want + 1, Math.min(s.end, want + 7), words('me i my'));
  if (me >= 0) yield { first: who, end: me + 1 };
}

/**
 * "Christmas on me own then", "guess I'll spend Thanksgiving by myself then", "guess i'll go to the
 * concert alone then, cool, fine": the lonely holiday, handed over with a "then".
 */
export function* aloneThen(_context: RuleContext, s: SentenceLanguage): Iterable<TokenSpan> {
  const then = findIn(s, s.first, s.end, words('then'));
  // "Then" closing the thought ("... alone then.", "... on me own then, canny"), not "alone and then was angry".
  if (then < 0 || !breakAt(s, then + 1)) return;
  const alone =
    findIn(s, Math.max(s.first, then - 2), then, words('alone')) >= 0 ||
    findPhrase(s, Math.max(s.first, then - 3), then, 'by myself') >= 0 ||
    findPhrase(s, Math.max(s.first, then - 3), then, 'on my own') >= 0 ||
    findPhrase(s, Math.max(s.first, then - 3), then, 'on me own') >= 0 ||
    findPhrase(s, Math.max(s.first, then - 3), then, 'for one') >= 0;
  if (alone) yield { first: s.first, end: then + 1 };
}

/** "Just in case you come by", "every Sunday I still wait for your call", "I wear the scarf you gave me every day". */
export function* keepingVigil(_context: RuleContext, s: SentenceLanguage): Iterable<TokenSpan> {
  const inCase = findPhrase(s, s.first, s.end, 'in case you');
  if (
    inCase >= 0 &&
    findIn(s, inCase + 3, inCase + 5, words('come call ring text walk pass show turn drop stop')) >= 0
  ) {
    yield sentenceSpan(s);
    return;
  }
  const wait = findPhrase(s, s.first, s.end, 'wait for your');
  const waiting = wait >= 0 ? clauseAt(s, wait) : null;
  // "I still wait for your call" (not "I did not even wait for your reply", a wrong owned).
  if (
    wait >= 0 &&
    waiting !== null &&
    !waiting.negated &&
    !waiting.past &&
    findIn(s, wait + 3, wait + 5, words('call text message letter reply')) >= 0
  ) {
    yield sentenceSpan(s);
    return;
  }
  const gift = findPhrase(s, s.first, s.end, 'you gave me');
  if (gift >= 0 && findIn(s, s.first, gift, words('wear wearing')) >= 0) yield sentenceSpan(s);
}
