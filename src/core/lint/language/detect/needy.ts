/**
 * Neediness read from structure: questions that ask the reader for reassurance ("do you ever miss
 * me?"), the writer's suffering laid at the reader's door ("everything's been grey since you
 * went"), dependence ("I've got nobody without you"), and demands for closure.
 */
import { GAP, type Token } from '../../engine/tokenize';
import { ATTACHMENT_VERBS } from '../../lexicon/acts';
import {
  BASIC_NEEDS,
  EMPTIED,
  ENDURING,
  LIFE_NOUNS,
  REMORSE,
  SUFFERING_STATES,
  SUFFERING_VERBS,
} from '../../lexicon/feelings';
import { words } from '../../lexicon/words';
import type { RuleContext, TokenSpan } from '../../rule';
import type { SentenceLanguage } from '../index';
import type { Clause } from '../clauses';
import {
  afterVerb,
  clauseSpan,
  complementHead,
  findIn,
  findPhrase,
  INTENSIFIERS,
  readsAt,
  sentenceSpan,
  spanFrom,
  pos,
  word,
  writerObjectAfter,
} from '../query';

/** Objects of a reassurance question beyond "me": "about us", "what we had", "those years". */
const ABOUT_US = words('me us myself we our what it those those years time times relationship marriage');

/** "Do you ever miss me?", "did I mean anything to you?", "was any of it real?", "miss me?". */
export function* reassuranceQuestion(_context: RuleContext, s: SentenceLanguage): Iterable<TokenSpan> {
  if (s.question) {
    for (const c of s.clauses) {
      const verb = c.lemma ?? '';
      if (c.subject === 'you' && ATTACHMENT_VERBS.has(verb) && c.wh !== 'how' && c.wh !== 'what') {
        const { from, to } = afterVerb(c);
        // "Do you remember the tram in Lisbon?" is nostalgia; "do you remember me?" asks for reassurance.
        const about =
          verb === 'remember' || verb === 'want' || verb === 'need'
            ? findIn(s, from, Math.min(to, from + 3), words('me us'))
            : findIn(s, from, Math.min(to, from + 4), ABOUT_US);
        if (about >= 0 || verb === 'care' || verb === 'regret' || (verb === 'miss' && from >= to)) {
          yield sentenceSpan(s);
          return;
        }
      }
      // "Did I mean anything to you?", "was I ever enough?", "am I still in your thoughts?"
      if (c.subject === 'i' && (verb === 'mean' || verb === 'matter' || verb === 'be') && c.inverted) {
        const { from, to } = afterVerb(c);
        if (
          findIn(s, from, to, WORTH_WORDS) >= 0 ||
          findPhrase(s, from, to, 'your thoughts') >= 0 ||
          findPhrase(s, from, to, 'to you') >= 0
        ) {
          yield sentenceSpan(s);
          return;
        }
      }
      // "Was any of it real for you?", "did those nine years mean anything to you?"
      if (
        (verb === 'be' || verb === 'mean' || verb === 'matter') &&
        c.inverted &&
        (c.subject === 'thing' || c.subject === 'third')
      ) {
        const { from, to } = afterVerb(c);
        if (
          findIn(s, from, to, REAL_WORDS) >= 0 &&
          (findPhrase(s, c.first, to, 'to you') >= 0 ||
            findPhrase(s, c.first, to, 'for you') >= 0 ||
            findIn(s, c.first, to, OUR_TIME) >= 0)
        ) {
          yield sentenceSpan(s);
          return;
        }
      }
      // "Do I ever cross your mind?", "is there any part of you that still cares?"
      if (findPhrase(s, c.first, c.end, 'cross your mind') >= 0 || findPhrase(s, c.first, c.end, 'part of you') >= 0) {
        yield sentenceSpan(s);
        return;
      }
    }
    // "Miss me?", "still think of me?": the question without its subject.
    const first = s.clauses[0];
    if (
      first &&
      first.imperative &&
      ATTACHMENT_VERBS.has(first.lemma ?? '') &&
      writerObjectAfter(s, first.verb + 1, first.end, 3) >= 0
    ) {
      yield sentenceSpan(s);
      return;
    }
  }
  // "Tell me you still think about me", "I wonder if you ever miss me", "I just need to hear it".
  for (const c of s.clauses) {
    const verb = c.lemma ?? '';
    if (c.imperative && verb === 'tell' && readsAt(s, c.verb + 1, 'me')) {
      const inner = s.clauses.find(
        (d) => d.first > c.first && (d.subject === 'you' || d.subject === 'i' || d.subject === 'thing'),
      );
      // "Tell me what you want for your birthday", "tell me what happened at the match": news asked for.
      const news = newsAsked(s, c.verb + 2);
      if (
        inner &&
        !news &&
        (ATTACHMENT_VERBS.has(inner.lemma ?? '') ||
          findIn(s, inner.first, inner.end, WORTH_WORDS) >= 0 ||
          findIn(s, inner.first, inner.end, words('chance hope mistake')) >= 0)
      ) {
        yield sentenceSpan(s);
        return;
      }
    }
    if (c.subject === 'i' && verb === 'wonder') {
      const inner = s.clauses.find(
        (d) => d.first > c.first && d.subject === 'you' && ATTACHMENT_VERBS.has(d.lemma ?? ''),
      );
      if (inner && writerObjectAfter(s, inner.verb + 1, inner.end, 4) >= 0) {
        yield sentenceSpan(s);
        return;
      }
    }
  }
}

/** "Tell me what happened at the match", "tell me when you land": a wh-word asking for news, not about us. */
function newsAsked(s: SentenceLanguage, k: number): boolean {
  if (findIn(s, k, k + 1, words('what when where how who which')) < 0) return false;
  for (let j = k + 1; j < s.end; j++) {
    if (j > k + 1 && (s.tokens[j] as { gap: number }).gap >= 2) break;
    if (findIn(s, j, j + 1, words('i me us we my our')) >= 0) return false;
  }
  return true;
}

const WORTH_WORDS = words(
  'anything something enough mistake worth convenient option real everything more habit nothing phase fling rebound ' +
    'distraction game joke placeholder backup experiment',
);
const REAL_WORDS = words('real true anything something honest worth genuine lie');
const OUR_TIME = words('years months it us we together');

/** "I just need closure", "I deserve an explanation", "I need to understand why you ended it". */
export function* closureDemand(_context: RuleContext, s: SentenceLanguage): Iterable<TokenSpan> {
  for (const c of s.clauses) {
    if (c.subject !== 'i' || c.negated || (c.lemma !== 'need' && c.lemma !== 'deserve' && c.lemma !== 'want')) continue;
    const { from, to } = afterVerb(c);
    const noun = findIn(s, from, Math.min(to, from + 4), CLOSURE);
    if (noun >= 0) {
      yield spanFrom(c, noun + 1);
      continue;
    }
    // "I need to understand why", "I need to know what went wrong".
    if (
      readsAt(s, from, 'to') &&
      (readsAt(s, from + 1, 'understand') || readsAt(s, from + 1, 'know')) &&
      findIn(s, from + 2, Math.min(s.end, from + 4), WHY) >= 0 &&
      // "I need to know what you think before I sell": an opinion asked for a decision, not closure.
      !(readsAt(s, from + 3, 'you') && OPINION.has(word(s, from + 4)))
    ) {
      yield spanFrom(c, Math.min(s.end, from + 4));
    }
  }
}

const CLOSURE = words('closure answers explanation reasons apology');
const WHY = words('why what how where');
const OPINION = words('think want prefer decide plan reckon would');

/** Words about someone else's misfortune: sadness at their news is sympathy, not neediness. */
const SYMPATHY_AFTER = words('to for about hearing');
/** "Hopeless with dates", "a mess at maths": a state about a skill, not a heartbreak. */
const ABOUT_A_SKILL = words('with at when in on');

/** Something in the sentence ties the writer's state to the reader or to the breakup. */
function tiedToReader(s: SentenceLanguage, from: number, to: number): boolean {
  for (let k = Math.max(from, s.first); k < Math.min(to, s.end); k++) {
    const w = word(s, k);
    const next = word(s, k + 1);
    if (w === 'breakup' || w === 'split' || w === 'divorce') return true;
    if (
      TIE_PREPOSITIONS.has(w) &&
      (next === 'you' ||
        next === 'us' ||
        next === 'our' ||
        next === 'we' ||
        (next === 'the' && (word(s, k + 2) === 'breakup' || word(s, k + 2) === 'split')))
    )
      return true;
    if (w === 'because' && next === 'of' && (word(s, k + 2) === 'you' || word(s, k + 2) === 'us')) return true;
    if (w === 'you' && LEAVING.has(next)) return true;
    if ((w === 'losing' || w === 'lost') && next === 'you') return true;
  }
  return false;
}

const TIE_PREPOSITIONS = words('over about for without since after missing');
/** What the writer's life is made of, when it is the subject: "this old heart isn't doing so good". */
const STOPPED_LIVES = words('heart life house home flat place bed nothing days nights');
/** A habit given up is a change for the better, not a collapse: "I haven't had a drink since you left". */
const TURNED_OVER = words('drink drank drunk drinking smoke smoked smoking cigarette cigarettes gamble gambled bet');
/** "Since you left", "since you moved out", "since you stopped coming by", after the verb at `from`. */
function sinceTheyLeft(s: SentenceLanguage, from: number): boolean {
  for (let k = Math.max(from, s.first); k + 2 < s.end; k++)
    if (word(s, k) === 'since' && word(s, k + 1) === 'you' && (LEAVING.has(word(s, k + 2)) || word(s, k + 2) === 'go'))
      return true;
  return false;
}
const LEAVING = words('left went are have walked moved ended broke dumped stopped') as ReadonlySet<string>;

function enduring(s: SentenceLanguage, from: number, to: number): boolean {
  return (
    findIn(s, from, to, ENDURING) >= 0 ||
    findPhrase(s, from, to, 'all the time') >= 0 ||
    findPhrase(s, from, to, 'at night') >= 0 ||
    findPhrase(s, from, to, 'to sleep') >= 0
  );
}

/** "I broke your heart", "I hurt you": the verb has an object, so it is something the writer did. */
function actsOnSomeone(s: SentenceLanguage, from: number, to: number): boolean {
  const next = word(s, from);
  return (
    from < to &&
    (OBJECTS.has(next) ||
      next === 'up' ||
      next === 'off' ||
      findIn(s, from, Math.min(to, from + 2), words('promise promises heart trust')) >= 0)
  );
}
const OBJECTS = words('you your him her them his their our us it things everything that this people someone');

/**
 * "The people I hurt", "everyone I let down": the verb's object stands before its subject (a
 * relative clause with its "that" left out), so the writer acts on someone; they are not hurting.
 */
function objectBefore(s: SentenceLanguage, c: Clause): boolean {
  const before = c.subjectFirst - 1;
  if (before < s.first || (s.tokens[c.subjectFirst] as Token).gap !== GAP.none) return false;
  const tag = pos(s, before);
  return (
    (tag === 'NOUN' || tag === 'PRON' || tag === 'PROPN') && !words('i you we they he she it').has(word(s, before))
  );
}

const SUFFERING_PARTICLES = words('apart down myself to sleep pieces inside up');

const NOT_OKAY = words('okay ok fine good great alright well myself coping sleeping eating right doing');

/**
 * "I've been a total wreck", "I cry myself to sleep", "I haven't eaten properly in weeks", "the flat feels empty
 * without you".
 */
export function* sufferingTold(_context: RuleContext, s: SentenceLanguage): Iterable<TokenSpan> {
  for (const c of s.clauses) {
    if (c.conditional || c.verb < 0) continue;
    const verb = c.lemma ?? '';
    const { from, to } = afterVerb(c);
    if (c.subject === 'i') {
      // States: "I'm so empty", "I've been a total wreck without you", "I'm not doing well".
      // "I'm not doing well", "I'm not okay", "I'm not coping".
      if (c.negated && (c.copula || verb === 'be' || verb === 'feel' || verb === 'do' || verb === 'cope')) {
        const state = findIn(s, c.verb, Math.min(to, from + 3), NOT_OKAY);
        // "I'd never be any good at chess" is about a skill, not about how the writer is.
        if (state >= 0 && ABOUT_A_SKILL.has(word(s, state + 1))) continue;
        if (state >= 0 || verb === 'cope') {
          yield spanFrom(c, Math.max(state, c.verb) + 1);
          continue;
        }
      }
      if (c.copula || verb === 'be' || verb === 'feel') {
        if (c.negated) {
          // negated states other than the above are not suffering ("I'm not angry")
        } else {
          const head = complementHead(s, from, to);
          const state = head >= 0 && SUFFERING_STATES.has(word(s, head)) ? head : -1;
          if (
            state >= 0 &&
            !REMORSE.has(word(s, state)) &&
            !SYMPATHY_AFTER.has(word(s, state + 1)) &&
            !ABOUT_A_SKILL.has(word(s, state + 1))
          ) {
            const intense = findIn(s, from, state, INTENSIFIERS) >= 0;
            if (intense || tiedToReader(s, state, s.end) || enduring(s, c.first, s.end) || state + 1 >= s.end) {
              yield spanFrom(c, state + 1);
              continue;
            }
          }
        }
      }
      // Acts: "I cry every night", "I've been crying since you left".
      if (
        SUFFERING_VERBS.has(verb) &&
        !c.negated &&
        !c.passive &&
        !actsOnSomeone(s, from, to) &&
        !objectBefore(s, c) &&
        (tiedToReader(s, s.first, s.end) || enduring(s, c.first, s.end))
      ) {
        // The verb and its particle: "falling apart", "crying myself to sleep".
        let end = c.verb + 1;
        while (end < to && end < c.verb + 4 && SUFFERING_PARTICLES.has(word(s, end))) end++;
        yield spanFrom(c, end);
        continue;
      }
      // Needs: "I can't sleep without you", "I haven't eaten properly in weeks".
      if (
        BASIC_NEEDS.has(verb) &&
        c.negated &&
        (tiedToReader(s, s.first, s.end) ||
          enduring(s, c.first, s.end) ||
          findIn(s, from, to, words('properly anymore')) >= 0)
      ) {
        if (findIn(s, from, to, words('because')) >= 0 && !tiedToReader(s, from, to)) continue;
        // "I can't sleep with the dog barking": another cause, named.
        if (word(s, from) === 'with' && !tiedToReader(s, from, to)) continue;
        // "I can't eat gluten any more": a diet, not a heartbreak.
        if (verb === 'eat' && from < to && !AFTER_EATING.has(word(s, from))) continue;
        yield spanFrom(c, c.verb + 1);
        continue;
      }
    }
    // A life stopped since they went: "I ain't played a single tune since you left", "this old heart isn't
    // doing so good since you stopped coming by" (not "I haven't heard from you since", "I haven't had a drink
    // since you left").
    if (
      c.negated &&
      (c.subject === 'i' || (c.subjectFirst >= 0 && findIn(s, c.subjectFirst, c.subjectEnd, STOPPED_LIVES) >= 0)) &&
      sinceTheyLeft(s, c.verb) &&
      findIn(s, from, to, words('you your from')) < 0 &&
      findIn(s, s.first, s.end, TURNED_OVER) < 0
    ) {
      yield spanFrom(c, c.verb + 1);
      continue;
    }
    // An emptied life: "everything has been grey since you went", "the flat feels so empty without you".
    if ((c.subject === 'thing' || c.subject === null) && c.copula && c.subjectFirst >= 0) {
      const head = findIn(s, c.subjectFirst, c.subjectEnd, LIFE_NOUNS);
      const state = findIn(s, from, Math.min(to, from + 4), EMPTIED);
      if (
        head >= 0 &&
        state >= 0 &&
        (tiedToReader(s, state + 1, s.end) || findPhrase(s, state, s.end, 'without you') >= 0)
      )
        yield spanFrom(c, state + 1);
    }
  }
}

/** What may follow "eat" when it is about appetite: "I can't eat properly", "can't eat or sleep", "a thing". */
const AFTER_EATING = words(
  'properly anymore any much since at well in for a anything right normally or and nor without lately these ' +
    'more enough',
);

/** "Without you I've got nobody", "I don't know how to get through the weekends without you". */
export function* dependenceOnReader(_context: RuleContext, s: SentenceLanguage): Iterable<TokenSpan> {
  let without = findPhrase(s, s.first, s.end, 'without you');
  // "without thinking of you", "without hearing your voice".
  if (without < 0) {
    const w = findPhrase(s, s.first, s.end, 'without');
    if (
      w >= 0 &&
      findIn(s, w + 1, Math.min(s.end, w + 5), words('you your')) >= 0 &&
      findIn(s, w + 1, w + 2, words('thinking missing hearing seeing talking crying')) >= 0
    )
      without = w;
  }
  // Thanks for a job done: "I couldn't have moved that sofa without you", "thanks, without you I'd
  // have been lost" look back at help given, and lean on no one now.
  const gratitude =
    findIn(s, s.first, s.end, words('thank thanks grateful')) >= 0 ||
    findPhrase(s, s.first, s.end, 'could not have') >= 0 ||
    findPhrase(s, s.first, s.end, 'would have been') >= 0;
  if (without >= 0 && !gratitude) {
    for (const c of s.clauses) {
      if (c.subject !== 'i' && !(c.first <= without && without < c.end)) continue;
      const inClause = c.first <= without && without < c.end;
      const wholeSentence = !inClause && s.clauses.length <= 2;
      if (!inClause && !wholeSentence) continue;
      const negatedAbility =
        c.negated && (c.modal === 'can' || c.modal === 'could' || c.lemma === 'know' || BASIC_NEEDS.has(c.lemma ?? ''));
      const suffering =
        findIn(s, c.first, c.end, SUFFERING_STATES) >= 0 ||
        findIn(s, c.first, c.end, words('nobody nothing nowhere')) >= 0;
      if (negatedAbility || suffering) {
        yield { first: Math.min(clauseSpan(c).first, without), end: Math.max(c.end, without + 2) };
        return;
      }
    }
  }
  // "You were the only one who ever understood me", "there's no one else I can talk to".
  for (const c of s.clauses) {
    const { from, to } = afterVerb(c);
    if (
      c.subject === 'you' &&
      c.copula &&
      findPhrase(s, from, to, 'the only') >= 0 &&
      findIn(s, from, s.end, words('me understood understands gets got knew knows')) >= 0
    ) {
      yield { first: c.subjectFirst, end: s.end };
      return;
    }
  }
  const noOne = findPhrase(s, s.first, s.end, 'no one else');
  const nobody = findPhrase(s, s.first, s.end, 'nobody else');
  const at = noOne >= 0 ? noOne : nobody;
  if (
    at >= 0 &&
    findIn(s, at, s.end, words('talk turn understands understood gets knows')) >= 0 &&
    findIn(s, at, s.end, words('i me')) >= 0
  ) {
    yield { first: at, end: s.end };
  }
}

/** "I miss you every single day", "missing you so much": missing made a condition. */
export function* missingAsCondition(_context: RuleContext, s: SentenceLanguage): Iterable<TokenSpan> {
  for (let k = s.first; k < s.end - 1; k++) {
    if (word(s, k) !== 'miss' && word(s, k) !== 'missing' && word(s, k) !== 'missed') continue;
    if (word(s, k + 1) !== 'you' && word(s, k + 1) !== 'us') continue;
    const c = s.clauses.find((d) => d.first <= k && k < d.end);
    if (c && (c.negated || c.subject === 'you' || c.subject === 'third' || c.conditional)) continue;
    const rest = Math.min(s.end, k + 6);
    if (
      enduring(s, k + 2, rest) ||
      findIn(s, k + 2, rest, words('so terribly badly desperately constantly crazy much')) >= 0
    ) {
      yield { first: c && c.subjectFirst >= 0 ? c.subjectFirst : k, end: rest };
      return;
    }
  }
}

/** "My phone's never out of my hand in case you ring", "every night I check my phone hoping it's you". */
/** Verbs whose past is spelt as their present. */
const SAME_IN_PAST = words('read reread put set let hit cut shut');

/**
 * "I went through your phone, I read your messages to your sister": a verb spelt the same in the
 * past ("read") is past when the other things the writer says they did in the sentence are.
 */
export function pastLikeTheRest(s: SentenceLanguage, c: Clause): boolean {
  return SAME_IN_PAST.has(word(s, c.verb)) && s.clauses.some((d) => d !== c && d.subject === 'i' && d.past);
}

export function* waitingByThePhone(_context: RuleContext, s: SentenceLanguage): Iterable<TokenSpan> {
  const inCase = findPhrase(s, s.first, s.end, 'in case you');
  if (inCase >= 0 && findIn(s, inCase + 3, s.end, words('ring call text write message reply email')) >= 0) {
    yield sentenceSpan(s);
    return;
  }
  const hoping = findPhrase(s, s.first, s.end, 'hoping it is you');
  if (hoping >= 0) {
    yield sentenceSpan(s);
    return;
  }
  for (const c of s.clauses) {
    if (c.subject !== 'i' || c.negated) continue;
    const verb = c.lemma ?? '';
    const { from, to } = afterVerb(c);
    // "I keep checking the post", "I'm checking my phone every morning".
    if (
      (verb === 'check' || verb === 'keep') &&
      findIn(s, from, to, words('phone post messages inbox door letterbox mailbox email emails')) >= 0 &&
      (enduring(s, c.first, s.end) || verb === 'keep' || findIn(s, c.first, s.end, words('every morning hoping')) >= 0)
    ) {
      yield spanFrom(c, to);
      return;
    }
    // "I kept your old voicemail and listen to it", "I still sleep in your shirt".
    if (
      (verb === 'keep' || verb === 'listen' || verb === 'sleep' || verb === 'wear' || verb === 'read') &&
      c.past === false &&
      !pastLikeTheRest(s, c) &&
      findIn(s, c.first, c.end, words('voicemail voicemails shirt hoodie jumper texts letters messages')) >= 0 &&
      findIn(s, c.first, s.end, words('your')) >= 0
    ) {
      yield spanFrom(c, to);
      return;
    }
  }
  // "I'll wait for you, I don't care how long".
  const wait = findIn(s, s.first, s.end, words('wait waiting'));
  if (
    wait >= 0 &&
    (findPhrase(s, wait, s.end, 'how long') >= 0 ||
      (findPhrase(s, wait, s.end, 'for you') >= 0 && findIn(s, s.first, wait, words('will always')) >= 0))
  ) {
    yield sentenceSpan(s);
  }
}

/** "Please don't forget about me", "don't leave me like this": a plea. */
export function* pleaNotTo(_context: RuleContext, s: SentenceLanguage): Iterable<TokenSpan> {
  for (const c of s.clauses) {
    if (!c.imperative || !c.negated) continue;
    const verb = c.lemma ?? '';
    if (!PLEA_VERBS.has(verb)) continue;
    const { from, to } = afterVerb(c);
    const me = writerObjectAfter(s, from - (verb === 'forget' ? 0 : 0), to, 3);
    if (me >= 0) yield { first: c.verbFirst >= 0 ? c.verbFirst : c.first, end: me + 1 };
  }
}

const PLEA_VERBS = words('forget leave give shut push hate ignore abandon block let erase delete write');
