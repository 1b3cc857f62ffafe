/**
 * Blame the shared detectors miss, read from clause structure: complaints kept as a tally ("you
 * never once said thank you", "you didn't say, as usual"), choices made against the writer ("you
 * chose to ignore me", "you put your friends before me"), rhetorical questions of worth ("am I not
 * worth five minutes?"), verdicts on the reader's conduct ("I find this disrespectful", "how
 * selfish of you"), wishes that they improve ("I hope you learn to say sorry"), and digs that
 * compare ("I'm sure you'll keep this one tidier than ours").
 */
import { HARM_VERBS } from '../../lexicon/acts';
import { FEELINGS, judges } from '../../lexicon/judgement';
import { words } from '../../lexicon/words';
import type { Clause, SentenceLanguage } from '../../language';
import {
  afterVerb,
  clauseAt,
  DEGREE,
  findIn,
  findPhrase,
  lemma,
  pos,
  readsAt,
  sentenceSpan,
  spanFrom,
  word,
  writerObjectAfter,
} from '../../language/query';
import { reportedInSentence } from '../../language/reported';
import type { Match } from '../../engine/matcher';
import type { RuleContext, TokenSpan } from '../../rule';

/** The reader's own clause, stated (not a condition, not what the writer once said). */
function readerClause(s: SentenceLanguage, c: Clause): boolean {
  return c.subject === 'you' && !c.conditional && c.verb >= 0 && !reportedInSentence(s, c.first);
}

/** Tally words that turn a negated act into a complaint: "never once", "didn't even". */
const TALLY = words('once even ever bother bothered');
/**
 * Kindnesses owed, whose absence is a complaint: "you never once said thank you". Not "you never
 * once complained", "you didn't even have to ask", which praise.
 */
const OWED = words(`
  say thank ask call ring text write visit come help listen apologise apologize check offer show try care support tell
  explain acknowledge notice reply answer remember consider invite mention fight stand stick look wish thank send
`);

const DECENT = words('honest bothered there civil decent polite straight truthful kind');

/** "You never once said thank you", "you didn't even say goodbye", "you never even asked". */
export function* tallyOfNeglect(_context: RuleContext, s: SentenceLanguage): Iterable<TokenSpan> {
  for (const c of s.clauses) {
    if (!readerClause(s, c) || !c.negated || s.question) continue;
    // "You couldn't even be honest with me": a decency owed.
    const decency = c.lemma === 'be' && findIn(s, c.verb + 1, c.verb + 2, DECENT) >= 0;
    if (!(OWED.has(c.lemma ?? '') || decency) || c.modal === 'would' || c.modal === 'should') continue;
    const from = c.subjectEnd >= 0 ? c.subjectEnd : c.first;
    if (findIn(s, from, c.verb, TALLY) < 0) continue;
    if (word(s, c.verb + 1) === 'to') continue;
    // "I blocked your number so you couldn't even ask why": what the writer's act left them unable to do.
    if (word(s, c.first) === 'so' && s.clauses.some((b) => b.end <= c.first && b.subject === 'i')) continue;
    yield spanFrom(c, Math.min(c.end, c.verb + 3));
  }
}

const HABITUAL = ['as usual', 'as per usual', 'per usual', 'like usual', 'like always', 'as always', 'yet again'];
/** Acts that, "as usual", praise: "you didn't disappoint, as usual". */
const PRAISED = words('disappoint fail let change forget');

/** "You didn't say, as usual", "you forgot my birthday yet again". */
export function* asUsual(_context: RuleContext, s: SentenceLanguage): Iterable<TokenSpan> {
  let at = -1;
  let length = 0;
  for (const phrase of HABITUAL) {
    at = findPhrase(s, s.first, s.end, phrase);
    if (at >= 0) {
      length = phrase.split(' ').length;
      break;
    }
  }
  if (at < 0) return;
  for (const c of s.clauses) {
    if (!readerClause(s, c)) continue;
    const verb = c.lemma ?? '';
    const complaint = (c.negated && !(PRAISED.has(verb) && verb !== 'forget')) || HARM_VERBS.has(verb);
    if (complaint || verb === 'forget' || verb === 'cancel' || verb === 'blame') {
      yield {
        first: Math.min(c.subjectFirst >= 0 ? c.subjectFirst : c.first, at),
        end: Math.max(c.end, at + length),
      };
      return;
    }
  }
}

const CHOOSE = words('choose decide prefer opt pick want');
const RANKED = words('put choose pick prefer rank place');
const BELOW = words('over before above');

/** "You chose to ignore me", "you decided to leave me", "you put your friends before me". */
export function* choiceAgainstWriter(_context: RuleContext, s: SentenceLanguage): Iterable<TokenSpan> {
  for (const c of s.clauses) {
    if (!readerClause(s, c) || c.negated || (s.question && c.wh === null)) continue;
    const verb = c.lemma ?? '';
    const { from, to } = afterVerb(c);
    if (CHOOSE.has(verb) && word(s, from) === 'to' && HARM_VERBS.has(lemma(s, from + 1))) {
      const me = findIn(s, from + 2, Math.min(to, from + 5), words('me us my our everything'));
      // "You decided to leave me the car": something given, not a harm.
      const given =
        me >= 0 && lemma(s, from + 1) === 'leave' && (pos(s, me + 1) === 'DET' || pos(s, me + 1) === 'NOUN');
      if ((me >= 0 && !given) || lemma(s, from + 1) === 'lie' || lemma(s, from + 1) === 'cheat') {
        yield spanFrom(c, me >= 0 ? me + 1 : from + 2);
        continue;
      }
    }
    if (RANKED.has(verb)) {
      const below = findIn(s, from, Math.min(to, from + 6), BELOW);
      if (below >= 0 && (word(s, below + 1) === 'me' || word(s, below + 1) === 'us')) yield spanFrom(c, below + 2);
    }
  }
}

/** "You told everyone before me", "you told your friends before you told me". */
export function* toldOthersFirst(_context: RuleContext, s: SentenceLanguage): Iterable<TokenSpan> {
  for (const c of s.clauses) {
    if (c.subject !== 'you' || c.negated || c.conditional || c.verb < 0) continue;
    if (c.lemma !== 'tell' && c.lemma !== 'announce' && c.lemma !== 'post' && c.lemma !== 'inform') continue;
    const before = findIn(s, c.verb + 1, Math.min(s.end, c.verb + 6), words('before'));
    if (before < 0) continue;
    const me = findIn(s, before + 1, Math.min(s.end, before + 5), words('me'));
    if (me >= 0) yield { first: c.subjectFirst >= 0 ? c.subjectFirst : c.first, end: me + 1 };
  }
}

const WORTH = words('worth important enough deserve matter good');

/** "Am I not worth five minutes of your time?", "don't I deserve an answer?", "was I that easy to replace?" */
export function* rhetoricalWorth(_context: RuleContext, s: SentenceLanguage): Iterable<TokenSpan> {
  if (!s.question) return;
  for (const c of s.clauses) {
    if (c.subject !== 'i' || !c.inverted) continue;
    const { from, to } = afterVerb(c);
    if (c.negated && (WORTH.has(c.lemma ?? '') || findIn(s, from, Math.min(to, from + 5), WORTH) >= 0)) {
      yield sentenceSpan(s);
      return;
    }
    // "Was I that easy to forget?", "am I so easy to replace?"
    const easy = findIn(s, from, Math.min(to, from + 5), words('easy'));
    if (easy >= 0 && word(s, easy + 1) === 'to' && findIn(s, easy - 1, easy, words('that so this')) >= 0) {
      yield sentenceSpan(s);
      return;
    }
  }
}

const JUDGING = words('think feel decide assume figure reckon');
const FINE = words('fine ok okay acceptable alright appropriate normal right');

/** "Why did you think it was fine to tell everyone?", "what made you think that was okay?" */
export function* whyDidYouThink(_context: RuleContext, s: SentenceLanguage): Iterable<TokenSpan> {
  const why = findIn(s, s.first, Math.min(s.end, s.first + 4), words('why how what'));
  if (why < 0) return;
  // "Why did you think...", "what made you think...": the reader and a verb of judging.
  for (let k = why + 1; k < Math.min(s.end, why + 6); k++) {
    if (word(s, k) !== 'you' || !JUDGING.has(lemma(s, k + 1))) continue;
    const fine = findIn(s, k + 2, Math.min(s.end, k + 7), FINE);
    if (fine >= 0 && findIn(s, k + 2, fine, words('it that this be')) >= 0) {
      yield { first: why, end: Math.min(s.end, fine + 3) };
      return;
    }
  }
}

/** What a wish for the reader's improvement names: "learn to say sorry", "learn some manners". */
const VIRTUES = words(`
  sorry apologise apologize apology listen honest honesty respect communicate commit admit appreciate compromise
  consider
  manners grow thank decent decency kind kindness loyal faithful punctual truth responsibility behave considerate
`);

/** "I hope this year you learn to say sorry", "may you finally learn some manners". */
export function* wishToImprove(_context: RuleContext, s: SentenceLanguage): Iterable<TokenSpan> {
  for (const c of s.clauses) {
    if (c.subject !== 'you' || c.negated || c.verb < 0 || c.lemma !== 'learn') continue;
    const { from, to } = afterVerb(c);
    const virtue = findIn(s, from, Math.min(to, from + 5), VIRTUES);
    if (virtue >= 0) yield spanFrom(c, virtue + 1);
  }
}

const LEISURE = words('relax rest enjoy get put sit sleep treat have let take lie kick spoil');

/** "Try to actually turn up on time", "maybe for once you'll listen", "for once in your life". */
export function* forOnce(_context: RuleContext, s: SentenceLanguage): Iterable<TokenSpan> {
  for (const c of s.clauses) {
    if ((c.subject !== 'you' && !c.imperative) || c.negated) continue;
    const once = findPhrase(s, c.first, c.end, 'for once');
    // "Put your feet up for once": a treat wished on them, not a dig.
    // "Hope somebody else does the barbie for once": a treat for them, done by someone else.
    // "Hope your mum lets you stay out past 11 for once": a treat someone else allows them.
    const byOthers =
      findIn(s, c.first, once, words('else somebody someone hope wish')) >= 0 ||
      findIn(s, Math.max(s.first, c.first - 2), c.first + 1, words('let lets')) >= 0;
    if (once >= 0 && !byOthers && !LEISURE.has(c.lemma ?? '') && !readsAt(s, once + 2, 'in my')) {
      yield { first: c.subjectFirst >= 0 ? c.subjectFirst : c.first, end: Math.max(c.end, once + 2) };
      return;
    }
    // "Try to actually turn up", "remember to actually read it".
    if (c.imperative && (c.lemma === 'try' || c.lemma === 'remember') && readsAt(s, c.verb + 1, 'to actually')) {
      yield { first: c.verbFirst >= 0 ? c.verbFirst : c.first, end: c.end };
      return;
    }
  }
}

/** "Shame you never had that much stamina for us", "pity you couldn't be bothered". */
export function* shameYouNever(_context: RuleContext, s: SentenceLanguage): Iterable<TokenSpan> {
  const at = findIn(s, s.first, Math.min(s.end, s.first + 4), words('shame pity'));
  const tooBad = findPhrase(s, s.first, Math.min(s.end, s.first + 4), 'too bad');
  const start = at >= 0 ? at : tooBad;
  if (start < 0) return;
  for (const c of s.clauses) {
    if (c.subject !== 'you' || c.first < start || c.first > start + 4) continue;
    const never = findIn(s, c.first, c.end, words('never'));
    const forUs = findPhrase(s, c.first, c.end, 'for us') >= 0 || findPhrase(s, c.first, c.end, 'for me') >= 0;
    const bothered = findIn(s, c.first, c.end, words('bother bothered')) >= 0;
    if (never >= 0 || (c.negated && (forUs || bothered))) {
      yield { first: start, end: c.end };
      return;
    }
  }
}

/** "I find this very disrespectful", "I found that so rude": a verdict on the reader's conduct. */
export function* verdictOnConduct(_context: RuleContext, s: SentenceLanguage): Iterable<TokenSpan> {
  for (const c of s.clauses) {
    if (c.subject === 'i' && c.lemma === 'find' && !c.negated && c.verb >= 0) {
      const { from, to } = afterVerb(c);
      // "I find this disrespectful", not "I find it impossible to stay angry" or "difficult to write".
      if (findIn(s, from, from + 1, words('this that your')) < 0) continue;
      for (let k = from + 1; k < Math.min(to, from + 5); k++) {
        if (word(s, k + 1) === 'to') break;
        if (pos(s, k) === 'ADJ' && judges(lemma(s, k), word(s, k)) && !FEELINGS.has(word(s, k))) {
          yield spanFrom(c, k + 1);
          return;
        }
      }
    }
  }
  // "How selfish of you", "that was cruel of you".
  for (let k = s.first + 1; k < s.end - 1; k++) {
    if (word(s, k) !== 'of' || word(s, k + 1) !== 'you') continue;
    const adj = k - 1;
    if (pos(s, adj) === 'ADJ' && judges(lemma(s, adj), word(s, adj)) && !FEELINGS.has(word(s, adj))) {
      yield { first: adj, end: k + 2 };
      return;
    }
  }
}

const COMPARATIVE_TAIL = words('ours me us');

/** "I'm sure you'll keep this one tidier than ours", "I bet you treat her better than you treated me". */
export function* betterThanUs(_context: RuleContext, s: SentenceLanguage): Iterable<TokenSpan> {
  const sure = findPhrase(s, s.first, s.end, 'i am sure') >= 0 || findPhrase(s, s.first, s.end, 'i bet') >= 0;
  for (const c of s.clauses) {
    if (c.subject !== 'you' || c.negated || c.verb < 0) continue;
    if (!sure && c.modal !== 'will') continue;
    const than = findIn(s, c.verb + 1, Math.min(c.end, c.verb + 8), words('than'));
    if (than < 0 || !COMPARATIVE_TAIL.has(word(s, than + 1))) continue;
    if (
      findIn(s, than - 2, than, words('better more tidier kinder nicer happier longer')) < 0 &&
      !/er$/.test(word(s, than - 1))
    )
      continue;
    yield spanFrom(c, than + 2);
    return;
  }
}

const BELIEF = words('think guess suspect imagine hope believe know bet expect');

/** "You weren't easy to live with either", "you didn't try either": blame handed back. */
export function* eitherYou(_context: RuleContext, s: SentenceLanguage): Iterable<TokenSpan> {
  for (const c of s.clauses) {
    if (!readerClause(s, c) || c.modal !== null || s.question) continue;
    // "You weren't easy to live with": the negation may sit after a linking verb.
    if (!c.negated && findIn(s, c.verb, Math.min(c.end, c.verb + 2), words('not never')) < 0) continue;
    const verb = c.lemma ?? '';
    if (verb === 'have' || verb === 'need' || verb === 'know' || verb === 'mind' || verb === 'worry') continue;
    // "I think you don't either": agreement, not blame.
    if (verb === 'do' || s.clauses.some((d) => d.end <= c.first && d.subject === 'i' && BELIEF.has(d.lemma ?? '')))
      continue;
    const either = findIn(s, c.verb, c.end, words('either'));
    // "You weren't to blame either", "you didn't deserve either": a pardon, not blame handed back.
    if (either >= 0 && findIn(s, c.verb, either, words('blame fault wrong deserve deserved')) >= 0) continue;
    if (either >= 0 && either <= c.verb + 6) yield spanFrom(c, either + 1);
  }
}

type Finder = (context: RuleContext, s: SentenceLanguage) => Iterable<TokenSpan>;

/** A detector with some of its findings let go. */
export function except(find: Finder, lets: (s: SentenceLanguage, span: TokenSpan) => boolean): Finder {
  return function* (context, s) {
    for (const span of find(context, s)) if (!lets(s, span)) yield span;
  };
}

const SAYING = words('tell say claim pretend insist make convince let act');
const TOLD = words('told said claimed pretended insisted');
const FONDLY = words('remember picture see imagine miss love hear watch');

/**
 * Blame the writer is owning, not laying: "I told everyone you'd abandoned me, which wasn't true",
 * "I let you think it was your fault". A past clause of saying before the finding, the writer's
 * (or with its subject left out, as in "and told everyone").
 */
export function writerToldIt(s: SentenceLanguage, k: number): boolean {
  // "... and told everyone you'd abandoned me": the saying verb's subject left out.
  for (let j = k - 1; j >= Math.max(s.first, k - 5); j--) {
    if (TOLD.has(word(s, j)) && !turnOfPhrase(s, j)) return word(s, j - 1) !== 'you' && lemma(s, j - 1) !== 'be';
  }
  for (const c of s.clauses) {
    if (c.first >= k) break;
    if (c.verb < 0 || c.verb >= k || turnOfPhrase(s, c.verb)) continue;
    if ((c.subject === 'i' || (c.subject === null && !c.imperative)) && SAYING.has(c.lemma ?? '') && c.past)
      return true;
  }
  return false;
}

/** "That said", "having said that", "all that said": a turn in the argument, not something told. */
function turnOfPhrase(s: SentenceLanguage, said: number): boolean {
  if (word(s, said) !== 'said') return false;
  return word(s, said - 1) === 'that' || (word(s, said - 1) === 'having' && word(s, said + 1) === 'that');
}

/** "Thought of you screaming at the telly", "the way you'd sing ... on purpose": fond memories, not blame. */
export function fondMemory(s: SentenceLanguage, span: TokenSpan): boolean {
  const before = lemma(s, span.first - 1);
  if (word(s, span.first) === 'you' && (FONDLY.has(before) || before === 'of')) return true;
  for (const c of s.clauses) {
    if (c.first <= span.first && span.first < c.end) return c.modal === 'would' && !c.negated;
  }
  return false;
}

/** Harm a detector read too loosely: "you're breaking hearts", "screaming at the telly". */
export function notHarm(s: SentenceLanguage, span: TokenSpan): boolean {
  // "You didn't deserve any of it", "you never deserved that": sympathy, not a charge.
  if (findIn(s, span.first, span.end, words('deserve deserved')) >= 0) return true;
  const end = word(s, span.end - 1);
  if (end === 'hearts') return true;
  // "You always put others before yourself": praise.
  if (word(s, span.end) === 'yourself' || word(s, span.end + 1) === 'yourself') return true;
  if (end === 'at') return findIn(s, span.end, span.end + 2, words('me us')) < 0;
  return false;
}

/** "Hope you get spoilt rotten": a wish, not a verdict. */
export function wishedOn(s: SentenceLanguage, span: TokenSpan): boolean {
  return (
    findIn(s, Math.max(s.first, span.first - 3), span.first, words('hope wish may')) >= 0 &&
    findIn(s, span.first, span.end, words('get got')) >= 0
  );
}

const THINKING = words('think thought believe believed feel felt assume assumed');

/**
 * Severity for a blame phrase: none when the writer is owning it ("I let you think it was your
 * fault", "I told everyone you'd abandoned me"), else an error.
 */
export function unlessOwned(context: RuleContext, match: Match): 'error' | null {
  const s = context.analysis.language.at(match.firstToken);
  // "I let you think it was your fault", "I know you felt it was your fault".
  const thinking = findIn(s, Math.max(s.first, match.firstToken - 3), match.firstToken, THINKING);
  if (thinking >= 0 && word(s, thinking - 1) === 'you') return null;
  return writerToldIt(s, match.firstToken) ? null : 'error';
}

const BAD = words('terrible awful horrible bad rotten nasty vile disgusting despicable cruel selfish toxic');
const PERSON = words('person human being man woman friend partner boyfriend girlfriend husband wife individual');

/** "You're a terrible person", "you were an awful partner": a verdict whose adjective is also a feeling. */
export function* badPerson(_context: RuleContext, s: SentenceLanguage): Iterable<TokenSpan> {
  for (const c of s.clauses) {
    if (!readerClause(s, c) || c.negated || !c.copula || (c.modal !== null && c.modal !== 'must')) continue;
    for (let k = c.verb + 1; k < Math.min(c.end, c.verb + 5); k++) {
      if (!BAD.has(word(s, k))) continue;
      // "You're not a terrible person": the negation may follow the linking verb.
      if (findIn(s, c.verb, k, words('not never')) >= 0) break;
      const head = findIn(s, k + 1, k + 3, PERSON);
      if (head >= 0) {
        yield spanFrom(c, head + 1);
        return;
      }
    }
  }
}

/** Cutting someone off online or off: the act a motive is most often pinned to. */
const CUT_OFF = words(`
  unfollow unfollowed unfollowing unfriend unfriended unfriending block blocked mute muted delete deleted remove removed
  dump dumped ditch ditched leave left
`);
/** What others would do or think, named as the point of the reader's act: "so people would think ...". */
const APPEARANCES = words('think see believe stop know notice feel');
/** Self-image, named as the point: "so you could look good", "so you'd feel better about yourself". */
const IMAGE = words('good better big cool innocent like clever smart hard decent generous');
/** What the writer was meant to feel: "so I'd feel guilty", "so that I would look stupid". */
const MADE_TO_FEEL = words('bad guilty jealous small stupid worse silly foolish awful terrible like');

/**
 * "You only unfollowed me so your new friends would stop asking", "you just apologised so that
 * everyone would think you were the good guy", "you only rang so I'd feel guilty": a limited act
 * of the reader ("only", "just", "merely") with a purpose clause ("so", "so that") that names a
 * motive of image, of cutting off, or of making the writer feel bad. A purpose that spares the
 * writer ("so I wouldn't worry") is kindness, and passes.
 */
export function* purposeOfReader(_context: RuleContext, s: SentenceLanguage): Iterable<TokenSpan> {
  const clauses = s.clauses;
  for (let i = 0; i + 1 < clauses.length; i++) {
    const c = clauses[i] as Clause;
    if (!readerClause(s, c) || c.negated || c.modal !== null || s.question) continue;
    const d = clauses[i + 1] as Clause;
    const because = words('because cos coz cuz since').has(word(s, d.first));
    if ((word(s, d.first) !== 'so' && !because) || d.verb < 0 || d.subject === null) continue;
    // "You only rang so ...", "you apologised only so that ...".
    const limited = findIn(s, c.subjectEnd, c.verb, LIMITING) >= 0 || LIMITING.has(word(s, d.first - 1));
    if (!limited) continue;
    const act = lemma(s, c.verb);
    const verb = d.lemma ?? '';
    const after = afterVerb(d);
    const cutOff = HARM_VERBS.has(act) || CUT_OFF.has(word(s, c.verb)) || CUT_OFF.has(act);
    let motive = false;
    if (because) {
      // "You only came back because you needed somewhere to stay", "... because your new bloke dumped you":
      // a self-serving reason; "you only left early because your mum was ill" is a reason, not a motive.
      const needy = d.subject === 'you' && !d.negated && words('need want miss').has(verb);
      const dumped =
        d.subject === 'third' && HARM_VERBS.has(verb) && findIn(s, after.from, after.from + 2, words('you')) >= 0;
      if (needy || dumped) yield { first: c.subjectFirst, end: Math.min(s.end, d.verb + 1) };
      continue;
    }
    if (d.subject === 'i') {
      // "so I'd feel guilty", "so I would suffer": the writer made to feel bad.
      const feel = verb === 'feel' || verb === 'be' || verb === 'look';
      motive =
        !d.negated &&
        ((feel && findIn(s, after.from, Math.min(after.to, after.from + 3), MADE_TO_FEEL) >= 0) || SUFFERING.has(verb));
    } else if (d.subject === 'you') {
      // "so you could look good", "so you'd feel better about yourself".
      const image =
        (d.copula || verb === 'feel') && findIn(s, after.from, Math.min(after.to, after.from + 3), IMAGE) >= 0;
      // "You just blocked me so you wouldn't have to explain": cutting off to avoid something.
      // "so you don't feel guilty", "so you'd feel less bad about it".
      const guilt =
        verb === 'feel' && findIn(s, after.from, Math.min(after.to, after.from + 3), words('guilty bad')) >= 0;
      motive = image || guilt || (cutOff && d.negated);
    } else if (d.subject === 'third' || d.subject === 'thing') {
      // "so your friends would stop asking", "so that everyone would think ...", "so your mum would get off your back".
      motive =
        APPEARANCES.has(verb) ||
        (verb === 'get' && findIn(s, after.from, Math.min(after.to, after.from + 2), words('off')) >= 0);
    }
    if (motive) yield { first: c.subjectFirst, end: Math.min(s.end, d.verb + 1) };
  }
}

const LIMITING = words('only just merely simply purely');
/** Affection and contact the reader gave: "you only liked me", "you stayed with me", "you were sweet to him". */
const AFFECTION = words('like love marry stay call ring come visit text remember want date help be');
const WARM = words('sweet nice kind good lovely friendly');

/**
 * "You only liked me because I cook nice", "you stayed with me only until your residency came
 * through", "you were only sweet to my dad because he owned the shop": affection put down to
 * gain. "You only left early because your mum was ill" gives a reason for leaving, not for
 * caring, and passes.
 */
export function* affectionForGain(_context: RuleContext, s: SentenceLanguage): Iterable<TokenSpan> {
  for (const c of s.clauses) {
    if (!readerClause(s, c) || c.negated || c.modal !== null || s.question) continue;
    const verb = c.lemma ?? '';
    if (!AFFECTION.has(verb)) continue;
    if (verb === 'be' && findIn(s, c.verb + 1, Math.min(c.end, c.verb + 4), WARM) < 0) continue;
    const end = Math.min(s.end, c.verb + 8);
    const limited = findIn(s, c.subjectEnd, end, LIMITING);
    if (limited < 0) continue;
    const reason = findIn(
      s,
      limited + 1,
      Math.min(s.end, limited + 8),
      words('because cos coz cuz until till for when'),
    );
    if (reason < 0 || word(s, reason + 1) === 'a' || word(s, reason + 1) === 'the') continue;
    // "You only came because I asked, and I was so grateful": the writer's own ask, or thanks, is no charge.
    if (word(s, reason + 1) === 'i' && words('asked ask begged needed invited').has(word(s, reason + 2))) continue;
    if (findIn(s, s.first, s.end, words('grateful thankful kind lovely meant')) >= 0) continue;
    yield { first: c.subjectFirst, end: Math.min(s.end, reason + 4) };
    return;
  }
}
/** Aims that are a motive when the reader's act was "only" for them: "to hurt me", "to get away from me". */
const AIMED_AT_ME = words('hurt spite punish upset humiliate embarrass provoke wind annoy');

/**
 * "You only took the job to get away from me", "you just came to rub it in", "you only rang to
 * make me feel small": a limited act of the reader with a purpose that is a jab at the writer.
 * "You only called to check I was safe" names a kindness, and passes.
 */
export function* aimOfReader(_context: RuleContext, s: SentenceLanguage): Iterable<TokenSpan> {
  for (const c of s.clauses) {
    if (!readerClause(s, c) || c.negated || c.modal !== null || s.question) continue;
    if (findIn(s, c.subjectEnd, c.verb, LIMITING) < 0) continue;
    const end = Math.min(s.end, c.verb + 10);
    for (let to = c.verb + 1; to < end; to++) {
      if (word(s, to) !== 'to') continue;
      const aim = lemma(s, to + 1);
      const me = writerObjectAfter(s, to + 2, s.end, 4);
      const jab =
        (AIMED_AT_ME.has(aim) && me >= 0) ||
        (aim === 'get' && readsAt(s, to + 2, 'away from') && me >= 0) ||
        ((aim === 'escape' || aim === 'avoid') && word(s, to + 2) === 'me') ||
        (aim === 'rub' && readsAt(s, to + 2, 'it in')) ||
        (aim === 'show' && readsAt(s, to + 2, 'off')) ||
        (aim === 'make' && word(s, to + 2) === 'me' && findIn(s, to + 3, Math.min(s.end, to + 6), MADE_TO_FEEL) >= 0);
      if (jab) {
        yield { first: c.subjectFirst, end: Math.min(s.end, me >= 0 ? me + 1 : to + 4) };
        return;
      }
    }
  }
}
const SUFFERING = words('suffer cry beg squirm grovel pay hurt');

const STOPPING = words('stop stops stopped quit quits');
const ACTING = words('act acting behave behaving');
const OTHERS = words('i we he she they');
const CONTINUES = words('to not nt will would can could should must might may');

/** A judgement from k on (after degree words), in a short run of describing words: "so stubborn and childish". */
function judgementFrom(s: SentenceLanguage, k: number): number {
  let j = k;
  while (j < s.end && j < k + 4 && DEGREE.has(word(s, j))) j++;
  for (let n = 0; j < s.end && n < 4; j++, n++) {
    const w = word(s, j);
    if (judges(lemma(s, j), w) && !FEELINGS.has(w)) return j;
    const p = pos(s, j);
    if (p !== 'ADJ' && p !== 'NOUN' && p !== 'ADV' && p !== 'CCONJ' && !DEGREE.has(w)) return -1;
  }
  return -1;
}

/**
 * A judgement taken for granted: "once you stop being so stubborn", "stop acting like a spoilt
 * brat", "if you weren't so selfish we'd still be together", "if you had been less arrogant". The
 * reader is told what they are by being told to stop, or by a wish that they were not.
 */
export function* presumedJudgement(_context: RuleContext, s: SentenceLanguage): Iterable<TokenSpan> {
  for (let k = s.first; k < s.end - 1; k++) {
    const w = word(s, k);
    if (STOPPING.has(w)) {
      const being =
        word(s, k + 1) === 'being' ? k + 2 : ACTING.has(word(s, k + 1)) && word(s, k + 2) === 'like' ? k + 3 : -1;
      if (being < 0) continue;
      // "Once I stop being so stubborn", "I wish he'd stop being rude": someone else is told to stop.
      const c = clauseAt(s, k);
      if (c && c.subjectFirst !== k && c.subject !== null && c.subject !== 'you' && c.subject !== 'thing') continue;
      if (c && c.subject === 'thing' && c.subjectFirst !== k) continue;
      // "The dog won't stop being clingy", "my boss needs to stop being so controlling": a "stop" read as a
      // noun continues the verb group before it, whose subject is the one told to stop.
      if (c && c.subjectFirst === k && CONTINUES.has(word(s, k - 1))) {
        const before = clauseAt(s, k - 1);
        if (!before || before.subject !== 'you') continue;
      }
      if (findIn(s, Math.max(s.first, k - 3), k, OTHERS) >= 0) continue;
      const judged = judgementFrom(s, being);
      if (judged >= 0) {
        yield { first: c && c.subjectFirst >= 0 && c.subject === 'you' ? c.subjectFirst : k, end: judged + 1 };
        return;
      }
      continue;
    }
    // "If you weren't so selfish", "if only you had been less arrogant".
    if (w !== 'if') continue;
    const you = findIn(s, k + 1, Math.min(s.end, k + 3), words('you u'));
    if (you < 0) continue;
    let j = you + 1;
    while (j < s.end && j < you + 5 && words('were was had been would have not nt never').has(word(s, j))) j++;
    const negated = findIn(s, you + 1, j, words('not nt never')) >= 0;
    const be = findIn(s, you + 1, j, words('were was been')) >= 0;
    if (!be) continue;
    const degree = word(s, j);
    if (!((negated && words('so such that').has(degree)) || (!negated && degree === 'less'))) continue;
    const judged = judgementFrom(s, degree === 'less' ? j + 1 : j);
    if (judged >= 0) {
      yield { first: you, end: judged + 1 };
      return;
    }
  }
}

/** Where "on my own", "alone", "by myself" ends, if it starts at k; else -1. */
function lonelyAt(s: SentenceLanguage, k: number): number {
  const w = word(s, k);
  if (w === 'alone' || w === 'lonely') return k + 1;
  if (w === 'on' && (word(s, k + 1) === 'my' || word(s, k + 1) === 'me') && word(s, k + 2) === 'own') return k + 3;
  if (w === 'by' && word(s, k + 1) === 'myself') return k + 2;
  if ((w === 'nobody' || w === 'no') && (word(s, k + 1) === 'to' || readsAt(s, k + 1, 'one to'))) return k + 1;
  return -1;
}

/** States the writer resigns themself to: "be", "get used to being", "spend it", "grow old". */
const RESIGNED = words('be get stay spend sit end grow die rot cope manage have carry wait');
/** What turns a plan into a sigh: "then", "I guess", "I suppose", "fine". */
const SIGH = words('then guess suppose spose fine');

/**
 * Self-pity as a lever: "I guess I'll just be on my own then", "if you say no, I'll just get used
 * to being on my own", and loneliness waved away with a dig: "first one on my own in nine years,
 * but don't you worry about me", "spent the weekend alone, but I'm sure you were having a blast".
 */
export function* selfPity(_context: RuleContext, s: SentenceLanguage): Iterable<TokenSpan> {
  let lonely = -1;
  let lonelyEnd = -1;
  for (let k = s.first; k < s.end; k++) {
    const end = lonelyAt(s, k);
    if (end < 0) continue;
    lonely = k;
    lonelyEnd = end;
    break;
  }
  if (lonely < 0) return;
  // "I'll just be on my own then": a resigned future, with a sigh or the reader's refusal.
  let refused = false;
  for (const c of s.clauses) {
    // "If you say no, ...": the reader's refusal, read once in order (no scan back per clause).
    const before = refused;
    if (c.subject === 'you' && c.conditional) refused = true;
    if (c.subject !== 'i' || c.negated || (c.modal !== 'will' && c.modal !== 'shall') || c.verb < 0) continue;
    // The loneliness inside this clause: "I'll just get used to being on my own".
    let end = -1;
    for (let k = c.verb; k < c.end && end < 0; k++) end = lonelyAt(s, k);
    if (end < 0) continue;
    if (findIn(s, c.subjectFirst, c.verb + 1, words('just simply')) < 0 || !RESIGNED.has(c.lemma ?? '')) continue;
    // "I'll just have to go on my own": a plan; "I'll just have to get used to being alone": a sigh.
    if (c.lemma === 'have' && word(s, c.verb + 1) === 'to' && !RESIGNED.has(lemma(s, c.verb + 2))) continue;
    const usual = findPhrase(s, s.first, s.end, 'as usual') >= 0 || findPhrase(s, s.first, s.end, 'as always') >= 0;
    if (before || usual || findIn(s, s.first, s.end, SIGH) >= 0) {
      yield { first: c.subjectFirst, end };
      return;
    }
  }
  // "... on my own, but don't you worry about me", "... alone, but I'm sure you're having a great time".
  for (let k = lonelyEnd; k < s.end; k++) {
    if (word(s, k) !== 'but') continue;
    let j = k + 1;
    if (readsAt(s, j, 'do not')) j += 2;
    if (word(s, j) === 'you') j++;
    const waved =
      ((words('worry fret').has(word(s, j)) && readsAt(s, j + 1, 'about me')) ||
        (word(s, j) === 'mind' && word(s, j + 1) === 'me') ||
        readsAt(s, k + 1, 'never mind me')) &&
      !words('being getting having').has(word(s, j + 3));
    const sure = readsAt(s, k + 1, 'i am sure you') && words('are were will').has(word(s, k + 5));
    if (waved || sure) {
      yield { first: lonely, end: Math.min(s.end, (sure ? k + 7 : j + 3) + 0) };
      return;
    }
  }
}

/** Ways of leaving a relationship in spirit: "checked out", "gave up", "stopped trying". Verb lemma, particle. */
const QUITTING: Readonly<Record<string, string>> = {
  check: 'out',
  give: 'up',
  stop: 'trying caring bothering',
  walk: 'away out',
  fall: 'out',
  lose: 'interest',
  switch: 'off',
  tap: 'out',
  zone: 'out',
  bail: '',
  quit: '',
};
const RELATIONSHIP = words('relationship marriage us it things thing');
const BEFORE_FILLER = words('long way well ages months years weeks a good while emotionally already completely');

/** A finite reader clause stated as fact ("you'd stopped" reads as "you would stopped": a past participle). */
function readerFact(s: SentenceLanguage, c: Clause): boolean {
  if (!readerClause(s, c) || c.negated || (s.question && c.wh === null)) return false;
  return c.modal === null || (c.modal === 'would' && word(s, c.verb) !== lemma(s, c.verb));
}

/**
 * "You checked out of our relationship long before I did", "you'd stopped trying months before we
 * split", "you'd fallen out of love with me way before I left": the end laid at the reader's door.
 * A habit given up first ("you gave up smoking before I did") is no blame.
 */
export function* quitFirst(_context: RuleContext, s: SentenceLanguage): Iterable<TokenSpan> {
  for (const c of s.clauses) {
    if (!readerFact(s, c)) continue;
    const particles = QUITTING[c.lemma ?? ''];
    if (particles === undefined) continue;
    let j = c.verb + 1;
    if (particles !== '') {
      if (!words(particles).has(word(s, j))) continue;
      j++;
    }
    // "gave up on me", "bailed on us": the writer left behind.
    const on = word(s, j) === 'on' && words('me us').has(word(s, j + 1));
    if (on) j += 2;
    // "out of our relationship", "out of love with me".
    if (word(s, j) === 'of' && word(s, j + 1) === 'love') j += 2;
    else if (word(s, j) === 'of' && words('our the this').has(word(s, j + 1)) && RELATIONSHIP.has(word(s, j + 2)))
      j += 3;
    else if (word(s, j) === 'of' && word(s, j + 1) === 'us') j += 2;
    if (word(s, j) === 'with' && words('me us').has(word(s, j + 1))) j += 2;
    const to = Math.min(s.end, j + 4);
    let k = j;
    while (k < to && (BEFORE_FILLER.has(word(s, k)) || pos(s, k) === 'NUM')) k++;
    const first = word(s, k) === 'first' && k === j;
    const before = word(s, k) === 'before' && words('i we the it you things anything').has(word(s, k + 1));
    if (first || before) yield spanFrom(c, Math.min(s.end, before ? k + 3 : k + 1));
    else if (on) yield spanFrom(c, j);
  }
}

const SPEED = words('quickly quick fast soon swiftly rapidly overnight speedily');

/** Where a move-on phrase starts at k ends: "moved on", "got over me", "bounced back", "replaced me". */
function movedOnAt(s: SentenceLanguage, k: number): number {
  const l = lemma(s, k);
  const next = word(s, k + 1);
  if (l === 'move' && next === 'on' && !words('to from with').has(word(s, k + 2))) return k + 2;
  if (l === 'bounce' && next === 'back' && !words('from after').has(word(s, k + 2))) return k + 2;
  if (l === 'get' && next === 'over' && words('me us it things').has(word(s, k + 2))) return k + 3;
  if (l === 'replace' && (next === 'me' || next === 'us')) return k + 2;
  if (l === 'find' && words('someone somebody').has(next) && words('new else').has(word(s, k + 2))) return k + 3;
  return -1;
}

/**
 * "You bounced back pretty quickly by the look of things", "u got over me quick lol", "you found
 * someone new in no time": the speed of the reader's recovery held against them. Not a wish ("I
 * hope you move on quickly"), a recovery from illness ("bounced back after the surgery") or
 * something else got over ("you got over the flu quickly").
 */
export function* movedOnFast(_context: RuleContext, s: SentenceLanguage): Iterable<TokenSpan> {
  let wished = false;
  for (const c of s.clauses) {
    // "I hope you move on quickly": a wish, read once in order.
    const hoped = wished;
    if (words('hope wish want pray').has(c.lemma ?? '')) wished = true;
    if (hoped || !readerFact(s, c)) continue;
    // "You seem to have got over us rather swiftly": the phrase may follow "seem to have".
    const from = c.verb;
    const to = Math.min(c.end, c.verb + 5);
    let end = -1;
    for (let k = from; k < to && end < 0; k++) end = movedOnAt(s, k);
    if (end < 0) continue;
    const speed = findIn(s, end, Math.min(c.end, end + 6), SPEED);
    const noTime = findPhrase(s, end, Math.min(c.end, end + 6), 'no time');
    const at = speed >= 0 ? speed : noTime >= 0 ? noTime + 1 : -1;
    // "You bounced back so quickly after the surgery": a recovery, unless from the two of you.
    const after = findIn(s, end, c.end, words('after from'));
    if (
      after >= 0 &&
      !(words('we i us our me splitting').has(word(s, after + 1)) || readsAt(s, after + 1, 'the breakup'))
    )
      continue;
    if (at >= 0) yield spanFrom(c, at + 1);
  }
}

/** Where a bill frame starts at k: "so excuse me if", "which is more than most people would have done". */
function billAt(s: SentenceLanguage, k: number): boolean {
  const w = word(s, k);
  if (words('excuse forgive pardon').has(w) && word(s, k + 1) === 'me' && words('if for').has(word(s, k + 2)))
    return word(s, k - 1) === 'so' || word(s, k - 1) === 'just';
  if (
    w === 'more' &&
    word(s, k + 1) === 'than' &&
    words('most many anyone anybody other others half').has(word(s, k + 2))
  )
    return findIn(s, k + 3, Math.min(s.end, k + 7), words('would could')) >= 0;
  if (w === 'and' && (readsAt(s, k + 1, 'this is the thanks') || readsAt(s, k + 1, 'that is the thanks'))) return true;
  if (w === 'and' && (readsAt(s, k + 1, 'this is how you') || readsAt(s, k + 1, 'that is how you')))
    return words('repay thank treat').has(lemma(s, k + 5));
  return w === 'and' && readsAt(s, k + 1, 'what did i get');
}

/**
 * Kindness presented as a bill: "I paid your rent for five months ..., so excuse me if 'let's be
 * friends' doesn't quite cover it", "I stood by you through your redundancy, which is more than
 * most people would have done". What the writer did for the reader, then a frame that asks for
 * payment; the same kindness told plainly ("I stood by you, and you stood by me") passes.
 */
export function* billForKindness(_context: RuleContext, s: SentenceLanguage): Iterable<TokenSpan> {
  let done = -1;
  for (const c of s.clauses) {
    if (c.subject !== 'i' || c.negated || c.conditional || c.verb < 0 || c.modal !== null) continue;
    if (!c.past && findIn(s, c.verbFirst, c.verb, words('have has')) < 0) continue;
    if (findIn(s, c.verb + 1, Math.min(c.end, c.verb + 5), words('you your')) < 0) continue;
    done = c.subjectFirst;
    break;
  }
  if (done < 0) return;
  for (let k = done + 3; k < s.end; k++) {
    if (billAt(s, k)) {
      yield { first: done, end: s.end };
      return;
    }
  }
}

const DELIGHT = words('christmas sweet candy toy puppy birthday');
/** What the reader acted like: "like a spoilt child", "like an animal". */
const CHILDISH = words('child kid baby toddler teenager teen brat animal idiot toddler schoolboy schoolgirl');
/** Harms a mocking "thanks for ..." names: "cheers for dropping me", "thanks for ghosting me". */
const THANKED_HARMS = words(
  'dump drop ditch ghost ignore block blank abandon betray humiliate embarrass ruin wreck use mislead dismiss forget ' +
    'bin unfollow unfriend mug',
);

/**
 * Verdicts on the reader's conduct in shapes the copula misses: "your a snake" (for "you're"),
 * "you behaved like a spoilt child", "what a selfish thing to do", "I can't believe how selfish you
 * were", and thanks for a harm ("cheers for dropping me the week of my exams").
 */
export function* conductVerdict(_context: RuleContext, s: SentenceLanguage): Iterable<TokenSpan> {
  for (let k = s.first; k < s.end - 1; k++) {
    const w = word(s, k);
    // "your a snake", "ur such a liar": "your" before an article is "you're".
    if (w === 'your' && words('a an such so').has(word(s, k + 1))) {
      const judged = judgementFrom(s, k + 1);
      if (judged >= 0) {
        yield { first: k, end: judged + 1 };
        return;
      }
    }
    // "what a selfish thing to do", "what a cruel thing to say".
    if (w === 'what' && word(s, k + 1) === 'a' && k + 5 <= s.end) {
      const adj = k + 2;
      if (
        judges(lemma(s, adj), word(s, adj)) &&
        !FEELINGS.has(word(s, adj)) &&
        words('thing way').has(word(s, adj + 1)) &&
        word(s, adj + 2) === 'to' &&
        words('do say write').has(lemma(s, adj + 3))
      ) {
        yield { first: k, end: adj + 4 };
        return;
      }
    }
    // "how selfish you were", "how cruel you've been": an exclamation of judgement.
    if (w === 'how' && judges(lemma(s, k + 1), word(s, k + 1)) && !FEELINGS.has(word(s, k + 1))) {
      if (word(s, k + 2) === 'you' && findIn(s, k + 3, Math.min(s.end, k + 5), words('be were are was been')) >= 0) {
        yield { first: k, end: Math.min(s.end, k + 4) };
        return;
      }
    }
    // "Cheers for dropping me the week of my exams", "thanks for ghosting me".
    if (words('thanks thank cheers ta thx').has(w) && k <= s.first + 2) {
      const f = findIn(s, k + 1, Math.min(s.end, k + 3), words('for'));
      const harm = f + 1;
      if (f >= 0 && word(s, harm).endsWith('ing') && THANKED_HARMS.has(lemma(s, harm))) {
        const drop = lemma(s, harm) === 'drop';
        const me = words(drop ? 'me us' : 'me us my').has(word(s, harm + 1));
        // "Thanks for dropping me home": a lift.
        const lift = drop && findIn(s, harm + 2, Math.min(s.end, harm + 4), words('off home at back round there')) >= 0;
        if (me && !lift) {
          yield { first: k, end: harm + 2 };
          return;
        }
      }
    }
  }
  // "You behaved like a spoilt child", "you acted like an animal".
  for (const c of s.clauses) {
    if (!readerClause(s, c) || c.negated || c.modal !== null) continue;
    if (c.lemma !== 'act' && c.lemma !== 'behave') continue;
    if (word(s, c.verb + 1) !== 'like') continue;
    // "Like a kid on Christmas morning", "like a child in a sweet shop": delight, not a verdict.
    if (findIn(s, c.verb + 2, Math.min(s.end, c.verb + 9), DELIGHT) >= 0) continue;
    for (let j = c.verb + 2; j < Math.min(c.end, c.verb + 6); j++) {
      if (CHILDISH.has(lemma(s, j)) || (judges(lemma(s, j), word(s, j)) && !FEELINGS.has(word(s, j)))) {
        yield spanFrom(c, j + 1);
        return;
      }
    }
  }
}

/**
 * A good wish with a complaint tucked behind "even though": "wishing you a happy birthday, even
 * though you forgot mine", "merry Christmas, although you never called". Not "even though you're
 * busy" or "even though you never liked cake".
 */
export function* despiteYou(_context: RuleContext, s: SentenceLanguage): Iterable<TokenSpan> {
  for (const c of s.clauses) {
    if (!readerClause(s, c) || !words('though although even').has(c.opener ?? '')) continue;
    const verb = c.lemma ?? '';
    const mine = findIn(s, c.verb + 1, Math.min(c.end, c.verb + 3), words('mine ours me us my our')) >= 0;
    const harm =
      !c.negated && (verb === 'forget' || verb === 'miss' || verb === 'skip' || HARM_VERBS.has(verb)) && mine;
    const neglect = c.negated && OWED.has(verb) && verb !== 'look' && verb !== 'try';
    if (harm || neglect) yield spanFrom(c, Math.min(c.end, c.verb + 3));
  }
}

/** What the reader did, named: "your behaviour", "your conduct", "your attitude". */
const CONDUCT = words('behaviour behavior conduct attitude actions treatment manner tone reply response silence');

/** "Your conduct towards me was disgraceful", "your behaviour was so selfish": a verdict on the reader's conduct. */
export function* conductJudged(_context: RuleContext, s: SentenceLanguage): Iterable<TokenSpan> {
  for (let k = s.first; k < s.end - 2; k++) {
    if (word(s, k) !== 'your' || !CONDUCT.has(word(s, k + 1))) continue;
    // "your conduct (towards me) was disgraceful": the verb within a few words.
    const be = findIn(s, k + 2, Math.min(s.end, k + 6), words('is was has been'));
    if (be < 0 || findIn(s, k + 2, be, words('if when')) >= 0) continue;
    if (findIn(s, be + 1, Math.min(s.end, be + 3), words('not nt never')) >= 0) continue;
    if (reportedInSentence(s, k) || findIn(s, s.first, k, words('if')) >= 0) continue;
    const judged = judgementFrom(s, word(s, be + 1) === 'been' ? be + 2 : be + 1);
    if (judged >= 0) {
      yield { first: k, end: judged + 1 };
      return;
    }
  }
}

/** What a counterfactual says would have gone otherwise: the relationship, not the writer's own life. */
const WHAT_WENT = words('this it we things us');

/**
 * "If your mother hadn't interfered, none of this would have happened", "none of this would have
 * happened if you'd listened", "had you talked to me, we'd still be together": the end laid at the
 * reader's (or their family's) door. Not "if I had listened", nor "if you hadn't driven me to the
 * hospital, I wouldn't be here", which thanks.
 */
export function* ifOnlyYou(_context: RuleContext, s: SentenceLanguage): Iterable<TokenSpan> {
  const at = (k: number): string => (k >= s.first && k < s.end ? (s.tokens[k]?.word ?? '') : '');
  let condition = -1;
  for (let k = s.first; k < s.end && condition < 0; k++) {
    const opener =
      at(k) === 'if' ? 1 : at(k) === 'had' && at(k + 1) === 'you' && (k === s.first || at(k - 1) === 'but') ? 0 : -1;
    if (opener < 0) continue;
    const who = k + 1;
    if (at(who) !== 'you' && at(who) !== 'your') continue;
    const had = opener === 0 ? k : findIn(s, who + 1, Math.min(s.end, who + 4), words('had'));
    if (had >= 0) condition = k;
  }
  if (condition < 0) return;
  for (let k = s.first + 1; k < s.end; k++) {
    if (at(k) !== 'would') continue;
    const next = at(k + 1) === 'still' || at(k + 1) === 'not' || at(k + 1) === 'never' ? k + 2 : k + 1;
    if (at(next) !== 'have' && at(next) !== 'be') continue;
    const none = at(k - 3) === 'none' && at(k - 2) === 'of' && at(k - 1) === 'this';
    if (!none && !WHAT_WENT.has(at(k - 1))) continue;
    const first = Math.min(condition, none ? k - 3 : k - 1);
    yield { first, end: Math.min(s.end, Math.max(next + 2, condition + 4)) };
    return;
  }
}
