/**
 * Admiration of the reader's looks read from structure, beyond the shared detector: a feature of
 * theirs ("your smile", "ur new haircut", "your lovely face") with an admiring word or verb in the
 * same sentence ("could still light up any room", "is unreal", "always suited you"). And a pet
 * name made on the spot: "my little sparrow," "my sweet lotus" as a form of address.
 */
import { BODY_NOUNS, LOOKS_ADJECTIVES } from '../../lexicon/acts';
import { GAP, type Token } from '../../engine/tokenize';
import { words } from '../../lexicon/words';
import type { SentenceLanguage } from '../../language';
import { findIn, findPhrase, pos, sentenceSpan, word } from '../../language/query';
import type { RuleContext, TokenSpan } from '../../rule';

/** What a compliment on looks lingers on: the body, and what they do with it. */
const FEATURES = words('haircut beard tan physique muscles figure style outfit looks profile jawline stubble');
/** Words and verbs of admiration that, said of a feature of theirs, make it a compliment. */
const ADMIRE = words(`
  unreal amazing incredible perfect killer stunning gorgeous beautiful lovely striking sexy hot fit dreamy
  light lights lit melt melts melted suit suits suited captivating mesmerising mesmerizing hypnotic
  breathtaking irresistible
`);
/** A compliment about an occasion or someone else is not about them. */
const NOT_THEIRS = words('wedding bride baby daughter son garden house flat kitchen dog cat photo-shoot');
const OWNERS = words('your ur');
/** Superlatives and admiring words that, right before a feature, admire it: "the prettiest eyes". */
const ADMIRING_BEFORE = words(`
  prettiest loveliest cutest hottest sexiest kindest warmest softest brightest best nicest greatest biggest
  beautiful gorgeous stunning lovely sparkly sparkling dreamy piercing amazing incredible
`);
const FEATURE_REACH = 3;

function isFeature(w: string): boolean {
  return BODY_NOUNS.has(w) || FEATURES.has(w);
}

/** "Your smile could still light up any room", "ur new haircut is unreal", "your lovely face". */
export function* featureAdmired(_context: RuleContext, s: SentenceLanguage): Iterable<TokenSpan> {
  if (findIn(s, s.first, s.end, NOT_THEIRS) >= 0) return;
  for (let k = s.first; k < s.end; k++) {
    // "You still have the prettiest eyes", "you've got the best smile": their feature, admired.
    if (word(s, k) === 'you' && HAVE.has(word(s, k + 1)) && admiredFeatureAt(s, k + 2)) {
      yield sentenceSpan(s);
      return;
    }
    // The "you" left out, as in a text: "still got them gorgeous eyes i see", "always had the best smile".
    const opens = k === s.first || (s.tokens[k] as Token).gap >= GAP.soft;
    if (opens && HAVE.has(word(s, k)) && word(s, k + 1) !== 'you' && admiredFeatureAt(s, k + 1)) {
      yield sentenceSpan(s);
      return;
    }
    if (!OWNERS.has(word(s, k))) continue;
    // "your (lovely|new) face": the feature within a few words of "your".
    let feature = -1;
    for (let j = k + 1; j < Math.min(s.end, k + 1 + FEATURE_REACH); j++) {
      if (isFeature(word(s, j))) {
        feature = j;
        break;
      }
      if (pos(s, j) !== 'ADJ' && word(s, j) !== 'new') break;
    }
    if (feature < 0) continue;
    const between = findIn(s, k + 1, feature, LOOKS_ADJECTIVES) >= 0;
    const after = findIn(s, feature + 1, s.end, ADMIRE) >= 0 || findPhrase(s, feature + 1, s.end, 'light up') >= 0;
    if (between || after) {
      yield sentenceSpan(s);
      return;
    }
  }
}

const HAVE = words('have had still always got');

/** An admiring word and a feature within the next few words: "the prettiest eyes", "still got that smile". */
function admiredFeatureAt(s: SentenceLanguage, from: number): boolean {
  let admired = false;
  for (let j = from; j < Math.min(s.end, from + 4); j++) {
    const w = word(s, j);
    if (ADMIRING_BEFORE.has(w) || LOOKS_ADJECTIVES.has(w)) admired = true;
    else if (isFeature(w)) return admired;
  }
  return false;
}

/** Family and friends: "my little brother" is not a pet name. */
const FAMILY = words(`
  brother sister sisters brothers son daughter girl boy girls boys one ones niece nephew cousin friend friends mate
  cat dog puppy kitten garden project secret bit while
`);
const PET_OPENERS = words('little sweet precious');

/** "My little sparrow,", "Happy birthday, my sweet lotus.": a pet name as a form of address. */
export function* coinedPetName(_context: RuleContext, s: SentenceLanguage): Iterable<TokenSpan> {
  for (let k = s.first; k + 2 < s.end + 1; k++) {
    if (word(s, k) !== 'my' || !PET_OPENERS.has(word(s, k + 1))) continue;
    const noun = k + 2;
    if (noun >= s.end || FAMILY.has(word(s, noun)) || pos(s, noun) !== 'NOUN') continue;
    // Addressed, not described: set off by a comma, a line break or the sentence's edge.
    const opens = k === s.first || (s.tokens[k] as Token).gap !== GAP.none;
    const closes = noun + 1 >= s.end || (s.tokens[noun + 1] as Token).gap !== GAP.none;
    if (opens && closes) {
      yield { first: k, end: noun + 1 };
      return;
    }
  }
}
