/**
 * Remarks about the new partner read from structure: once the text has named or described the
 * partner ("you and Jamal", "your new guy"), a sentence that speaks of them and carries a verdict
 * ("not much of a catch, is he?"), a comparison with the writer ("a step up from me, I suppose"),
 * a remark on age or looks, a warning ("do be careful") or a sarcastic aside ("a dentist, though?
 * Really?") belittles them, however politely it is put.
 */
import { judges, NEGATIVE_VALENCE } from '../../lexicon/judgement';
import { words } from '../../lexicon/words';
import type { Analysis } from '../../engine/analysis';
import type { RuleContext, TokenSpan } from '../../rule';
import type { SentenceLanguage } from '../index';
import { partnerReferences } from '../partner';
import { findIn, findPhrase, readsAt, sentenceSpan, word } from '../query';

/** Words of mourning: in a sympathy card, "your husband" is the one who died, not a new partner. */
const MOURNING = words('condolences condolence sympathy funeral died death bereavement widow widower');
const mourningIn = new WeakMap<Analysis, boolean>();

/** Whether the text mourns someone ("sorry for your loss", "the passing of your husband"). */
function mourns(analysis: Analysis): boolean {
  let known = mourningIn.get(analysis);
  if (known === undefined) {
    const { tokens } = analysis;
    known = tokens.some(
      (t, k) =>
        MOURNING.has(t.word) ||
        (t.word === 'passed' && tokens[k + 1]?.word === 'away') ||
        (t.word === 'passing' && tokens[k + 1]?.word === 'of') ||
        (t.word === 'your' && tokens[k + 1]?.word === 'loss'),
    );
    mourningIn.set(analysis, known);
  }
  return known;
}

/** Verdicts on the partner a clause can carry beyond the judgement lexicon. */
const VERDICTS = words('downgrade replacement rebound trouble catch league');
/** Age and looks, when said of the partner. */
const AGE_AND_LOOKS = words(
  'old older young younger twelve teenager teen kid child grandad grandpa shorter taller short fat skinny ugly ' +
    'plain bald',
);
/** Asides that turn a remark sarcastic. */
const SARCASM = words('lol lmao bless apparently suppose guess 😏 🙄 😂 🤣');
const PRAISE = words('nice sweet lovely pretty fine cute kind decent good great pleasant handsome charming');
const BUT = words('but though although still except');
/** Phrases that carry a remark on their own, in a sentence about the partner. */
const REMARKS = [
  'than me',
  'that i do not',
  'that i did not',
  'that i could not',
  'that i have not',
  'step up',
  'step down',
  'trade down',
  'do better',
  'twice your age',
  'half your age',
  'old enough to be',
  'older than your',
  'younger than your',
  'looks about',
  'no offence',
  'poor lamb',
  'poor thing',
  'who would have thought',
  'better look after',
  'answer to',
  'good luck getting',
  'good luck with',
  'hope you like',
  'interesting choice',
  'welcome to my',
  'my leftovers',
  'not much of a',
  'bad news',
  'ask anyone',
  'be careful',
  'heard some things',
  'heard things',
  'his past',
  'her past',
  'their past',
  'full of himself',
  'full of herself',
  'till christmas',
  'until christmas',
  'give it till',
  'give it until',
  'while they last',
  'while it lasts',
  'gets bored',
  'get bored',
  'be off',
  'hold down a job',
  'can not boil',
  'more going for',
  'more ambition',
  'bit more',
  'looks exactly like me',
  'looks like me',
  'know how lucky',
  'still have my',
  'sloppy seconds',
  'downgrade',
  'shame about',
  'that i could not',
  'offering that',
  'got that i',
  'have that i',
  'tops',
  'bet she can not',
  'bet he can not',
  'the brightest',
];

/** Does the sentence speak of the partner (a name, a description, or a pronoun pointing back)? */
function partnerIn(context: RuleContext, s: SentenceLanguage): boolean {
  const refs = partnerReferences(context.analysis);
  if (!refs.sentences.has(s.index)) return false;
  for (let k = s.first; k < s.last; k++) if (refs.tokens.has(k)) return true;
  return false;
}

function* range(from: number, to: number): Iterable<number> {
  for (let k = from; k < to; k++) yield k;
}

/** "He's a step up from me, I suppose", "not much of a catch, is he?", "she's welcome to my leftovers". */
export function* remarkAboutPartner(context: RuleContext, s: SentenceLanguage): Iterable<TokenSpan> {
  const refs = partnerReferences(context.analysis);
  if (refs.mentions.length === 0 && refs.unexplained.size === 0) return;
  if (mourns(context.analysis)) return;
  if (refs.own.has(s.index)) return; // The writer's own new partner: "I'm seeing someone too; he's older than me".
  const here = partnerIn(context, s);
  // A short sentence right after one about the partner ("Taller, anyway." "A dentist, though? Really?").
  const follows =
    !here && s.last - s.first <= 6 && (refs.sentences.has(s.index - 1) || refs.sentences.has(s.index - 2));
  // Within a few sentences of a mention, or a "he"/"she" nobody else in the text accounts for.
  const near = refs.mentions.some((m) => m <= s.index && s.index - m <= 3) || refs.unexplained.has(s.index);
  if (!here && !follows) {
    if (near && REMARKS.some((phrase) => findPhrase(s, s.first, s.last, phrase) >= 0)) yield sentenceSpan(s);
    return;
  }
  // A verdict with the partner as subject: "she's shallow", "he's a bit of a bore", "that girl is trouble".
  for (const c of s.clauses) {
    const isPartner = c.subjectFirst >= 0 && [...range(c.subjectFirst, c.subjectLast)].some((k) => refs.tokens.has(k));
    if (!isPartner || c.verb < 0) continue;
    if (c.negated && !readsAt(s, c.verb + 1, 'much') && !readsAt(s, c.verb + 1, 'even')) continue;
    for (let k = c.verb + 1; k < c.last; k++) {
      const w = word(s, k);
      const verdict = VERDICTS.has(w) || (c.copula && (judges(s.lemma[k - s.first] ?? w, w) || AGE_AND_LOOKS.has(w)));
      if (verdict) {
        yield sentenceSpan(s);
        return;
      }
    }
    // Praise, then a "but": "he seems nice, but...", "she's pretty, in a plain sort of way".
    if (
      c.copula &&
      findIn(s, c.verb + 1, Math.min(c.last, c.verb + 4), PRAISE) >= 0 &&
      (findIn(s, c.verb, s.last, BUT) >= 0 ||
        findPhrase(s, c.verb, s.last, 'in a') >= 0 ||
        findPhrase(s, c.verb, s.last, 'and all') >= 0)
    ) {
      yield sentenceSpan(s);
      return;
    }
  }
  // A remark that stands on its own ("what does she have that I don't?", "he looks about twelve lol").
  for (const phrase of REMARKS) {
    if (findPhrase(s, s.first, s.last, phrase) >= 0) {
      yield sentenceSpan(s);
      return;
    }
  }
  // Praise, then a "but" and a put-down: "sweet and all, but not the brightest bulb".
  const praised = findIn(s, s.first, s.last, PRAISE);
  const but = praised >= 0 ? findIn(s, praised + 1, s.last, BUT) : -1;
  if (but >= 0 && findIn(s, but + 1, s.last, words('not no never')) >= 0) {
    yield sentenceSpan(s);
    return;
  }
  if (s.question && (word(s, s.last - 1) === 'really' || word(s, s.last - 1) === 'though')) {
    yield sentenceSpan(s);
    return;
  }
  // Sarcasm markers, or two strongly negative words, in a sentence about them.
  let negatives = 0;
  let sarcasm = 0;
  for (let k = s.first; k < s.last; k++) {
    const w = word(s, k);
    if (SARCASM.has(w)) sarcasm++;
    else if ((NEGATIVE_VALENCE.get(w) ?? 0) <= -1.5 && !SOFT_NEGATIVES.has(w)) negatives++;
  }
  if ((sarcasm > 0 && here) || negatives >= 2) yield sentenceSpan(s);
}

/** Negative words that describe the writer's own feelings, or a hard time, not the partner. */
const SOFT_NEGATIVES = words(
  'sorry sad miss missed hurt hard difficult worried afraid scared lonely alone cry cried tears jealous ' +
    'envious bad awful terrible loss',
);
