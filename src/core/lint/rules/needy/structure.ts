/**
 * More neediness read from structure, by family rather than by phrase:
 *
 * - an explanation demanded: need / want / deserve, or an imperative, + the reader + explain / tell
 *   + why or what went wrong ("I need you to explain what happened", "just tell me what I did
 *   wrong", "I deserve to finally understand why you walked away");
 * - no rest told with its cause: the writer cannot sleep, eat or get off the sofa while going over
 *   the breakup ("I keep replaying it and I can't sleep");
 * - nobody left since: "I've had nobody to talk to since";
 * - a question whether what we had meant anything to the reader ("did what we had mean anything
 *   to you, or was it just me?").
 */
import { GAP, type Token } from '../../engine/tokenize';
import { BASIC_NEEDS } from '../../lexicon/feelings';
import { words } from '../../lexicon/words';
import type { SentenceLanguage } from '../../language';
import { findIn, findPhrase, readsAt, sentenceSpan, spanFrom, word } from '../../language/query';
import type { RuleContext, TokenSpan } from '../../rule';

/** Adverbs that may stand inside the demand: "to finally understand", "to just tell me". */
const ADVERBS = words('just finally at least properly really honestly actually simply please even once straight');

function skipAdverbs(s: SentenceLanguage, k: number): number {
  let j = k;
  while (j < s.end && j < k + 3 && (ADVERBS.has(word(s, j)) || word(s, j) === 'at' || word(s, j) === 'least')) j++;
  return j;
}

/** The end of a sentence or clause at token k: nothing more, or a comma, "and", "but", "so". */
function endsAt(s: SentenceLanguage, k: number): boolean {
  if (k >= s.end) return true;
  const w = word(s, k);
  return (s.tokens[k] as Token).gap >= GAP.soft || w === 'and' || w === 'but' || w === 'so' || w === 'because';
}

/** What went wrong between us, after "tell me" / "explain": "why", "what happened", "what I did wrong". */
function whatWentWrong(s: SentenceLanguage, k: number): number {
  const w = word(s, k);
  if (w === 'why') return k + 1;
  if (w === 'how' && findIn(s, k + 1, k + 4, words('could ended end happened')) >= 0) return k + 2;
  if (w !== 'what') return -1;
  // "What happened" on its own or between us, not "what happened at the match".
  if (readsAt(s, k + 1, 'happened')) {
    const after = k + 2;
    if (endsAt(s, after) || findIn(s, after, after + 1, words('between exactly')) >= 0) return after;
    if (readsAt(s, after, 'to us') || readsAt(s, after, 'with us') || readsAt(s, after, 'with you')) return after + 2;
    return -1;
  }
  if (readsAt(s, k + 1, 'went wrong')) return k + 3;
  if (readsAt(s, k + 1, 'changed')) return k + 2;
  // "What I did wrong", "what I did" and nothing more.
  if (readsAt(s, k + 1, 'i did') || readsAt(s, k + 1, 'i have done') || readsAt(s, k + 1, 'i had done')) {
    const after = k + (word(s, k + 2) === 'did' ? 3 : 4);
    if (word(s, after) === 'wrong') return after + 1;
    if (endsAt(s, after)) return after;
  }
  return -1;
}

const DEMAND_VERBS = words('need want deserve');
const TELL = words('tell explain say');
/** What a writer can be owed by the reader: "I deserve an answer", "I deserve the truth". */
const OWED = words('answer answers truth reason reasons explanation');

/**
 * "I need you to explain what happened", "just tell me what I did wrong", "I deserve to finally
 * understand why you walked away", "I think I deserve an answer".
 */
export function* explanationDemanded(_context: RuleContext, s: SentenceLanguage): Iterable<TokenSpan> {
  for (const c of s.clauses) {
    if (c.negated || c.conditional || c.verb < 0) continue;
    const verb = c.lemma ?? '';
    if (c.subject === 'i' && DEMAND_VERBS.has(verb)) {
      let j = c.verb + 1;
      if (verb === 'deserve') {
        const owed = findIn(s, j, Math.min(c.end, j + 3), OWED);
        if (owed >= 0 && findIn(s, j, owed, words('you he she they')) < 0) {
          yield spanFrom(c, owed + 1);
          return;
        }
      }
      // "...you to explain", "...to know why": the reader made to explain, or the writer to be told.
      // "I want that you explain" (a learner's order) reads the same.
      if (word(s, j) === 'that' && (word(s, j + 1) === 'you' || word(s, j + 1) === 'u')) j++;
      const reader = word(s, j) === 'you' || word(s, j) === 'u';
      if (reader) j++;
      if (word(s, j) === 'to') j++;
      else if (!reader || !TELL.has(word(s, j))) continue;
      j = skipAdverbs(s, j);
      const act = word(s, j);
      if (reader && TELL.has(act)) {
        let k = j + 1;
        if (word(s, k) === 'me' || readsAt(s, k, 'to me')) k += word(s, k) === 'me' ? 1 : 2;
        k = skipAdverbs(s, k);
        if (
          act === 'explain' &&
          (endsAt(s, k) || findIn(s, k, k + 1, words('yourself everything it that this')) >= 0)
        ) {
          yield spanFrom(c, k + 1);
          return;
        }
        const end = whatWentWrong(s, k);
        if (end >= 0 || readsAt(s, k, 'the truth')) {
          yield spanFrom(c, end >= 0 ? end : k + 2);
          return;
        }
      }
      if (!reader && verb === 'deserve' && (act === 'know' || act === 'understand' || act === 'hear')) {
        const end = whatWentWrong(s, j + 1);
        if (end >= 0) {
          yield spanFrom(c, end);
          return;
        }
      }
    }
    // "Just tell me what I did wrong", "please explain to me why".
    if (c.imperative && TELL.has(verb)) {
      let k = c.verb + 1;
      if (word(s, k) === 'me') k++;
      else if (readsAt(s, k, 'to me')) k += 2;
      else if (verb === 'tell') continue;
      k = skipAdverbs(s, k);
      const end = whatWentWrong(s, k);
      if (end >= 0) {
        yield { first: c.verbFirst >= 0 ? c.verbFirst : c.first, end };
        return;
      }
    }
  }
}

/** Going over it: "I keep replaying it", "I keep wondering whether", "going over everything". */
const GOING_OVER = words('replaying reliving rewinding overthinking wondering');
const THINKING = words('thinking');
const ABOUT_US = words('it everything us you what how why whether that our');

function goingOver(s: SentenceLanguage): boolean {
  for (let k = s.first; k < s.end; k++) {
    const w = word(s, k);
    const next = word(s, k + 1);
    if (GOING_OVER.has(w) && (ABOUT_US.has(next) || w === 'wondering')) return true;
    if (w === 'going' && next === 'over' && ABOUT_US.has(word(s, k + 2))) return true;
    if (THINKING.has(w) && next === 'about' && ABOUT_US.has(word(s, k + 2))) return true;
  }
  return false;
}

/** "How we ended", "since you left", "since we split", "the breakup": what ties it to the reader. */
function tiedToUs(s: SentenceLanguage): boolean {
  if (findIn(s, s.first, s.end, words('breakup break-up split divorce')) >= 0) return true;
  for (let k = s.first; k < s.end; k++) {
    const w = word(s, k);
    const next = word(s, k + 1);
    // "Without you", "since you left"; not "since you asked".
    if (w === 'without' && next === 'you') return true;
    if (w === 'since' && next === 'you' && LEFT.has(word(s, k + 2))) return true;
    if ((w === 'how' || w === 'since' || w === 'when') && next === 'we' && findIn(s, k + 2, k + 4, PARTED) >= 0)
      return true;
  }
  return false;
}
const PARTED = words('ended end split broke parted finished separated');
const LEFT = words('left went go gone moved walked ended broke dumped stopped');

/** Getting through the day: "get off the sofa", "get out of bed", "leave the house". */
function dailyLife(s: SentenceLanguage, verb: number, lemma: string): boolean {
  if (lemma === 'get')
    return (
      readsAt(s, verb + 1, 'out of bed') ||
      readsAt(s, verb + 1, 'off the sofa') ||
      readsAt(s, verb + 1, 'off the couch') ||
      readsAt(s, verb + 1, 'up') ||
      readsAt(s, verb + 1, 'through the day')
    );
  if (lemma === 'leave') return readsAt(s, verb + 1, 'the house') || readsAt(s, verb + 1, 'my room');
  return false;
}

/**
 * "I keep replaying it and I can't sleep", "most days I can't get off the sofa, and I keep
 * wondering whether it's because of how we ended": no rest, with the breakup as its cause.
 */
export function* noRestOverUs(_context: RuleContext, s: SentenceLanguage): Iterable<TokenSpan> {
  let over: boolean | null = null;
  // "..., can barely eat, can't sleep": a list with the "I" dropped, which the clause reader joins.
  for (let k = s.first + 1; k < s.end - 1; k++) {
    if (word(s, k) !== 'can' || (k > s.first && (s.tokens[k] as Token).gap < GAP.soft)) continue;
    const how = word(s, k + 1);
    const need = how === 'not' || how === 'barely' || how === 'hardly' ? k + 2 : -1;
    if (need < 0 || !BASIC_NEEDS.has(word(s, need))) continue;
    over ??= goingOver(s) || tiedToUs(s);
    if (over) {
      yield { first: k, end: need + 1 };
      return;
    }
  }
  for (const c of s.clauses) {
    // "Can barely eat, can't sleep": a text drops the "I".
    const dropped = c.subject === null && !c.imperative && c.modal !== null;
    if ((c.subject !== 'i' && !dropped) || c.verb < 0 || c.conditional) continue;
    const verb = c.lemma ?? '';
    const unable =
      (c.negated && (c.modal === 'can' || c.modal === 'could')) ||
      findIn(s, c.verbFirst >= 0 ? c.verbFirst : c.verb, c.verb, words('barely hardly')) >= 0;
    if (!unable) continue;
    const need = BASIC_NEEDS.has(verb);
    if (!need && !dailyLife(s, c.verb, verb)) continue;
    // "I can't sleep with this heat": another cause, named.
    if (need && findIn(s, c.verb + 1, Math.min(c.end, c.verb + 3), words('with because for')) >= 0) continue;
    over ??= goingOver(s) || tiedToUs(s);
    if (over) {
      yield spanFrom(c, need ? c.verb + 1 : Math.min(c.end, c.verb + 4));
      return;
    }
  }
}

const NOBODY = words('nobody no-one noone');

/** "I've had nobody to talk to since", "I have no one to turn to now you're gone". */
export function* nobodySince(_context: RuleContext, s: SentenceLanguage): Iterable<TokenSpan> {
  for (const c of s.clauses) {
    // "Got no one to talk to anymore": a text drops the "I".
    const dropped = c.subject === null && c.verb === s.first + (ADVERBS.has(word(s, s.first)) ? 1 : 0);
    if ((c.subject !== 'i' && !dropped) || c.verb < 0 || c.conditional) continue;
    if (c.lemma !== 'have' && c.lemma !== 'get' && c.lemma !== 'got') continue;
    let k = c.verb + 1;
    if (NOBODY.has(word(s, k))) k++;
    else if (readsAt(s, k, 'no one')) k += 2;
    else continue;
    if (readsAt(s, k, 'to talk to') || readsAt(s, k, 'to turn to')) k += 3;
    else if (readsAt(s, k, 'left')) k += 1;
    else if (!(readsAt(s, k, 'since') || readsAt(s, k, 'now') || readsAt(s, k, 'anymore'))) continue;
    // "...since", "...since you left", "...anymore", "...now you're gone"; not "since Mum moved".
    const w = word(s, k);
    const tied =
      (w === 'since' && (endsAt(s, k + 1) || word(s, k + 1) === 'you' || readsAt(s, k + 1, 'the breakup'))) ||
      ((w === 'since' || w === 'after') && word(s, k + 1) === 'we' && findIn(s, k + 2, k + 4, PARTED) >= 0) ||
      (w === 'anymore' && endsAt(s, k + 1)) ||
      (w === 'now' && (endsAt(s, k + 1) || readsAt(s, k + 1, 'you'))) ||
      readsAt(s, k, 'without you');
    if (tied) {
      yield spanFrom(c, k + 1);
      return;
    }
  }
}

/** What the question asks the worth of: "what we had", "it", "this", "us", "those years", "I". */
const OURS = words('we us our it this that those i me');

/**
 * "Did what we had actually mean anything to you, or was it just me?", "did it ever mean
 * anything to you?": a question only reassurance can answer. Not "does the name Kowalski mean
 * anything to you?".
 */
export function* meantAnythingToYou(_context: RuleContext, s: SentenceLanguage): Iterable<TokenSpan> {
  if (!s.question) return;
  const to = findPhrase(s, s.first, s.end, 'to you');
  if (to < 0) return;
  const mean = findIn(s, Math.max(s.first, to - 4), to, words('mean meant matter mattered'));
  if (mean < 0) return;
  // "Mean anything to you", "matter to you".
  const worth = findIn(s, mean + 1, to, words('anything something much everything'));
  if (worth < 0 && word(s, mean).startsWith('mean')) return;
  // Whose worth: a word about us between the start and "mean".
  if (findIn(s, s.first, mean, OURS) < 0) return;
  if (findIn(s, s.first, mean, words('name word song place film book number')) >= 0) return;
  yield sentenceSpan(s);
}

/** Going back over it: "replay our last conversation", "relive that night". */
const REPLAY = words('replay relive rewind reread replaying reliving rewinding rereading');
const WHAT_WE_SAID = words('our it everything us what you those');
/** "That night", "that last conversation": what "that" must point at to be about us. */
const THAT_TIME = words('night day morning evening conversation call moment argument fight row last weekend text');

/**
 * "Every night I sit in the dark and replay our last conversation", "I keep reliving that night":
 * going over it, night after night, told to the reader.
 */
export function* replayingUs(_context: RuleContext, s: SentenceLanguage): Iterable<TokenSpan> {
  for (let k = s.first; k < s.end - 1; k++) {
    if (!REPLAY.has(word(s, k))) continue;
    const what = word(s, k + 1);
    if (!WHAT_WE_SAID.has(what) && !(what === 'that' && THAT_TIME.has(word(s, k + 2)))) continue;
    const c = s.clauses.find((d) => d.first <= k && k < d.end);
    if (!c || c.past || c.conditional || c.negated) continue;
    if (c.subject !== 'i' && !(c.subject === null && !c.imperative)) continue;
    // Night after night, or kept at: "every night", "I keep replaying", "all the time".
    const kept =
      findIn(s, s.first, s.end, words('keep keeps every always constantly still nightly')) >= 0 ||
      findPhrase(s, s.first, s.end, 'all the time') >= 0 ||
      findPhrase(s, s.first, s.end, 'over and over') >= 0;
    if (kept) {
      yield { first: c.subjectFirst >= 0 ? c.subjectFirst : k, end: Math.min(s.end, k + 3) };
      return;
    }
  }
}

const NOT_RIGHT = words('right myself okay ok well good fine same');

/** "I've not been right since we split", "I haven't felt myself since you left". */
export function* notRightSince(_context: RuleContext, s: SentenceLanguage): Iterable<TokenSpan> {
  for (let k = s.first; k < s.end - 2; k++) {
    if (word(s, k) !== 'not' && word(s, k) !== 'never') continue;
    const c = s.clauses.find((d) => d.first <= k && k < d.end);
    // "Haven't felt myself since you left": a text drops the "I".
    const dropped = c !== undefined && c.subject === null && !c.imperative && c.first === s.first;
    if (!c || (c.subject !== 'i' && !dropped) || c.conditional) continue;
    let j = k + 1;
    if (word(s, j) !== 'been' && word(s, j) !== 'felt') continue;
    j++;
    if (word(s, j) === 'the' && word(s, j + 1) === 'same') j++;
    if (!NOT_RIGHT.has(word(s, j))) continue;
    const since = j + 1;
    const tied =
      (word(s, since) === 'since' &&
        ((word(s, since + 1) === 'you' && LEFT.has(word(s, since + 2))) ||
          (word(s, since + 1) === 'we' && PARTED.has(word(s, since + 2))) ||
          readsAt(s, since + 1, 'the breakup') ||
          endsAt(s, since + 1))) ||
      readsAt(s, since, 'without you');
    if (tied) {
      yield spanFrom(c, j + 1);
      return;
    }
  }
}

const BARELY = words('barely hardly');
const SOME_DAYS = words('days nights mornings');

/** "Some days I can barely breathe", "most nights I can hardly sleep": struggling told as a routine. */
export function* barelyMostDays(_context: RuleContext, s: SentenceLanguage): Iterable<TokenSpan> {
  for (let k = s.first; k < s.end - 1; k++) {
    if (!BARELY.has(word(s, k)) || !BASIC_NEEDS.has(word(s, k + 1))) continue;
    const c = s.clauses.find((d) => d.first <= k && k < d.end);
    if (!c || c.subject !== 'i' || c.past || c.conditional) continue;
    // "Some days", "most nights", "these days"; not "with my asthma" or "because of the baby".
    const routine = findIn(s, s.first, c.verb >= 0 ? c.verb : k, SOME_DAYS) >= 0;
    if (!routine || findIn(s, s.first, s.end, words('with because cos asthma baby flu cold heat')) >= 0) continue;
    yield spanFrom(c, k + 2);
    return;
  }
}

/** The reader leaving, asked why: "why did you leave me?", "why did you stop talking to me?". */
const LEAVE_ME = words('leave left end ended stop stopped dump dumped ghost ghosted drop dropped block blocked');

/**
 * "Why did you leave me?", "can you at least explain why you did it?": the reader asked to
 * account for the end. ("You owe me an explanation" is a debt claimed: blame and pressure say it.)
 */
export function* whyDidYou(_context: RuleContext, s: SentenceLanguage): Iterable<TokenSpan> {
  for (const c of s.clauses) {
    if (c.negated || c.verb < 0) continue;
    const verb = c.lemma ?? '';
    if (!s.question || c.subject !== 'you') continue;
    // "Why did you leave me?", "why did you end it like that?"
    if (c.wh === 'why' && LEAVE_ME.has(verb)) {
      const after = word(s, c.verb + 1);
      const whom = after === 'me' || after === 'us' || after === 'it' || readsAt(s, c.verb + 1, 'talking to me');
      if (whom) {
        yield sentenceSpan(s);
        return;
      }
    }
  }
  // "Can you (at least) explain why you did it?", "could you tell me what I did wrong?"
  if (!s.question) return;
  for (let k = s.first + 1; k < s.end; k++) {
    const verb = word(s, k);
    if (verb !== 'explain' && verb !== 'tell') continue;
    if (findIn(s, Math.max(s.first, k - 4), k, words('you u')) < 0) continue;
    let j = k + 1;
    if (word(s, j) === 'me') j++;
    else if (readsAt(s, j, 'to me')) j += 2;
    else if (verb === 'tell') continue;
    if (whatWentWrong(s, skipAdverbs(s, j)) >= 0) {
      yield sentenceSpan(s);
      return;
    }
  }
}
