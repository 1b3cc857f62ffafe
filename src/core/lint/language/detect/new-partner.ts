/**
 * Remarks about the new partner read from structure: once the text has named or described the
 * partner ("you and Jamal", "your new guy"), a sentence that speaks of them and carries a verdict
 * ("not much of a catch, is he?"), a comparison with the writer ("a step up from me, I suppose"),
 * a remark on age or looks, a warning ("do be careful") or a sarcastic aside ("a dentist, though?
 * Really?") belittles them, however politely it is put.
 */
import { GAP, type Token } from '../../engine/tokenize';
import { judges, NEGATIVE_VALENCE } from '../../lexicon/judgement';
import { words } from '../../lexicon/words';
import type { Analysis } from '../../engine/analysis';
import type { RuleContext, TokenSpan } from '../../rule';
import type { SentenceLanguage } from '../index';
import { partnerReferences } from '../partner';
import { complementHead, DEGREE, findIn, findPhrase, lemma, pos, readsAt, sentenceSpan, word } from '../query';

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

/** Words of illness and care: in a get-well card, an unexplained "she" is the one who is ill. */
const ILLNESS = words('sick ill unwell poorly hospital surgery operation chemo diagnosis recovery recovering hospice');
const illnessIn = new WeakMap<Analysis, boolean>();

/** Whether the text wishes someone well through an illness ("get well soon", "she's been in hospital"). */
function caresForTheIll(analysis: Analysis): boolean {
  let known = illnessIn.get(analysis);
  if (known === undefined) {
    const { tokens } = analysis;
    known = tokens.some((t, k) => ILLNESS.has(t.word) || (t.word === 'get' && tokens[k + 1]?.word === 'well'));
    illnessIn.set(analysis, known);
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

/**
 * Praise taken back in the same breath: "nice, if a little boring", "nice, for someone from
 * Sydney", "nice I guess, bit quiet". ("Lovely, if you ask me" keeps it.)
 */
function praiseHedged(s: SentenceLanguage, from: number): boolean {
  for (let k = from; k < s.end - 1; k++) {
    if (
      word(s, k) === 'if' &&
      (readsAt(s, k + 1, 'a little') || readsAt(s, k + 1, 'a bit') || word(s, k + 1) === 'slightly')
    )
      return true;
    if (readsAt(s, k, 'for someone') || readsAt(s, k, 'for a')) return true;
    if (readsAt(s, k, 'i guess') || readsAt(s, k, 'i suppose')) return true;
    if (word(s, k) === 'bit' && (s.tokens[k] as Token).gap >= GAP.soft) return true;
  }
  return false;
}

/** What the partner may be better at than the writer, generously: "a better dancer than me", "kinder than me". */
const GENEROUS = words('better kinder nicer funnier smarter cleverer wiser calmer braver');

/** "He's a good man and a better dancer than me": the partner praised above the writer, with no "but". */
function generousComparison(s: SentenceLanguage, than: number): boolean {
  if (findIn(s, s.first, s.end, BUT) >= 0) return false;
  for (let k = than - 1; k >= Math.max(s.first, than - 3); k--) if (GENEROUS.has(word(s, k))) return true;
  return false;
}

/** Phrases that carry a remark on their own, in a sentence about the partner. */
const REMARKS = [
  'than me',
  // "Very stable, not like me", "older than you by five years".
  'not like me',
  'older than you',
  'younger than you',
  // "Bit old for you, innit?", "a bit too gym-bro for you".
  'bit old for you',
  'bit young for you',
  'too old for you',
  'too young for you',
  'bit quiet for you',
  'bit dull for you',
  'bit much for you',
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
  'good luck with him',
  'good luck with her',
  'good luck with that',
  'good luck with them',
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
  for (let k = s.first; k < s.end; k++) if (refs.tokens.has(k)) return true;
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
  // Nobody named, and the card is about an illness: "I heard she has been awful sick, poor thing".
  if (refs.mentions.length === 0 && caresForTheIll(context.analysis)) return;
  if (refs.own.has(s.index)) return; // The writer's own new partner: "I'm seeing someone too; he's older than me".
  const here = partnerIn(context, s);
  // A short sentence right after one about the partner ("Taller, anyway." "A dentist, though? Really?").
  const follows = !here && s.end - s.first <= 6 && (refs.sentences.has(s.index - 1) || refs.sentences.has(s.index - 2));
  // Within a few sentences of a mention, or a "he"/"she" nobody else in the text accounts for.
  const near = refs.mentions.some((m) => m <= s.index && s.index - m <= 3) || refs.unexplained.has(s.index);
  if (!here && !follows) {
    if (
      near &&
      REMARKS.some((phrase) => {
        const at = findPhrase(s, s.first, s.end, phrase);
        return at >= 0 && !(phrase === 'than me' && generousComparison(s, at));
      })
    )
      yield sentenceSpan(s);
    return;
  }
  // A verdict with the partner as subject: "she's shallow", "he's a bit of a bore", "that girl is trouble".
  for (const c of s.clauses) {
    const isPartner = c.subjectFirst >= 0 && [...range(c.subjectFirst, c.subjectEnd)].some((k) => refs.tokens.has(k));
    if (!isPartner || c.verb < 0) continue;
    if (c.negated && !readsAt(s, c.verb + 1, 'much') && !readsAt(s, c.verb + 1, 'even')) continue;
    for (let k = c.verb + 1; k < c.end; k++) {
      const w = word(s, k);
      // "She's great with them, which means a lot to me": what follows "which" says no more of her.
      if (w === 'which') break;
      const verdict = VERDICTS.has(w) || (c.copula && (judges(s.lemma[k - s.first] ?? w, w) || AGE_AND_LOOKS.has(w)));
      if (verdict) {
        yield sentenceSpan(s);
        return;
      }
    }
    // Praise, then a "but": "he seems nice, but...", "she's pretty, in a plain sort of way".
    if (
      c.copula &&
      findIn(s, c.verb + 1, Math.min(c.end, c.verb + 4), PRAISE) >= 0 &&
      (findIn(s, c.verb, s.end, BUT) >= 0 ||
        findPhrase(s, c.verb, s.end, 'in a') >= 0 ||
        findPhrase(s, c.verb, s.end, 'and all') >= 0 ||
        praiseHedged(s, c.verb + 1))
    ) {
      yield sentenceSpan(s);
      return;
    }
  }
  // A remark that stands on its own ("what does she have that I don't?", "he looks about twelve lol").
  for (const phrase of REMARKS) {
    const at = findPhrase(s, s.first, s.end, phrase);
    if (at >= 0 && !(phrase === 'than me' && generousComparison(s, at))) {
      yield sentenceSpan(s);
      return;
    }
  }
  // Praise, then a "but" and a put-down: "sweet and all, but not the brightest bulb".
  const praised = findIn(s, s.first, s.end, PRAISE);
  const but = praised >= 0 ? findIn(s, praised + 1, s.end, BUT) : -1;
  if (but >= 0 && findIn(s, but + 1, s.end, words('not no never')) >= 0) {
    yield sentenceSpan(s);
    return;
  }
  if (s.question && (word(s, s.end - 1) === 'really' || word(s, s.end - 1) === 'though')) {
    yield sentenceSpan(s);
    return;
  }
  // Sarcasm markers, or two strongly negative words, in a sentence about them.
  let negatives = 0;
  let sarcasm = 0;
  for (let k = s.first; k < s.end; k++) {
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

/** Good qualities denied of the partner: "she is not from good family for you", "he's not right for you". */
const DENIED_GOOD = words(
  'good right suitable trustworthy faithful loyal honest reliable decent genuine serious mature',
);
/** "I hope she's learned to cook by now": a skill the partner is doubted to have. */
const LEARNING = words('learn learned learnt figure figured master mastered grow grown');
const HOPED = words('hope hopefully maybe perhaps');
const NOTHING = words('nothing nobody none');
/**
 * What anyone may be unable to do, with no slight meant: "she couldn't make it", "he can't wait to
 * meet you", "he couldn't have been kinder", "she can't walk far since the operation".
 */
const ANYONE_MAY_NOT = words(`
  be have wait make come go attend join help believe thank stop get say imagine
  walk eat sleep work move breathe see hear remember afford stay visit travel
`);
/**
 * Digs that carry a verdict on the partner's money, job, habits or record, or a warning to the
 * reader, once the sentence speaks of them: "rather fond of spending other people's money",
 * "has a reputation", "I'd hate to see you get burned", "better than she treats waiters".
 */
const DIGS = [
  // Backhanded: "well, at least he knows how to take things from people", "a step down from the last one".
  'at least he',
  'at least she',
  'step down',
  'trade down',
  'traded down',
  'not a patch on',
  // Money and job.
  'your money',
  'people money',
  'spending money',
  'fond of spending',
  'meal ticket',
  'bank balance',
  'bank account',
  'proper job',
  'real job',
  'live with his mum',
  'live with her mum',
  'live with his mom',
  'live with her mom',
  // Habits and record.
  'when i knew her',
  'when i knew him',
  'than she treat',
  'than he treat',
  'than they treat',
  'sound of her own voice',
  'sound of his own voice',
  'likes a drink',
  'partial to',
  'pick me',
  'red flag',
  'a reputation',
  'a player',
  // Warnings.
  'get burned',
  'get burnt',
  'see you get hurt',
  'see you hurt',
  'watch yourself',
  'watch your back',
  'keep your eyes open',
  'keep an eye on',
];

/**
 * "I hope she's as patient with your snoring as I was", "I hope she's learned to cook by now",
 * "she is not from good family for you", "Tyler has a reputation": a dig at the partner's habits,
 * money or record, a comparison with the writer, or a warning, in a sentence that speaks of them.
 */
export function* digAtPartner(context: RuleContext, s: SentenceLanguage): Iterable<TokenSpan> {
  const refs = partnerReferences(context.analysis);
  if (refs.own.has(s.index) || mourns(context.analysis)) return;
  // Named there, or a "he"/"she" nobody else in the text accounts for.
  const unexplained = refs.unexplained.has(s.index) && !caresForTheIll(context.analysis);
  if (!partnerIn(context, s) && !unexplained) return;
  let partnerAt = -1;
  for (let k = s.first; k < s.end && partnerAt < 0; k++)
    if (refs.tokens.has(k) || (unexplained && THIRD_SUBJECTS.has(word(s, k)))) partnerAt = k;
  if (partnerAt < 0) return;
  for (const c of s.clauses) {
    const isPartner =
      c.subjectFirst >= 0 &&
      [...range(c.subjectFirst, c.subjectEnd)].some(
        (k) => refs.tokens.has(k) || (unexplained && THIRD_SUBJECTS.has(word(s, k))),
      );
    if (!isPartner || c.verb < 0) continue;
    // "She is not from good family for you", "he isn't right for you".
    const denied = c.negated || findIn(s, c.verb + 1, Math.min(c.end, c.verb + 3), NEGATORS) >= 0;
    if (denied && (c.copula || c.lemma === 'be') && findIn(s, c.verb + 1, c.end, DENIED_GOOD) >= 0) {
      yield sentenceSpan(s);
      return;
    }
    // "I hope she's learned to cook by now", "has he figured out the washing machine yet?", "maybe he can
    // learn what a real mountain looks like", "I hope he's learned to do something by himself since".
    if (
      LEARNING.has(c.lemma ?? '') &&
      (findIn(s, s.first, c.first + 1, HOPED) >= 0 ||
        findPhrase(s, c.verb + 1, s.end, 'by now') >= 0 ||
        findIn(s, c.verb + 1, s.end, words('yet since')) >= 0)
    ) {
      yield sentenceSpan(s);
      return;
    }
    // "She couldn't tell a piste map from a menu", "he never could get the paprika right", "she'll grow up
    // eventually", "he has never done a day of hard work": a failing of theirs, told.
    const never = findIn(s, c.first, c.end, words('never')) >= 0;
    const namedSubject = [...range(c.subjectFirst, c.subjectEnd)].some((k) => refs.tokens.has(k));
    // "He can't keep time", "bloke couldn't change a fuse": anything they cannot do, bar what anyone may not.
    const cannot = c.negated && (c.modal === 'can' || c.modal === 'could') && !ANYONE_MAY_NOT.has(c.lemma ?? '');
    // Not after another negation: "there's nothing in it she can't cook".
    const doubled = findIn(s, s.first, c.verb, NOTHING) >= 0;
    if (
      namedSubject &&
      !doubled &&
      (((c.negated || never) && words('tell know do get cook manage').has(c.lemma ?? '') && !c.conditional) ||
        (cannot && !c.conditional) ||
        (c.lemma === 'grow' && readsAt(s, c.verb + 1, 'up')))
    ) {
      yield sentenceSpan(s);
      return;
    }
  }
  // The partner, a linking verb and a verdict, where the clause reader took the sentence as one clause:
  // "I heard your new wife is very young and very rich".
  for (let k = partnerAt; k < s.end; k++) {
    // A "he" or "she" no one accounts for may be the partner; said of them, only age, looks or money
    // ("she's very young, isn't she?") counts, since a plain verdict may be about a puppy or a landlord.
    const named = refs.tokens.has(k);
    const them = named || (unexplained && THIRD_SUBJECTS.has(word(s, k)));
    if (!them || !LINKS.has(word(s, k + 1))) continue;
    const head = complementHead(s, k + 2, s.end);
    if (head < 0) continue;
    const w = word(s, head);
    if (AGE_AND_LOOKS.has(w) || MONEYED.has(w) || (named && (VERDICTS.has(w) || judges(lemma(s, head), w)))) {
      yield sentenceSpan(s);
      return;
    }
  }
  // A comparison with the writer after the partner comes up: "as patient with your snoring as I was".
  for (let k = partnerAt + 1; k < s.end; k++) {
    if (word(s, k) !== 'as') continue;
    for (let j = k + 2; j < Math.min(s.end, k + 10); j++) {
      if (word(s, j) === 'as' && (word(s, j + 1) === 'i' || word(s, j + 1) === 'me')) {
        yield sentenceSpan(s);
        return;
      }
    }
    break;
  }
  for (const phrase of DIGS) {
    if (findPhrase(s, s.first, s.end, phrase) >= 0) {
      yield sentenceSpan(s);
      return;
    }
  }
}

/** Good wishes the writer then takes back with a "but": "I'm happy for you, but ...". */
const WISHES = ['happy for you', 'glad for you', 'pleased for you', 'good for you', 'congratulations', 'congrats'];
const THIRD_SUBJECTS = words('he she');
const NOT_A_NAME = words('i god mum mom dad');
/** Money said of the partner: "very young and very rich". */
const MONEYED = words('rich loaded minted wealthy');
const LINKS = words('is was seems seemed looks looked sounds sounded be');

/**
 * "I'm trying to be happy for you, but everyone knows Karim's a player": good wishes, then a
 * "but" and a verdict on a third person named there. That person is the one the wishes were for.
 */
export function* wishThenVerdict(context: RuleContext, s: SentenceLanguage): Iterable<TokenSpan> {
  if (mourns(context.analysis)) return;
  let wish = -1;
  for (const phrase of WISHES) {
    const at = findPhrase(s, s.first, s.end, phrase);
    if (at >= 0 && (wish < 0 || at < wish)) wish = at;
  }
  if (wish < 0) return;
  const but = findIn(s, wish + 1, s.end, BUT);
  if (but < 0) return;
  const refs = partnerReferences(context.analysis);
  for (let k = but + 1; k < s.end; k++) {
    const t = s.tokens[k];
    const named =
      refs.tokens.has(k) ||
      THIRD_SUBJECTS.has(word(s, k)) ||
      (t !== undefined && t.capitals === 'initial' && !NOT_A_NAME.has(word(s, k)) && pos(s, k) !== 'PRON');
    // The verdict is said of them: "Karim's a player", "he is so shallow", "she seems a bit dim".
    if (!named || !(LINKS.has(word(s, k + 1)) || DEGREE.has(word(s, k + 1)))) continue;
    for (let j = k + 1; j < Math.min(s.end, k + 5); j++) {
      const w = word(s, j);
      if (VERDICTS.has(w) || judges(lemma(s, j), w)) {
        yield sentenceSpan(s);
        return;
      }
    }
  }
}

const PICTURING = words('see imagine picture expect');
const HOLDING = words('keep keeping hold holding make making');
const NEGATORS = words('not never');
const PRONOUNS = words('her him them she he they');
const PERSONS = words('someone somebody her him them she he they one guy girl man woman bloke fella lady');

/**
 * "I can't see someone who photographs her lunch keeping you interested for long", "I don't
 * imagine he'll hold your attention much longer": the writer doubting the partner will keep them.
 */
export function* doubtsItHolds(context: RuleContext, s: SentenceLanguage): Iterable<TokenSpan> {
  const refs = partnerReferences(context.analysis);
  // A pronoun ("her keeping you up") is the partner only where one is named or described: else the new baby.
  const spokenOf = refs.mentions.length > 0 || context.kind === 'note' || context.heard === 'new-relationship';
  for (const c of s.clauses) {
    if ((c.subject !== 'i' && c.subject !== null) || !PICTURING.has(c.lemma ?? '') || c.verb < 0) continue;
    if (!c.negated && findIn(s, c.verbFirst, c.verb, NEGATORS) < 0) continue;
    const hold = findIn(s, c.verb + 1, s.end, HOLDING);
    if (hold < 0 || !(word(s, hold + 1) === 'you' || word(s, hold + 1) === 'your')) continue;
    // Someone keeps them ("someone who ...", "her", "that one", a name), not the rain keeping them indoors.
    let person = false;
    for (let k = c.verb + 1; k < hold && !person; k++)
      person =
        refs.tokens.has(k) ||
        (PERSONS.has(word(s, k)) && (spokenOf || !PRONOUNS.has(word(s, k)))) ||
        s.tokens[k]?.capitals === 'initial';
    if (!person) continue;
    const lasting =
      findPhrase(s, hold, s.end, 'for long') >= 0 ||
      findPhrase(s, hold, s.end, 'much longer') >= 0 ||
      findPhrase(s, hold, s.end, 'for much longer') >= 0 ||
      findPhrase(s, hold, s.end, 'forever') >= 0;
    if (lasting) {
      yield sentenceSpan(s);
      return;
    }
  }
}
