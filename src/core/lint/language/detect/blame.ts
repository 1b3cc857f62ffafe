/**
 * Blame read from structure: the reader as the subject of a judgement ("you were such a coward"),
 * of a harm done to the writer ("you threw me away"), of a motive ("just to hurt me"), and the
 * writer's complaints about how the reader always or never behaved.
 */
import type { RuleContext, TokenSpan } from '../../rule';
import { CHARACTER_ADJECTIVES, INSULT_NOUNS, NEGATIVE_VALENCE, judges } from '../../lexicon/judgement';
import { HARM_VERBS, SPITE_VERBS } from '../../lexicon/acts';
import { words } from '../../lexicon/words';
import type { Clause, SentenceLanguage } from '../index';
import { reportedInSentence } from '../reported';
import {
  afterVerb,
  anyNear,
  complementHead,
  DEGREE,
  findIn,
  findPhrase,
  lemma,
  pos,
  readsAt,
  spanFrom,
  word,
  writerObjectAfter,
} from '../query';

/** "You were such a coward", "u r pathetic", "you've been so selfish". */
export function* judgementOfReader(_context: RuleContext, s: SentenceLanguage): Iterable<TokenSpan> {
  for (const c of s.clauses) {
    if (c.subject !== 'you' || c.negated || c.conditional || reportedInSentence(s, c.first)) continue;
    // "You'll be unbearable when you win": a tease about what may be, not a verdict.
    if (c.modal !== null && c.modal !== 'must') continue;
    if (c.copula && c.lemma !== 'feel' && c.lemma !== 'look') {
      const { from, to } = afterVerb(c);
      const head = complementHead(s, from, to);
      if (head < 0) continue;
      // "you were a coward", and a noun phrase's head after adjectives ("a selfish little man").
      for (let j = head; j < Math.min(to, head + 4); j++) {
        if (judges(lemma(s, j), word(s, j))) {
          yield spanFrom(c, j + 1);
          break;
        }
        const p = pos(s, j);
        if (p !== 'ADJ' && p !== 'NOUN' && p !== 'ADV' && !DEGREE.has(word(s, j))) break;
      }
    }
  }
  // Vocative insults: "you coward", "you selfish pig", "you absolute muppet".
  for (let k = s.first; k < s.end - 1; k++) {
    if (word(s, k) !== 'you') continue;
    // "I caused you embarrassment": "you" after a verb is its object, not a name-call.
    if (k > s.first && (pos(s, k - 1) === 'VERB' || pos(s, k - 1) === 'AUX' || pos(s, k - 1) === 'ADP')) continue;
    let j = k + 1;
    while (j < s.end && j < k + 4 && (DEGREE.has(word(s, j)) || CHARACTER_ADJECTIVES.has(word(s, j)))) j++;
    if (j < s.end && INSULT_NOUNS.has(lemma(s, j)) && pos(s, j) !== 'VERB') yield { first: k, end: j + 1 };
  }
}

/** Particles a harm verb needs before it means harm: "let me down", not "let me know". */
const HARM_PARTICLES: Readonly<Record<string, readonly string[]>> = {
  let: ['down'],
  push: ['away', 'out', 'aside'],
  shut: ['out'],
  cut: ['off', 'out'],
  throw: ['away', 'out', 'aside'],
  toss: ['away', 'out', 'aside'],
  chuck: ['away', 'out'],
  string: ['along'],
  lead: ['on'],
  walk: ['out', 'over', 'away'],
  treat: ['badly', 'like', 'so', 'terribly', 'horribly', 'awfully', 'poorly', 'worse', 'appallingly', 'disgracefully'],
  shout: ['at'],
  yell: ['at'],
  scream: ['at'],
  snap: ['at'],
  leave: ['for', 'alone', 'hanging', 'to', 'high', 'in', 'on', 'with'],
  break: ['heart', 'trust', 'promise', 'promises', 'word', 'me'],
  waste: ['time', 'years', 'life', 'best'],
  turn: ['against'],
  set: ['against', 'up'],
  play: ['me', 'games', 'with'],
  hit: ['me'],
  use: ['me', 'us'],
  drop: ['me', 'us'],
  get: [],
};

/** "You ignored me", "you threw away everything", "you turned everyone against me". */
export function* harmByReader(_context: RuleContext, s: SentenceLanguage): Iterable<TokenSpan> {
  for (const c of s.clauses) {
    if (c.subject !== 'you' || c.negated || c.passive || c.conditional || c.verb < 0 || reportedInSentence(s, c.first))
      continue;
    // "Are you ignoring me?": a yes-or-no question asks; "why did you ignore me?" accuses.
    if (s.question && c.wh === null) continue;
    const verb = c.lemma ?? '';
    if (!HARM_VERBS.has(verb)) continue;
    const { from, to } = afterVerb(c);
    const needs = HARM_PARTICLES[verb];
    if (needs !== undefined) {
      const particle = needs.length === 0 ? -1 : findIn(s, from, Math.min(to, from + 5), new Set(needs));
      if (particle < 0) continue;
      if (verb === 'leave' && writerObjectAfter(s, from, to, 1) < 0) continue;
      if (verb === 'waste' && findIn(s, from, Math.min(to, from + 3), WRITER) < 0) continue;
      yield spanFrom(c, particle + 1);
      continue;
    }
    if (verb === 'lie' || verb === 'cheat' || verb === 'ghost') {
      yield spanFrom(c, c.verb + 1);
      continue;
    }
    const object = writerObjectAfter(s, from, to, 4);
    const everything = findIn(s, from, Math.min(to, from + 4), WHAT_WE_HAD);
    if (object >= 0) yield spanFrom(c, object + 1);
    else if (everything >= 0) yield spanFrom(c, everything + 1);
  }
}

const WHAT_WE_HAD = words('everything us relationship marriage future years trust life');
const WRITER = words('me us my our');

/** "You only did it to hurt me", "deliberately", "out of spite". */
export function* motiveOfReader(_context: RuleContext, s: SentenceLanguage): Iterable<TokenSpan> {
  for (const c of s.clauses) {
    if (c.subject !== 'you' || c.negated || c.conditional || reportedInSentence(s, c.first)) continue;
    for (let k = c.verb >= 0 ? c.verb + 1 : c.first; k < c.end; k++) {
      const w = word(s, k);
      if (
        w === 'to' &&
        (readsAt(s, k + 1, 'make * jealous') || readsAt(s, k + 1, 'get back at') || readsAt(s, k + 1, 'get a rise'))
      ) {
        yield spanFrom(c, Math.min(c.end, k + 4));
        break;
      }
      if (w === 'to' && k + 1 < c.end && SPITE_VERBS.has(lemma(s, k + 1))) {
        const object = writerObjectAfter(s, k + 2, c.end, 3);
        if (object >= 0 && spiteful(s, lemma(s, k + 1), k + 2)) {
          yield spanFrom(c, Math.max(object + 1, k + 2));
          break;
        }
      }
      if (ON_PURPOSE.has(w) || readsAt(s, k, 'on purpose') || readsAt(s, k, 'out of spite')) {
        yield spanFrom(c, k + (readsAt(s, k, 'on purpose') ? 2 : readsAt(s, k, 'out of spite') ? 3 : 1));
        break;
      }
    }
    // "You wanted me to suffer", "you enjoyed hurting me".
    if ((c.lemma === 'want' || c.lemma === 'enjoy' || c.lemma === 'like' || c.lemma === 'love') && c.verb >= 0) {
      const me = writerObjectAfter(s, c.verb + 1, c.end, 2);
      const pain = findIn(s, c.verb + 1, Math.min(c.end, c.verb + 6), SUFFER);
      if (pain >= 0 && (me >= 0 || lemma(s, pain) === 'hurt' || lemma(s, pain) === 'hurting'))
        yield spanFrom(c, pain + 1);
    }
  }
}

/**
 * "Get" and "teach" are spite only in their spiteful senses: "to get to me", "to get at me", "to
 * teach me a lesson", not "trying to get me into folk music" or "to teach me Spanish".
 */
function spiteful(s: SentenceLanguage, verb: string, from: number): boolean {
  if (verb === 'get') return readsAt(s, from, 'to me') || readsAt(s, from, 'at me') || readsAt(s, from, 'me back');
  if (verb === 'teach') return findPhrase(s, from, Math.min(s.end, from + 4), 'a lesson') >= 0;
  return true;
}

const ON_PURPOSE = words('deliberately intentionally purposely purposefully spitefully knowingly');
const SUFFER = words('suffer suffering hurt hurting cry crying beg begging pay squirm grovel');

/** Behaviours that, said of the reader as a habit ("you always ran away"), are complaints. */
const COMPLAINTS = words(`
  listen care help call ask apologise apologize remember notice support try take come show bother think make put let run
  hide
  sulk whine moan overreact exaggerate lie cheat change blame criticise criticize interrupt ignore forget cancel flake
  leave
  storm shout yell laugh mock turn say thank appreciate consider compromise admit own fight answer reply text visit
`);

/** What opens a noun a clause then describes: "the bananas you always hid", "that song you always sang". */
const DESCRIBED = words('the that those these my your his her our');
/** What a described thing may still charge: "the promises you always broke", "the birthdays you always forgot". */
const DESCRIBED_BAD = words('break waste ignore forget cancel mock criticise criticize blame miss');
const SELF_DOUBT = words('doubt underestimate undersell sell worry push criticise criticize');

/** "You never listened", "you always ran from anything hard", "you never once asked". */
export function* complaintAboutReader(context: RuleContext, s: SentenceLanguage): Iterable<TokenSpan> {
  for (const c of s.clauses) {
    if (c.subject !== 'you' || c.conditional || c.verb < 0 || c.inverted || reportedInSentence(s, c.first)) continue;
    const group = { from: c.verbFirst >= 0 ? c.verbFirst : c.verb, to: c.verb };
    let habit = -1;
    // From the subject's end: "you never once took me" has two adverbs before the verb.
    for (let k = Math.min(c.subjectEnd, group.from - 1); k <= group.to && k < c.end; k++) {
      const w = word(s, k);
      if (w === 'never' || w === 'always') habit = k;
    }
    if (habit < 0) continue;
    const once = word(s, habit + 1) === 'once' || word(s, habit + 1) === 'even';
    const verb = c.lemma ?? '';
    // "The bananas you always hid in your bag": a clause that describes a thing, fondly, not a charge (but "the
    // promises you always broke" is one).
    const noun = c.subjectFirst - 1;
    const describing =
      c.past &&
      noun > s.first &&
      pos(s, noun) === 'NOUN' &&
      (s.tokens[c.subjectFirst]?.gap ?? 1) === 0 &&
      (DESCRIBED.has(word(s, noun - 1)) || (DESCRIBED.has(word(s, noun - 2)) && pos(s, noun - 1) === 'ADJ'));
    if (describing && !DESCRIBED_BAD.has(verb) && !HARM_VERBS.has(verb)) continue;
    // "You always doubt yourself before big days": worry for them, not a fault laid on them.
    if (SELF_DOUBT.has(verb) && findIn(s, c.verb + 1, Math.min(c.end, c.verb + 3), words('yourself')) >= 0) continue;
    // "You never know", "you always make me laugh": habits that praise or mean nothing.
    if (PRAISE_HABITS.has(verb) && !once) continue;
    if (word(s, habit) === 'always' && !(ALWAYS_BAD.has(verb) || findIn(s, c.verb + 1, c.end, ABOUT_YOU) >= 0))
      continue;
    if (word(s, habit) === 'never' && !(COMPLAINTS.has(verb) || once || c.past)) continue;
    // "You never got the email", "you never met my gran": what happened to them, not what they failed to do.
    if (word(s, habit) === 'never' && !once && !COMPLAINTS.has(verb) && BEFELL.has(verb)) continue;
    // "You never once made me feel small": a hurt never caused is praise ("never made me feel welcome" is not).
    if (word(s, habit) === 'never' && verb === 'make' && hurtAfter(s, c.verb + 1, Math.min(s.end, c.verb + 8)))
      continue;
    // "You never lied to me", "you never once complained", "you never missed a match": a wrong never done is praise.
    if (
      word(s, habit) === 'never' &&
      NEVER_PRAISED.has(verb) &&
      !(verb === 'miss' && writerObjectAfter(s, c.verb + 1, c.end, 2) >= 0)
    )
      continue;
    if (
      word(s, habit) === 'never' &&
      (verb === 'need' || verb === 'have' || verb === 'know' || verb === 'fail' || verb === 'stop' || verb === 'cease')
    )
      continue;
    if (word(s, habit) === 'never' && restraint(context, s, c)) continue;
    yield spanFrom(c, Math.min(c.end, c.verb + 3));
  }
}

/** Holding back a grievance: "said it", "threw it at me", "held it against me", "hid me". */
const HELD_BACK = words('say throw hold hide mention bring use rub tell');
/** What the writer owns, said nearby: "I'm sorry", "that was on me", "my fault". */
const OWNED = words('sorry apologise apologize fault regret ashamed forgive owned');
/** How far either side the writer's owning of it may stand, in sentences. */
const OWNED_REACH = 2;

/**
 * "You never said it, but I know you lost the audition because of me. That was on me", "you never
 * once threw it at me", "you never said a word against me to the kids": beside the writer owning
 * a hurt, the reader's never raising it is praise of their restraint, not a complaint.
 */
function restraint(context: RuleContext, s: SentenceLanguage, c: Clause): boolean {
  if (!HELD_BACK.has(c.lemma ?? '')) return false;
  const next = word(s, c.verb + 1);
  const grievance =
    next === 'it' ||
    next === 'that' ||
    (next === 'me' && c.lemma === 'hide') ||
    findPhrase(s, c.verb + 1, c.end, 'against me') >= 0 ||
    findPhrase(s, c.verb + 1, c.end, 'in my face') >= 0;
  if (!grievance || next === 'back' || word(s, c.verb + 2) === 'back') return false;
  const { language, tokens } = context.analysis;
  return anyNear(
    language,
    tokens.length,
    s,
    OWNED_REACH,
    (near) =>
      findIn(near, near.first, near.end, OWNED) >= 0 ||
      findPhrase(near, near.first, near.end, 'was on me') >= 0 ||
      findPhrase(near, near.first, near.end, 'is on me') >= 0,
  );
}

/** A word of hurt or judgement in [from, to): "made me feel small", "made me look stupid". */
function hurtAfter(s: SentenceLanguage, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const w = word(s, k);
    if (words('small stupid worthless unwanted unloved ashamed guilty bad silly foolish failed failure burden').has(w))
      return true;
    if ((NEGATIVE_VALENCE.get(w) ?? 0) <= -1.5 || judges(lemma(s, k), w)) return true;
  }
  return false;
}

/** Wrongs that, never done ("you never lied to me", "you never once complained"), are praise. */
const NEVER_PRAISED = new Set(
  [
    ...HARM_VERBS,
    ...words('complain moan whine grumble miss judge overreact exaggerate interrupt sulk storm raise'),
  ].filter((v) => !words('let treat turn set play leave waste throw toss chuck string lead push shut cut').has(v)),
);
/** Things that befall someone: "never" with these says what happened, not what they failed to do. */
const BEFELL = words('get receive hear meet learn win catch find');
const PRAISE_HABITS = words('know make give look seem sound manage believe understand fail cease stop need have be');
const ALWAYS_BAD = words(
  'run hide sulk whine moan overreact exaggerate lie cheat blame criticise criticize interrupt ignore forget ' +
    'cancel flake storm shout yell mock put choose pick take walk leave',
);
const ABOUT_YOU = words('yourself');

/** "I hope you treat her better than you treated me", "the way you spoke to me". */
export function* treatmentOfWriter(_context: RuleContext, s: SentenceLanguage): Iterable<TokenSpan> {
  for (let k = s.first; k < s.end - 2; k++) {
    const w = word(s, k);
    if ((w === 'than' || w === 'way' || w === 'how') && word(s, k + 1) === 'you') {
      const verb = lemma(s, k + 2);
      const rest = k + 3;
      if (TREAT.has(verb) && (writerObjectAfter(s, rest, s.end, 3) >= 0 || verb === 'behave' || verb === 'act')) {
        if (w === 'how' && (word(s, k - 1) === 'know' || word(s, k - 1) === 'understand' || word(s, k - 1) === 'see'))
          continue;
        yield { first: k, end: Math.min(s.end, rest + 3) };
      }
    }
  }
}

const TREAT = words('treat speak talk behave act handle leave end dump spoke talked treated');
