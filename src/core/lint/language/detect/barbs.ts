/**
 * Barbs with no stock phrase, read from the shape of the sentence: a wish or a prayer for the reader
 * that names their failing ("I hope this year you learn to keep your promises", "I pray God shows
 * you how you treated the people who loved you"), the reader's talk about the writer to others
 * ("you told the whole academy I was jealous"), the writer set apart from the one at fault ("I
 * wasn't the only one who stopped trying"), and "some of us" against the reader.
 */
import { HARM_VERBS } from '../../lexicon/acts';
import { judges } from '../../lexicon/judgement';
import { words } from '../../lexicon/words';
import type { RuleContext, TokenSpan } from '../../rule';
import type { Clause, SentenceLanguage } from '../index';
import { findIn, findPhrase, lemma, pos, readsAt, word } from '../query';

const READER = words('you thee thou u ya');
const TOLD_KEYS = words('tell told telling say said says call called calling tells');
const WHO_KEYS = words('who');
const SHARE_KEYS = words('look make made quick');
const ONE_KEYS = words('one');
const SINCE_KEYS = words('since because seeing');
const SKILL_KEYS = words('always good');
const SOME_KEYS = words('some');
const WISH_KEYS = words('hope pray wish trust may maybe perhaps');
const WISHING = words('hope pray wish trust');
/** A failing named as the virtue wished for: "the humility to see", "the honesty you could never find". */
const VIRTUES = words('humility honesty decency conscience maturity manners gratitude loyalty');
/** Change wished on the reader: "learn to", "remember other people", "realise what you did". */
const CHANGES = words('learn manage remember realise realize understand grow soften');
/** What makes a wished change a dig: "too", "better than last year", "for once", "this time", "longer". */
const MARKS = words('too better longer finally properly');
/** Others the reader is wished to think of: "remember other people's birthdays too". */
const OTHERS = ['others', 'other people', 'everyone else', 'anyone else'];

/** Where the wish starts: "I hope", "I pray", "may you", "maybe this year you will". */
function wishAt(s: SentenceLanguage): number {
  for (const c of s.clauses) {
    if (c.subject === 'i' && !c.negated && c.verb >= 0 && WISHING.has(c.lemma ?? '')) return c.verb;
  }
  const first = word(s, s.first);
  if (first === 'may' && READER.has(word(s, s.first + 1))) return s.first;
  if (
    (first === 'maybe' || first === 'perhaps') &&
    (readsAt(s, s.first + 1, 'this year') || readsAt(s, s.first + 1, 'this time') || readsAt(s, s.first + 1, 'one day'))
  )
    return s.first;
  return -1;
}

function readerClause(c: Clause, s: SentenceLanguage): boolean {
  return c.subject === 'you' || (c.subjectFirst >= 0 && READER.has(word(s, c.subjectFirst)));
}

/** The reader's failing told in the past, in the same breath: "you didn't with me", "you were never very patient". */
function failedBefore(s: SentenceLanguage, from: number): boolean {
  for (const c of s.clauses) {
    if (c.end <= from || !readerClause(c, s) || c.verb < 0) continue;
    // "I hope you know you didn't deserve that": kindness, not a charge.
    if (words('deserve need have mean').has(c.lemma ?? '')) continue;
    // ("you didn't with me": the "not" of a verb left out is not read as negation.)
    const never = findIn(s, c.first, c.end, words('never not')) >= 0;
    // Failing the writer: "you could never find for me" (not "someone's keeping an eye on your knee, because
    // you never would").
    const toMe = findIn(s, c.first, Math.min(s.end, c.end + 2), words('me us my')) >= 0;
    if ((c.past || c.modal === 'could' || c.modal === 'would') && (c.negated || never) && toMe) return true;
    // "the people you burned on your way out", "how you treated the people who loved you".
    if (c.past && (HARM_VERBS.has(c.lemma ?? '') || c.lemma === 'treat' || c.lemma === 'burn')) return true;
  }
  return false;
}

/**
 * "I hope this year you learn to keep your promises better than last year", "I pray this year brings
 * thee the humility to see how others have suffered", "I hope he is patient, because you were never
 * very patient with me", "I pray Allah forgives you for the way you left": a wish that names the
 * reader's failing. Not "I hope you find peace" or "I hope you learn loads on the course".
 */
export function* barbedWish(_context: RuleContext, s: SentenceLanguage): Iterable<TokenSpan> {
  if (findIn(s, s.first, s.end, WISH_KEYS) < 0) return;
  if (findIn(s, s.first, s.end, READER) < 0) return;
  const wish = wishAt(s);
  if (wish < 0) return;
  const span = { first: s.first, end: s.end };
  // A prayer that the reader be forgiven: "I pray Allah forgives you for the way you left".
  const forgive = findIn(s, wish + 1, s.end, words('forgive forgives forgiven'));
  const divine = findIn(s, s.first, forgive, words('pray prayed praying god allah lord heaven')) >= 0;
  if (forgive >= 0 && divine && READER.has(word(s, forgive + 1))) {
    yield span;
    return;
  }
  if (findIn(s, wish + 1, s.end, VIRTUES) >= 0 || failedBefore(s, wish + 1)) {
    yield span;
    return;
  }
  for (let k = wish + 1; k < s.end; k++) {
    if (!CHANGES.has(lemma(s, k))) continue;
    if (!READER.has(word(s, k - 1)) && !READER.has(word(s, k - 2)) && !READER.has(word(s, k + 1))) continue;
    // "learn to keep your promises better", "remember other people's birthdays too", "learn that a marriage is not...".
    if (
      findIn(s, k + 1, s.end, MARKS) >= 0 ||
      OTHERS.some((phrase) => findPhrase(s, k + 1, s.end, phrase) >= 0) ||
      findPhrase(s, k + 1, s.end, 'for once') >= 0 ||
      // "Maybe this year you will learn that a marriage is not a bus": the change itself is the dig.
      word(s, wish) === 'maybe' ||
      word(s, wish) === 'perhaps'
    ) {
      yield span;
      return;
    }
  }
  // "I hope this year you find time for the people who stood by you": the time wished for others.
  const time = findPhrase(s, wish + 1, s.end, 'find time for');
  const theTime = findPhrase(s, wish + 1, s.end, 'find the time for');
  if ((time >= 0 || theTime >= 0) && findIn(s, Math.max(time, theTime) + 3, s.end, words('people those who')) >= 0)
    yield span;
}

/** Whom the reader told: "everyone", "our friends", "the whole academy", "half the boat", "your mother". */
const AUDIENCE = words('everyone everybody people friends whole half all mother mum mom family parents church');
const TELLING = words('tell say call');

/**
 * "You told the whole academy I was jealous of you", "I hear you tell our friends I was cold", "you
 * told everybody in Rose-Hill that I'm the one who ruined it": the reader's version of the writer,
 * spread to others, complained of.
 */
export function* toldOthersAboutMe(_context: RuleContext, s: SentenceLanguage): Iterable<TokenSpan> {
  if (findIn(s, s.first, s.end, TOLD_KEYS) < 0) return;
  for (let k = s.first; k < s.end - 3; k++) {
    if (!READER.has(word(s, k))) continue;
    // "you told", "you have told", "you keep telling", "you always tell".
    let verb = k + 1;
    while (verb < Math.min(s.end, k + 3) && words('have has always keep kept still').has(word(s, verb))) verb++;
    // Not "when you told me your parents wanted to meet me": the writer was the one told.
    if (!TELLING.has(lemma(s, verb)) || word(s, verb - 1) === 'not' || word(s, verb + 1) === 'me') continue;
    const audience = findIn(s, verb + 1, Math.min(s.end, verb + 5), AUDIENCE);
    if (audience < 0) continue;
    // What they said of the writer: "I was jealous", "I'm the one who ruined it", "I put the shop before you".
    const i = findIn(s, audience + 1, Math.min(s.end, audience + 8), words('i'));
    if (i < 0) continue;
    let charge = (readsAt(s, i + 1, 'was the one') || readsAt(s, i + 1, 'am the one')) && FAULTS.has(lemma(s, i + 5));
    for (let j = i + 1; j < Math.min(s.end, i + 6) && !charge; j++)
      if (judges(lemma(s, j), word(s, j)) || CHARGES.has(word(s, j))) charge = true;
    if (charge) {
      yield { first: k, end: Math.min(s.end, i + 6) };
      return;
    }
  }
}

/** What the one at fault did: "who walked out", "who stopped trying", "who wanted out", "who made mistakes". */
const FAULTS = words(`
  leave disappear walk stop quit cheat lie want make ruin wreck break give decide move go end forget ignore abandon
  destroy start throw let screw mess slip drop
`);
/** What sets "I was the only one who..." against the reader when "not" does not: "I don't think I was...". */
const DENIED = words("not n't no never");
/** "I seem to be the only one who...", "it's hard to feel like I'm the only one who...": the writer as the martyr. */
const MARTYRED = ['seem to be', 'feel like', 'always'];

/** Charges the judgement lexicon reads as plain words: "I was cold", "I put the shop before you". */
const CHARGES = words('before cold jealous drunk unreliable gambler liar');

/**
 * "I wasn't the only one who stopped trying", "I was not the one who disappeared to Tehran": the
 * writer set apart from the one at fault, who can only be the reader.
 */
export function* notTheOneWho(_context: RuleContext, s: SentenceLanguage): Iterable<TokenSpan> {
  if (findIn(s, s.first, s.end, ONE_KEYS) < 0) return;
  for (let k = s.first; k < s.end - 5; k++) {
    if (word(s, k) !== 'i') continue;
    let be = lemma(s, k + 1) === 'be' ? k + 1 : -1;
    // "I seem to be the only one who...".
    if (be < 0 && readsAt(s, k + 1, 'seem to be')) be = k + 3;
    if (be < 0) continue;
    const negated = word(s, be + 1) === 'not' || word(s, be + 1) === 'never';
    // "I don't think I was the only one who...", "it's no like I was the only one who...", "I'm always the only one".
    const denied = findIn(s, Math.max(s.first, k - 4), k, DENIED) >= 0;
    const martyred =
      MARTYRED.some((m) => findPhrase(s, Math.max(s.first, k - 3), k + 3, m) >= 0) && word(s, be + 1) === 'the';
    if (!negated && !(denied && word(s, be + 1) === 'the') && !martyred) continue;
    let at = negated ? be + 2 : be + 1;
    if (word(s, at) === 'the' && word(s, at + 1) === 'only') at++;
    else if (word(s, at) !== 'the') continue;
    // "...who stopped trying", "...who disappeared to Tehran" (not "who cried at the funeral").
    if (
      word(s, at + 1) === 'one' &&
      (word(s, at + 2) === 'who' || word(s, at + 2) === 'that') &&
      (FAULTS.has(lemma(s, at + 3)) || HARM_VERBS.has(lemma(s, at + 3)))
    ) {
      yield { first: k, end: Math.min(s.end, at + 6) };
      return;
    }
  }
}

/**
 * "Some of us don't forget so easily", "some of us are still sweeping up": the writer among the
 * faithful, set against the reader.
 */
export function* someOfUs(_context: RuleContext, s: SentenceLanguage): Iterable<TokenSpan> {
  if (findIn(s, s.first, s.end, SOME_KEYS) < 0) return;
  const at = findPhrase(s, s.first, s.end, 'some of us');
  if (at < 0) return;
  // Not "some of us are going to the pub on Friday".
  const next = word(s, at + 3);
  const after = word(s, at + 4);
  const contrast =
    words('actually never').has(next) ||
    (words('do did').has(next) && after === 'not') ||
    (words('are were').has(next) && words('still not actually').has(after)) ||
    (words('have had').has(next) && after === 'to');
  if (contrast) yield { first: at, end: s.end };
}

/** What a mock skill is a skill at: "leaving people behind", "walking off with what wasn't yours". */
const MOCK_SKILLS = words(`
  leave walk run trade disappear quit abandon use drop forget ignore lie cheat dodge avoid blame vanish bail ghost
`);

/**
 * "You always knew how to walk off with what wasn't yours", "you're very good at leaving people
 * behind", "you always did prefer a man who would never question you": a talent or a habit of the
 * reader's, praised for a fault. Not "you always knew how to make people laugh".
 */
export function* mockSkill(_context: RuleContext, s: SentenceLanguage): Iterable<TokenSpan> {
  if (findIn(s, s.first, s.end, SKILL_KEYS) < 0) return;
  for (let k = s.first; k < s.end - 3; k++) {
    if (!READER.has(word(s, k))) continue;
    let at = -1;
    if (
      readsAt(s, k + 1, 'always did') ||
      readsAt(s, k + 1, 'always knew how to') ||
      readsAt(s, k + 1, 'always know how to')
    )
      at = k + 3;
    else if (lemma(s, k + 1) === 'be') {
      let j = k + 2;
      while (j < s.end && words('very so really always such').has(word(s, j))) j++;
      if (word(s, j) === 'good' && word(s, j + 1) === 'at') at = j + 2;
    }
    if (at < 0) continue;
    const end = Math.min(s.end, at + 8);
    for (let j = at; j < end; j++) {
      const fault = MOCK_SKILLS.has(lemma(s, j)) || readsAt(s, j, 'was not yours') || readsAt(s, j, 'were not yours');
      const never = word(s, j) === 'never' && j > at + 1;
      if (fault || never || readsAt(s, j, 'trade down')) {
        yield { first: k, end };
        return;
      }
    }
  }
}

/** Words of mock pleasure: "nice to see", "good to know", "lovely that". */
const PLEASED = words('nice good glad lovely great');

/**
 * "Nice to see my gifts are useful to somebody, since you never had time to wear them": pleasure
 * said, and the reader's neglect set right beside it.
 */
export function* pleasedSinceYouNever(_context: RuleContext, s: SentenceLanguage): Iterable<TokenSpan> {
  if (findIn(s, s.first, s.end, SINCE_KEYS) < 0) return;
  const since = findIn(s, s.first, s.end, words('since because seeing'));
  if (since < 0) return;
  const pleased = findIn(s, s.first, since, PLEASED);
  if (pleased < 0 || word(s, pleased + 1) !== 'to') return;
  if (READER.has(word(s, since + 1)) && findIn(s, since + 2, Math.min(s.end, since + 4), words('never not')) >= 0)
    yield { first: s.first, end: s.end };
}

/**
 * What an insinuation guesses: "never" (not "never one for"), "an opportunity", "already wanted",
 * "only cared", "finally found someone".
 */
function guessed(s: SentenceLanguage, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const w = word(s, k);
    const next = word(s, k + 1);
    if (w === 'never' && !readsAt(s, k + 1, 'one for')) return true;
    if (w === 'opportunity' || (w === 'waiting' && next === 'for')) return true;
    if (w === 'already' && words('wanted had knew decided').has(next)) return true;
    if ((w === 'only' || w === 'just') && words('cared wanted needed used').has(next)) return true;
    if (w === 'finally' && words('found got').has(next) && words('someone somebody what a').has(word(s, k + 2)))
      return true;
  }
  return false;
}

/**
 * "I guess you finally found someone who can afford you", "I suppose you were never serious", "I
 * guess you saw an opportunity": a motive or a verdict guessed at, about the reader.
 */
export function* guessedMotive(_context: RuleContext, s: SentenceLanguage): Iterable<TokenSpan> {
  for (const c of s.clauses) {
    if (c.subject !== 'i' || c.negated || c.verb < 0 || !words('guess suppose bet reckon gather').has(c.lemma ?? ''))
      continue;
    const you = findIn(s, c.verb + 1, Math.min(s.end, c.verb + 3), READER);
    if (you < 0) continue;
    const end = Math.min(s.end, you + 7);
    if (guessed(s, you + 1, end)) {
      yield { first: c.first, end };
      return;
    }
  }
}

/**
 * "You should look at yourself", "you made it very easy for things to fall apart", "you were very
 * quick to believe the worst of me": the reader's share of the fault, told to them.
 */
export function* yourShare(_context: RuleContext, s: SentenceLanguage): Iterable<TokenSpan> {
  if (findIn(s, s.first, s.end, SHARE_KEYS) < 0) return;
  for (let k = s.first; k < s.end - 3; k++) {
    if (!READER.has(word(s, k))) continue;
    let j = k + 1;
    while (j < s.end && words('should also too could might must were was are very so always really').has(word(s, j)))
      j++;
    const look =
      word(s, j) === 'look' &&
      word(s, j + 1) === 'at' &&
      (word(s, j + 2) === 'yourself' || (word(s, j + 2) === 'your' && words('part share own').has(word(s, j + 3))));
    const easy =
      lemma(s, j) === 'make' &&
      readsAt(s, j + 1, 'it') &&
      findIn(s, j + 2, j + 5, words('easy')) >= 0 &&
      findIn(s, j + 3, Math.min(s.end, j + 12), words('fall end fail apart collapse')) >= 0;
    const quick =
      word(s, j) === 'quick' &&
      word(s, j + 1) === 'to' &&
      words('believe blame judge assume think forget').has(lemma(s, j + 2));
    if (look || easy || quick) {
      yield { first: k, end: Math.min(s.end, j + 6) };
      return;
    }
  }
}

/** What a contribution counted up was: "who paid for your course?", "who drove your mother to hospital?" */
const CONTRIBUTIONS = words(
  'pay drive work cook clean look stay carry sit hold raise support buy cover fix spend sign nurse',
);

/**
 * "Who paid for your diploma course? Who drove your mother to hospital every week?", "who told all
 * the neighbours I was a gambler?": past deeds counted up as questions, whose answer is plain.
 */
export function* whoDidIt(_context: RuleContext, s: SentenceLanguage): Iterable<TokenSpan> {
  if (findIn(s, s.first, s.end, WHO_KEYS) < 0) return;
  if (!s.question || word(s, s.first) !== 'who' || s.end - s.first < 4) return;
  const verb = s.first + 1;
  if (
    pos(s, verb) !== 'VERB' ||
    (!word(s, verb).endsWith('ed') && !words('paid drove sat held bought spent told made kept').has(word(s, verb)))
  )
    return;
  const v = lemma(s, verb);
  // "Who paid for your course?", not "who drove you to the airport in the end?".
  const aboutUs = findIn(s, verb + 1, Math.min(s.end, verb + 6), words('your my our')) >= 0;
  const toldAll = (v === 'tell' || v === 'make') && findIn(s, verb + 1, Math.min(s.end, verb + 4), AUDIENCE) >= 0;
  if ((CONTRIBUTIONS.has(v) && aboutUs) || toldAll || (v === 'make' && readsAt(s, verb + 1, 'my')))
    yield { first: s.first, end: s.end };
}

/** The emphatic "do" of a thought held back until now: "I do wonder", "I did sometimes think". */
const EMPHATIC = words('do did');
const HEDGES = words('sometimes also still just really honestly');
const MUSING = words('wonder think question');
const READER_WORDS = words('you your u ur yourself');
/** What a thought of the reader may praise: "I do think you were right", "you'd have loved it". */
const PRAISE = words('right brave wonderful great good amazing lovely love loved enjoy enjoyed like liked proud');
const HAVE_PERFECT = ['would have', 'could have', 'should have', 'might have'];
const ABOUT = words('of about');
const ASKING = words('whether why if');
/** What weighs on the writer when the reader is thought of: "made it worse", "very hard for me". */
const WEIGHED = words('worse hard harder easier difficult unfair');

/**
 * "I do wonder whether you'd have noticed I'd gone", "I do think your tendency to escalate made it
 * very hard for me", "I did sometimes wonder why it took you three years": a charge against the
 * reader put as a musing, held back until now and set down with an emphatic "do". Not "I do think
 * of you", "I do wonder how you are", "I do think you handled it well", "I do wonder if you ever
 * got the job".
 */
export function* emphaticDoubt(_context: RuleContext, s: SentenceLanguage): Iterable<TokenSpan> {
  if (findIn(s, s.first, s.end, EMPHATIC) < 0) return;
  for (let k = s.first; k < s.end - 3; k++) {
    if (word(s, k) !== 'i' || !EMPHATIC.has(word(s, k + 1))) continue;
    let v = k + 2;
    while (v < k + 4 && HEDGES.has(word(s, v))) v++;
    if (!MUSING.has(lemma(s, v)) || ABOUT.has(word(s, v + 1))) continue;
    // "I do wonder whether you'd have noticed" (not "I do wonder what you made of the film").
    if (lemma(s, v) === 'wonder' && findIn(s, v + 1, Math.min(s.end, v + 4), ASKING) < 0) continue;
    const reader = findIn(s, v + 1, s.end, READER_WORDS);
    if (reader < 0 || findIn(s, reader + 1, Math.min(s.end, reader + 4), PRAISE) >= 0) continue;
    const charge =
      HAVE_PERFECT.some((p) => findPhrase(s, reader, s.end, p) >= 0) ||
      findIn(s, v + 1, Math.min(s.end, v + 4), words('why')) >= 0 ||
      findIn(s, reader + 1, s.end, WEIGHED) >= 0;
    if (!charge) continue;
    yield { first: k, end: s.end };
    return;
  }
}
