/**
 * A life drawn in, told to the reader: "I can't face customers", "I work till two so I don't have to
 * be alone in the flat", "haven't been out of the flat since Thursday", "I've forgotten how to be a
 * person on my own"; and "I'm fine" said beside it ("I'm fine, honestly. Just can't face the shaft
 * some mornings."), where the claim is the tell.
 */
import { words } from '../../lexicon/words';
import type { SentenceLanguage } from '../../language';
import { breakAt, findIn, findPhrase, readsAt, sentenceSpan, word } from '../../language/query';
import type { RuleContext, TokenSpan } from '../../rule';

/** What a drawn-in life can no longer face or do: "can't face customers", "cannot get up in the morning". */
const FACED = ['can not face', 'cannot face', 'can not get up in the morning', 'can not go up to'];
/** Staying out so as not to be alone: "so I don't have to be alone in the flat", "sit in that empty house". */
const AVOIDED: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['be', words('alone in at home there')],
  ['sit', words('alone in at home there')],
  ['go', words('home back')],
  ['face', words('the it people anyone')],
]);
/** Withdrawal with a since: "haven't been out of the flat since Thursday", "haven't gone anywhere since spring". */
const STAYED_IN = [
  'have not been out',
  'have not left the house',
  'have not left the flat',
  'have not gone anywhere',
  'have not really gone anywhere',
  'have not been anywhere',
  'have not been outside',
  'have not been to a',
  'have not been able to face',
];
/** A self lost: "forgotten how to be a person", "I do not know who I am", "what is the point of". */
const LOST_SELF = [
  'forgotten how to be',
  'forgotten how to live',
  'do not know who i am',
  'what is the point of',
  'what is the point in',
  'no reason to go',
  'no reason to get up',
  'no reason to come home',
];

/** Every shape below holds one of these words: a sentence without any costs one scan. */
const KEYS = words('face get go forgotten know point reason have am been gone left');

function withdrawn(s: SentenceLanguage): boolean {
  if (findIn(s, s.first, s.end, KEYS) < 0) return false;
  // Said in fun ("I can't face another Monday, ha") or of the reader ("couldn't face you") it is not this.
  const light = findIn(s, s.first, s.end, words('ha haha lol lmao 😂')) >= 0;
  for (const phrase of FACED) {
    const at = findPhrase(s, s.first, s.end, phrase);
    if (at >= 0 && !light && !words('another you').has(word(s, at + phrase.split(' ').length))) return true;
  }
  // "I haven't been out of the flat since", "haven't gone anywhere" (not "we haven't been out since the baby").
  for (const phrase of STAYED_IN) {
    const at = findPhrase(s, s.first, s.end, phrase);
    if (at >= 0 && (at === s.first || word(s, at - 1) === 'i' || word(s, at - 1) === 'really')) return true;
  }
  for (const phrase of LOST_SELF) if (findPhrase(s, s.first, s.end, phrase) >= 0) return true;
  // "so I don't have to be alone", "so I do not have to sit in that empty house" (not "...go in on Fridays").
  const so = findPhrase(s, s.first, s.end, 'so i do not have to');
  if (so >= 0 && (AVOIDED.get(word(s, so + 6))?.has(word(s, so + 7)) ?? false)) return true;
  // "I ain't fine", "I am not good." (not "I am not good at goodbyes").
  for (let k = s.first; k < s.end - 3; k++)
    if (readsAt(s, k, 'i am not') && FINE.has(word(s, k + 3)) && (k + 4 >= s.end || breakAt(s, k + 4))) return true;
  return false;
}

export function* withdrawalTold(_context: RuleContext, s: SentenceLanguage): Iterable<TokenSpan> {
  if (s.question) return;
  if (withdrawn(s)) yield sentenceSpan(s);
}

const FINE = words('fine good okay ok alright grand myself right well');
const FINE_KEYS = words('fine good okay ok alright grand myself right well great managing worry');
/** The claim of being fine: "I'm fine", "I'm doing great", "I'm managing", "don't worry about me". */
function claimsFine(s: SentenceLanguage): boolean {
  if (findIn(s, s.first, s.end, FINE_KEYS) < 0) return false;
  if (findPhrase(s, s.first, s.end, 'do not worry about me') >= 0) return true;
  for (let k = s.first; k < s.end - 2; k++) {
    if (!readsAt(s, k, 'i am')) continue;
    const next = word(s, k + 2) === 'doing' ? k + 3 : k + 2;
    if (FINE.has(word(s, next)) || word(s, next) === 'great' || word(s, next) === 'managing') return true;
  }
  return false;
}

/** What gives a claim of being fine away, in the sentences around it: a need gone, a day dreaded. */
const GIVEAWAYS = [
  'have not eaten',
  'have not cooked',
  'have not slept',
  'have not opened',
  'have not played',
  'can not sleep',
  'can not face',
  'can not get',
  'do not get out',
  'do not sleep',
  'do not eat',
  'nights are hard',
  'dreading',
  'staring at the ceiling',
  'sleep on the sofa',
  'not fine',
];

/**
 * "I'm fine, honestly. Just the nights are hard.", "im fine, really. just haven't opened the violin case
 * in five weeks", "Don't worry about me though, I'm managing" after "haven't cooked a real supper since":
 * the protest, with what gives it away within two sentences.
 */
export function* fineButNot(context: RuleContext, s: SentenceLanguage): Iterable<TokenSpan> {
  if (s.question || !claimsFine(s)) return;
  // The two stretches before and after (each found from a token, so a long text costs no more).
  const { language, tokens } = context.analysis;
  // (Within the sentence itself, "I'm fine, just haven't slept" is insistsOnFine's.)
  const near: SentenceLanguage[] = [];
  for (let at = s.first - 1, n = 0; at >= 0 && n < 2; n++) {
    const before = language.at(at);
    near.push(before);
    at = before.first - 1;
  }
  for (let at = s.end, n = 0; at < tokens.length && n < 2; n++) {
    const after = language.at(at);
    near.push(after);
    at = after.end;
  }
  for (const other of near) {
    if (GIVEAWAYS.some((phrase) => findPhrase(other, other.first, other.end, phrase) >= 0) || withdrawn(other)) {
      yield sentenceSpan(s);
      return;
    }
  }
}
