/**
 * Romance read from structure: compliments on the reader's looks ("you're still as gorgeous as
 * the day we met"), irreplaceability ("nobody will ever know me the way you do"), and a door
 * held open for "if it doesn't work out". Wrong in a friendship piece, whatever the words.
 */
import { BODY_NOUNS, LOOKS_ADJECTIVES } from '../../lexicon/acts';
import { words } from '../../lexicon/words';
import type { RuleContext, TokenSpan } from '../../rule';
import type { SentenceLanguage } from '../index';
import {
  afterVerb,
  clauseSpan,
  complementHead,
  findIn,
  findPhrase,
  readsAt,
  sentenceSpan,
  spanFrom,
  word,
} from '../query';

/** A compliment about an occasion (the wedding, the new baby) is not flirting. */
const OCCASIONS = words(
  'wedding bride dress gown baby daughter son graduation christening photo-shoot outfit suit kids',
);

/** "You're still as gorgeous as the day we met", "you haven't lost your looks", "those legs of yours". */
export function* complimentOnLooks(_context: RuleContext, s: SentenceLanguage): Iterable<TokenSpan> {
  if (findIn(s, s.first, s.last, OCCASIONS) >= 0) return;
  for (const c of s.clauses) {
    if (c.negated || c.subject !== 'you') continue;
    const { from, to } = afterVerb(c);
    if (c.copula || c.lemma === 'be' || c.lemma === 'look') {
      const head = complementHead(s, from, to);
      const looks = head >= 0 ? findIn(s, head, Math.min(to, head + 3), LOOKS_ADJECTIVES) : -1;
      // "lovely" and "fine" are as often about kindness or health: only with "look" ("you look lovely").
      if (looks >= 0 && (c.lemma === 'look' || !SOFT_LOOKS.has(word(s, looks)))) {
        yield spanFrom(c, looks + 1);
        return;
      }
    }
  }
  // "haven't lost your looks", "your eyes", "those legs of yours": the body admired.
  const looksNoun = findPhrase(s, s.first, s.last, 'your looks');
  if (looksNoun >= 0) {
    yield sentenceSpan(s);
    return;
  }
  for (let k = s.first; k < s.last; k++) {
    if (!BODY_NOUNS.has(word(s, k))) continue;
    const owner = word(s, k - 1) === 'your' || readsAt(s, k + 1, 'of yours');
    if (!owner) continue;
    if (findIn(s, s.first, s.last, ADMIRING) >= 0 || findIn(s, s.first, s.last, LOOKS_ADJECTIVES) >= 0) {
      yield sentenceSpan(s);
      return;
    }
  }
  // Elliptical: "Still as handsome as ever."
  const looks = findIn(s, s.first, Math.min(s.last, s.first + 4), LOOKS_ADJECTIVES);
  if (
    looks >= 0 &&
    s.clauses.every((c) => c.subject === null) &&
    (findPhrase(s, looks, s.last, 'as ever') >= 0 || findPhrase(s, looks, s.last, 'as always') >= 0)
  ) {
    yield sentenceSpan(s);
  }
}

const SOFT_LOOKS = words('lovely fine adorable radiant glowing');
const ADMIRING = words(
  'something gorgeous amazing beautiful stunning perfect incredible dream dreaming lovely sexy hot',
);

/** "Nobody will ever know me the way you do", "there will never be another man like you". */
export function* irreplaceable(_context: RuleContext, s: SentenceLanguage): Iterable<TokenSpan> {
  const likeYou = findPhrase(s, s.first, s.last, 'like you');
  const wayYou = findPhrase(s, s.first, s.last, 'the way you');
  const asYou = findPhrase(s, s.first, s.last, 'as you did');
  const toYou = findPhrase(s, s.first, s.last, 'to you');
  const ref = [likeYou, wayYou, asYou].filter((k) => k >= 0);
  const nobody = [
    findIn(s, s.first, s.last, NOBODY),
    findPhrase(s, s.first, s.last, 'no one'),
    findPhrase(s, s.first, s.last, 'no man'),
    findPhrase(s, s.first, s.last, 'no woman'),
  ]
    .filter((k) => k >= 0)
    .reduce((a, b) => Math.min(a, b), Infinity);
  const never = findPhrase(s, s.first, s.last, 'never be another');
  if (Number.isFinite(nobody) || never >= 0) {
    const start = Number.isFinite(nobody) ? nobody : never;
    // About the writer ("nobody knows me like you do"), or a ranking ("no one compares to you",
    // "never be another man like you"); not praise of a skill ("nobody makes a lasagne like you").
    const aboutMe = ref.some((k) => k > start && findIn(s, start, k, words('me i my')) >= 0);
    const another = never >= 0 && findIn(s, never, s.last, words('man woman one person girl guy love')) >= 0;
    if (
      aboutMe ||
      another ||
      (toYou > start && findIn(s, start, toYou, words('compare compares compared close')) >= 0) ||
      findIn(s, start, s.last, words('compare compares replace replaces')) >= 0
    ) {
      yield { first: start, last: s.last };
      return;
    }
  }
  // "every other woman I've dated has been compared to you and come up short".
  const everyOther = findPhrase(s, s.first, s.last, 'every other');
  if (
    everyOther >= 0 &&
    findIn(s, everyOther, s.last, words('compared compare measure measures')) >= 0 &&
    findPhrase(s, everyOther, s.last, 'to you') >= 0
  ) {
    yield sentenceSpan(s);
    return;
  }
  if (findIn(s, s.first, s.last, words('irreplaceable')) >= 0 && findIn(s, s.first, s.last, words('you')) >= 0)
    yield sentenceSpan(s);
}

const NOBODY = words('nobody noone');

/** "If things don't work out, you know where I am", "if one day you wanted more". */
export function* doorHeldOpen(_context: RuleContext, s: SentenceLanguage): Iterable<TokenSpan> {
  for (const c of s.clauses) {
    if (!c.conditional) continue;
    const { from, to } = afterVerb(c);
    const failing =
      c.negated && (c.lemma === 'work' || c.lemma === 'last') && (c.subject === 'thing' || c.subject === 'third');
    const more = findIn(s, from, to, words('more differently different'));
    const wantsMore =
      c.subject === 'you' &&
      (c.lemma === 'want' || c.lemma === 'feel' || c.lemma === 'change') &&
      more >= 0 &&
      word(s, more - 1) !== 'nothing' &&
      word(s, more - 1) !== 'no';
    if (failing || wantsMore) {
      yield wantsMore ? clauseSpan(c) : sentenceSpan(s);
      return;
    }
  }
}
