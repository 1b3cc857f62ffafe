/**
 * Neediness the shared detectors miss, read from structure: an emptied life told by its token
 * order rather than its parse ("the flat has been so quiet since you left"), a day the writer
 * cannot get through without the reader, basic needs gone wrong without them ("I sleep badly
 * without it"), habits kept for two ("I still set the table for two"), lingering "like an idiot",
 * comparisons with the new partner ("does she know you the way I do?") and questions about the
 * reader's happiness without the writer ("are you happy without me?").
 */
import { GAP, type Token } from '../../engine/tokenize';
import { BASIC_NEEDS, EMPTIED, LIFE_NOUNS } from '../../lexicon/feelings';
import { words } from '../../lexicon/words';
import type { Clause, SentenceLanguage } from '../../language';
import { findIn, findPhrase, lemma, readsAt, sentenceSpan, spanFrom, word } from '../../language/query';
import type { RuleContext, TokenSpan } from '../../rule';
import { pastLikeTheRest } from '../../language/detect/needy';

/** Whose life a noun belongs to: "your flat" and "his days" are not the writer's. */
const OTHERS = words('your his her their its');
/** What ties an emptied life to the reader: "since you left", "without you", "now you've gone". */
function tiedHere(s: SentenceLanguage, from: number, to: number): boolean {
  for (let k = Math.max(from, s.first); k < Math.min(to, s.end); k++) {
    const w = word(s, k);
    const next = word(s, k + 1);
    if ((w === 'since' || w === 'without' || w === 'after') && (next === 'you' || next === 'we' || next === 'the')) {
      // "Since we split", not "since we moved to the farm"; "since the breakup", not "since the move".
      if (next === 'you') return true;
      return findIn(s, k + 2, k + 4, words('breakup split divorce broke parted ended separated')) >= 0;
    }
    if (w === 'now' && (next === 'you' || next === 'that')) return true;
  }
  return false;
}

/** Nothing more of the clause after token k: the sentence ends, a comma, or "and" / "but". */
function clauseEnds(s: SentenceLanguage, k: number): boolean {
  if (k >= s.end) return true;
  const w = word(s, k);
  return (s.tokens[k] as Token).gap >= GAP.soft || w === 'and' || w === 'but' || w === 'lol' || w === 'though';
}

/** Emptied-life words that, with "now" or "anymore", need no other tie: "the weekends are so long now". */
const BLEAK = words('empty hollow quiet silent lonely pointless meaningless long grey gray bleak');
const NOWADAYS = words('now anymore');

/**
 * "The flat has been so quiet since you left", "the weekends are very long now", "my evenings feel
 * empty without you": a noun of the writer's life, a linking verb, an emptied state, a tie.
 */
export function* emptiedLife(_context: RuleContext, s: SentenceLanguage): Iterable<TokenSpan> {
  for (let k = s.first; k < s.end - 2; k++) {
    if (!LIFE_NOUNS.has(word(s, k)) || OTHERS.has(word(s, k - 1))) continue;
    // A linking verb straight after the noun: "are", "has been", "feel", "seem".
    let j = k + 1;
    let linked = false;
    while (j < s.end && j < k + 4) {
      const l = lemma(s, j);
      if (l === 'be' || l === 'feel' || l === 'seem' || l === 'get' || l === 'have' || l === 'become') {
        linked = true;
        j++;
      } else if (l === 'turn' && word(s, j + 1) === 'into') {
        // "The days have turned into one long grey corridor".
        linked = true;
        j += 2;
        while (j < s.end && words('a an one just').has(word(s, j))) j++;
      } else if (l === 'so' || l === 'very' || l === 'really' || l === 'just' || l === 'all' || l === 'too') j++;
      else break;
    }
    // "The bed feels too big since you went": too much room, as emptiness.
    if (linked && word(s, j) === 'too' && words('big large much').has(word(s, j + 1))) j++;
    else if (linked && word(s, j - 1) === 'too' && words('big large').has(word(s, j))) {
      // already past "too"
    } else if (!linked || j >= s.end || !EMPTIED.has(word(s, j))) continue;
    // "The days are long in June": a state with no tie is weather, not a breakup.
    // "Since you went, the days have turned grey": the tie may lead the sentence too.
    const tied = tiedHere(s, j + 1, Math.min(s.end, j + 6)) || tiedHere(s, s.first, Math.max(s.first, k - 1));
    // "The weekends are very long now", not "the house is so quiet now the kids have left".
    const now = findIn(s, j + 1, Math.min(s.end, j + 3), NOWADAYS);
    const lately = BLEAK.has(word(s, j)) && now >= 0 && clauseEnds(s, now + 1);
    if (tied || lately) {
      yield { first: k - 1 >= s.first && words('the my our these those').has(word(s, k - 1)) ? k - 1 : k, end: j + 1 };
      return;
    }
  }
}

const LONGING = words(
  'want wanting wish wishing think thinking miss missing picture picturing text texting call calling',
);

/** "I can't get through a single day without wanting to tell you something". */
export function* notADayWithout(_context: RuleContext, s: SentenceLanguage): Iterable<TokenSpan> {
  for (const c of s.clauses) {
    if (c.subject !== 'i' || !c.negated || (c.modal !== 'can' && c.modal !== 'could')) continue;
    const without = findIn(s, c.verb + 1, c.end, words('without'));
    if (without < 0 || !LONGING.has(word(s, without + 1))) continue;
    const you = findIn(s, without + 2, Math.min(s.end, without + 6), words('you your'));
    if (you >= 0) yield spanFrom(c, you + 1);
  }
}

const BADLY = words('badly poorly terribly barely hardly');

/** "I sleep badly without it", "I barely eat without you here". */
export function* needsWithout(_context: RuleContext, s: SentenceLanguage): Iterable<TokenSpan> {
  for (const c of s.clauses) {
    if (c.subject !== 'i' || c.past || c.verb < 0 || !BASIC_NEEDS.has(c.lemma ?? '')) continue;
    const bad = findIn(s, c.verbFirst >= 0 ? c.verbFirst : c.verb, Math.min(c.end, c.verb + 3), BADLY);
    if (bad < 0 && !c.negated) continue;
    const without = findIn(s, c.verb + 1, Math.min(c.end, c.verb + 4), words('without'));
    if (without >= 0 && findIn(s, without + 1, without + 3, words('you your it him her')) >= 0)
      yield spanFrom(c, without + 2);
  }
}

const FOR_A_COUPLE = words(
  'coffee coffees cup cups mug mugs plate plates tea teas glass glasses place places toothbrush',
);

/** "I still set the table for two", "I made two coffees out of habit". */
export function* habitForTwo(_context: RuleContext, s: SentenceLanguage): Iterable<TokenSpan> {
  const habit =
    findPhrase(s, s.first, s.end, 'out of habit') >= 0 || findPhrase(s, s.first, s.end, 'without thinking') >= 0;
  // "...for two because Dad comes on Sundays": a reason given, and not the reader.
  if (findIn(s, s.first, s.end, words('because cos since')) >= 0) return;
  const forTwo = findPhrase(s, s.first, s.end, 'for two');
  let two = findIn(s, s.first, s.end, words('two 2'));
  // Things laid out for a couple: "two coffees", "two plates", not "two cakes for the fundraiser".
  if (two >= 0 && !FOR_A_COUPLE.has(lemma(s, two + 1)) && !FOR_A_COUPLE.has(word(s, two + 1))) two = -1;
  for (const c of s.clauses) {
    if (c.subject !== 'i' || c.negated || c.verb < 0) continue;
    const still = findIn(s, c.first, c.verb, words('still sometimes')) >= 0;
    if ((forTwo >= 0 && forTwo > c.verb && (still || habit)) || (two > c.verb && two < c.end && habit)) {
      yield spanFrom(c, Math.max(forTwo >= 0 ? forTwo + 2 : two + 2, c.verb + 1));
      return;
    }
  }
}

const LINGER = words('sit stand wait stare linger hover drive walk check reread read cry watch park');
const FOOLS = words('idiot fool loser lunatic creep teenager madman madwoman ghost stalker saddo weirdo');

/** "Sat on the steps for an hour like an idiot", "I waited outside like a fool". */
export function* lingeringLikeAFool(_context: RuleContext, s: SentenceLanguage): Iterable<TokenSpan> {
  for (let k = s.first; k < s.end - 2; k++) {
    if (word(s, k) !== 'like' || (word(s, k + 1) !== 'an' && word(s, k + 1) !== 'a')) continue;
    const fool = FOOLS.has(word(s, k + 2)) ? k + 2 : FOOLS.has(word(s, k + 3)) ? k + 3 : -1;
    if (fool < 0) continue;
    const c = s.clauses.find((d) => d.first <= k && k < d.end);
    if (!c || c.subject !== 'i' || c.verb < 0) continue;
    const act = findIn(s, c.verb, k, LINGER);
    if (act >= 0) {
      yield spanFrom(c, fool + 1);
      return;
    }
  }
}

const COMPARE_VERBS = words('know love understand get have make treat care need see');
const AS_I = ['the way', 'like', 'as well as', 'as much as', 'that'];

/**
 * "Does she know you the way I do?", "what does she have that I don't?", "is he better than me?":
 * the writer measured against the new partner.
 */
export function* measuredAgainstPartner(_context: RuleContext, s: SentenceLanguage): Iterable<TokenSpan> {
  // "What does she have that I don't?", "what's he offering that I couldn't?"
  if (s.question) {
    const third = s.clauses.findIndex((c) => c.subject === 'third' && c.verb >= 0);
    const mine = s.clauses.find(
      (c, i) =>
        i > third &&
        c.subject === 'i' &&
        c.opener === 'that' &&
        findIn(s, c.first, c.end, words('not never')) >= 0 &&
        c.end - c.first <= 5,
    );
    if (third >= 0 && mine) {
      yield sentenceSpan(s);
      return;
    }
  }
  for (const c of s.clauses) {
    if (c.subject !== 'third' || c.verb < 0) continue;
    // As a statement ("she'll never understand you like I do") it is about the new partner.
    if (!s.question) continue;
    const verb = c.lemma ?? '';
    if (c.copula || verb === 'be') {
      if (s.question && findPhrase(s, c.verb + 1, s.end, 'than me') >= 0) {
        yield sentenceSpan(s);
        return;
      }
      continue;
    }
    if (!COMPARE_VERBS.has(verb)) continue;
    for (let k = c.verb + 1; k < Math.min(s.end, c.verb + 8); k++) {
      const phrase = AS_I.find((p) => readsAt(s, k, p));
      if (!phrase) continue;
      const i = k + phrase.split(' ').length;
      if (word(s, i) === 'i' && findIn(s, i + 1, i + 3, words('do did does have had can could')) >= 0) {
        yield sentenceSpan(s);
        return;
      }
    }
  }
}

/** "Are you happy without me?", "are you better off without me?", "are you happier now?" */
export function* happyWithoutMe(_context: RuleContext, s: SentenceLanguage): Iterable<TokenSpan> {
  if (!s.question) return;
  for (const c of s.clauses) {
    // "Are you happy without me?", not "are you managing without me at the shop?"
    if (c.subject !== 'you' || c.verb < 0 || !(c.copula || c.lemma === 'be' || c.lemma === 'feel')) continue;
    if (findPhrase(s, c.verb + 1, c.end, 'without me') >= 0 || findPhrase(s, c.verb + 1, c.end, 'than with me') >= 0) {
      yield sentenceSpan(s);
      return;
    }
  }
}

/** States that need no intensifier to read as a plea: "I'm a wreck", "I'm basically a shell". */
const WRECKED = words('wreck shell shadow ghost zombie husk trainwreck basket-case mess');

/** "I'm basically a wreck", "honestly I'm a mess": the writer's present state, flatly told. */
export function* wreckNow(_context: RuleContext, s: SentenceLanguage): Iterable<TokenSpan> {
  for (const c of s.clauses) {
    if (c.subject !== 'i' || c.negated || c.past || c.modal !== null || !c.copula || c.conditional) continue;
    for (let k = c.verb + 1; k < Math.min(c.end, c.verb + 5); k++) {
      const w = word(s, k);
      if (!WRECKED.has(w)) continue;
      // "A mess at maths", "a wreck with dates": a skill, not a heartbreak.
      if (findIn(s, k + 1, k + 2, words('with at when about')) >= 0) break;
      yield spanFrom(c, k + 1);
      return;
    }
  }
}

type Finder = (context: RuleContext, s: SentenceLanguage) => Iterable<TokenSpan>;

/** A detector with some of its findings let go. */
export function except(find: Finder, lets: (s: SentenceLanguage, span: TokenSpan) => boolean): Finder {
  return function* (context, s) {
    for (const span of find(context, s)) if (!lets(s, span)) yield span;
  };
}

function clauseOf(s: SentenceLanguage, k: number): Clause | undefined {
  return s.clauses.find((d) => d.first <= k && k < d.end);
}

/**
 * "I kept one foot out the door", "I'll keep my phone on": keeping something once, or offering
 * to, is not a vigil now (an offer to be rung is pressure's business).
 */
export function notAVigil(s: SentenceLanguage, span: TokenSpan): boolean {
  const c = clauseOf(s, span.first);
  return c !== undefined && c.lemma === 'keep' && (c.past || c.modal !== null);
}

/** "Will you think about it and let me know?": a request to consider, not a plea for reassurance. */
export function askedToConsider(s: SentenceLanguage, _span: TokenSpan): boolean {
  return s.clauses.some(
    (c) =>
      c.subject === 'you' &&
      (c.lemma === 'think' || c.lemma === 'consider') &&
      c.modal !== null &&
      findIn(s, c.verb + 1, Math.min(c.end, c.verb + 3), words('it this that')) >= 0,
  );
}

const BACK_THEN = words('last ago then year summer winter spring autumn');

/** "I was a total mess last summer and I was horrible to you": a past state owned, not a plea. */
export function pastOwned(s: SentenceLanguage, span: TokenSpan): boolean {
  const c = clauseOf(s, span.first);
  if (!c || !c.past || c.subject !== 'i') return false;
  return (
    findIn(s, c.verb + 1, Math.min(s.end, c.end + 3), BACK_THEN) >= 0 &&
    findPhrase(s, s.first, s.end, 'since you') < 0 &&
    findPhrase(s, s.first, s.end, 'without you') < 0
  );
}

/** Keepsakes of the reader: their voice, their clothes, their words. */
const KEEPSAKES = words(`
  voicemail voicemails voice-note voicenotes shirt hoodie jumper sweater t-shirt texts messages letters photos pictures
  videos perfume aftershave pillow
`);
const REVISIT = words('listen reread read watch wear smell hug sleep look replay scroll');

/** "I kept your old voicemail and I listen to it when I can't sleep", "I still wear your hoodie to bed". */
export function* keepsakes(_context: RuleContext, s: SentenceLanguage): Iterable<TokenSpan> {
  const your = findIn(s, s.first, s.end, words('your'));
  if (your < 0 || findIn(s, your + 1, Math.min(s.end, your + 3), KEEPSAKES) < 0) return;
  for (const c of s.clauses) {
    if (c.subject !== 'i' || c.past || c.negated || c.conditional || c.verb < 0) continue;
    if (!REVISIT.has(c.lemma ?? '') || c.modal !== null) continue;
    if (pastLikeTheRest(s, c)) continue;
    yield { first: Math.min(your, c.subjectFirst >= 0 ? c.subjectFirst : c.first), end: c.end };
    return;
  }
}

const FEELS_FOR_ME = words('love miss care think want regret');

/** "I need to know if you still love me", "I just want to know whether you ever think of me". */
export function* needToKnowIfYou(_context: RuleContext, s: SentenceLanguage): Iterable<TokenSpan> {
  for (const c of s.clauses) {
    if (c.subject !== 'i' || c.negated || (c.lemma !== 'need' && c.lemma !== 'want' && c.lemma !== 'have')) continue;
    if (!readsAt(s, c.verb + 1, 'to know')) continue;
    const inner = s.clauses.find(
      (d) => d.first > c.first && d.subject === 'you' && (d.opener === 'if' || d.opener === 'whether' || d.conditional),
    );
    // "...if you still love me", not "...if you want the bookshelf".
    const aboutMe =
      inner !== undefined &&
      (inner.lemma === 'care' || findIn(s, inner.verb + 1, Math.min(s.end, inner.verb + 4), words('me us')) >= 0);
    if (inner && FEELS_FOR_ME.has(inner.lemma ?? '') && aboutMe) {
      yield sentenceSpan(s);
      return;
    }
  }
}

const THE_READER = words('you your u ur him her it them');
const PARTED = words('split broke parted ended separated');

/**
 * Hardship with another cause: "I can't sleep without earplugs", "the days have been long since
 * we moved to the farm". Not the reader, not the breakup.
 */
/** What people cry at that is not the reader: "I cried at the end of the film", "we wept through the wedding". */
const MOVING = words(`
  film films movie movies show shows episode episodes series finale ending book books novel play musical concert
  gig opera ballet wedding weddings speech speeches match game final graduation ceremony christening recital advert
  ad documentary trailer song
`);

/** The tears are for something on a screen, a stage or a page, named in the sentence. */
export function cryingAtSomething(s: SentenceLanguage, span: TokenSpan): boolean {
  for (let k = span.first; k < Math.min(s.end, span.end + 8); k++) {
    const w = word(s, k);
    if (w !== 'at' && w !== 'over' && w !== 'during' && w !== 'through' && w !== 'watching' && w !== 'reading')
      continue;
    const what = findIn(s, k + 1, Math.min(s.end, k + 6), MOVING);
    // Not "at your wedding", "at our song": those tears are about the two of them.
    if (what >= 0 && findIn(s, k + 1, what, words('your our ur')) < 0) return true;
  }
  return false;
}

export function otherCause(s: SentenceLanguage, span: TokenSpan): boolean {
  if (cryingAtSomething(s, span)) return true;
  const without = findIn(s, span.first, Math.min(s.end, span.end + 2), words('without'));
  if (without >= 0 && !THE_READER.has(word(s, without + 1)) && findIn(s, span.first, s.end, words('you u')) < 0)
    return true;
  const since = findPhrase(s, span.first, s.end, 'since we');
  return (
    since >= 0 &&
    findIn(s, since + 2, since + 4, PARTED) < 0 &&
    findIn(s, span.first, s.end, words('you your breakup')) < 0
  );
}

const WHAT_WE_HAD = words('us me what we our those');

/** "Do you ever think about what we had?", "do you dream of us?" */
export function* thinkOfUs(_context: RuleContext, s: SentenceLanguage): Iterable<TokenSpan> {
  if (!s.question) return;
  for (const c of s.clauses) {
    if (c.subject !== 'you' || c.negated || c.verb < 0) continue;
    if (c.lemma !== 'think' && c.lemma !== 'dream') continue;
    const about = word(s, c.verb + 1);
    if (about !== 'about' && about !== 'of') continue;
    const next = word(s, c.verb + 2);
    if (!WHAT_WE_HAD.has(next)) continue;
    // "...about the move?" is news, "...about the old days?" nostalgia; "...about what we had?" is us.
    if (next === 'what' && findIn(s, c.verb + 3, c.verb + 5, words('we us')) < 0) continue;
    yield sentenceSpan(s);
    return;
  }
}
