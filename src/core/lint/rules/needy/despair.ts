/**
 * Suffering told plainly, with no "since you left" to tie it to the reader: in a piece to an ex,
 * the bare state is the weight handed over.
 *
 * - a basic need gone, said on its own: "I cannot sleep.", "Can't eat. Can't sleep.", "haven't
 *   eaten in two days";
 * - despair: "I can't live like this", "I can't see the point of anything", "I don't know what
 *   I'll do", "the worst year of my life" (still going on);
 * - isolation: "I am all alone now", "nobody calls", "the kids don't visit";
 * - strain shown while claiming to cope: "I'm trying to be okay";
 * - medicine for it: "the doctor has me on sleeping tablets".
 */
import { BASIC_NEEDS } from '../../lexicon/feelings';
import { words } from '../../lexicon/words';
import type { SentenceLanguage } from '../../language';
import type { Clause } from '../../language/clauses';
import { breakAt, findIn, findPhrase, lemma, readsAt, sentenceSpan, spanFrom, word } from '../../language/query';
import type { RuleContext, TokenSpan } from '../../rule';

/** What may follow a lost need and keep it bare: "I can't sleep anymore", "can't eat properly". */
const BARE_TAIL = words('anymore properly at all now these days much well right straight any more lately either');

/** The clause ends at k: nothing more, or a comma or full stop. */
function endsAt(s: SentenceLanguage, k: number, c: Clause): boolean {
  return k >= c.end || breakAt(s, k);
}

/** "I cannot sleep.", "Can't sleep. Can't eat.", "I haven't eaten in two days." */
export function* needGone(_context: RuleContext, s: SentenceLanguage): Iterable<TokenSpan> {
  if (s.question) return;
  // A fragment that is the whole news: "No sleep.", "No food, no sleep."
  if (word(s, s.first) === 'no' && NEEDS_AS_NOUNS.has(word(s, s.first + 1))) {
    let k = s.first + 2;
    while (k < s.end && (BARE_TAIL.has(word(s, k)) || (word(s, k) === 'no' && NEEDS_AS_NOUNS.has(word(s, k + 1)))))
      k += word(s, k) === 'no' ? 2 : 1;
    if (k >= s.end || (breakAt(s, k) && k + 1 >= s.end)) {
      yield { first: s.first, end: k };
      return;
    }
  }
  for (const c of s.clauses) {
    if (c.verb < 0 || c.conditional || !c.negated || c.past) continue;
    // The writer, named or left out as people do in a hurry ("Can't sleep.").
    const elided = c.subject === null && c.verbFirst === c.first && !c.imperative;
    if (c.subject !== 'i' && !elided) continue;
    if (!BASIC_NEEDS.has(c.lemma ?? '')) continue;
    // "I'm up at 2am because I can't sleep", "you held me when I couldn't sleep": a reason or a time, not the news.
    if (c.opener !== null && SUBORDINATE.has(c.opener)) continue;
    if (c.modal === 'could' && findIn(s, c.verb + 1, c.end, words('anymore now')) < 0) continue;
    // "With my asthma I can barely breathe": a hardship, but "barely" is not "not".
    if (findIn(s, c.verbFirst, c.verb, words('barely hardly scarcely')) >= 0) continue;
    let k = c.verb + 1;
    while (k < c.end && BARE_TAIL.has(word(s, k))) k++;
    // "I can't eat or sleep", "can't eat, can't sleep": another need, as bare, after it.
    if (words('or nor and').has(word(s, k)) && BASIC_NEEDS.has(lemma(s, k + 1))) {
      k += 2;
      while (k < c.end && BARE_TAIL.has(word(s, k))) k++;
    }
    // "haven't eaten in two days", "haven't slept for a week": a span of time is as bare.
    const span = (word(s, k) === 'in' || word(s, k) === 'for') && findIn(s, k + 1, k + 4, DAYS) >= 0;
    if (endsAt(s, k, c) || span) yield spanFrom(c, span ? Math.min(c.end, k + 3) : k);
  }
}

/** Needs named as things had or not: "no sleep", "no food". */
const NEEDS_AS_NOUNS = words('sleep food appetite rest');
const SUBORDINATE = words('because cos since as when whenever while if though although');
const DAYS = words('days weeks months nights ages day week month night');

const DESPAIR = [
  'can not live like this',
  'can not go on like this',
  'can not go on',
  'can not see the point',
  'do not see the point of anything',
  'do not see the point anymore',
  'can not see a way forward',
  'can not face anything',
  'can not face anyone',
  'can not get off the couch',
  'can not get off the sofa',
  'can not seem to get off the couch',
  'can not seem to get off the sofa',
  // The day let go: "I forget to eat until it is dark", "some days I don't bother getting dressed".
  'forget to eat',
  'do not bother getting dressed',
  'do not get out of my dressing gown',
  'do not get dressed',
];

/** "I can't live like this anymore", "I can't see the point of anything", "I don't know what I'll do". */
export function* despairTold(_context: RuleContext, s: SentenceLanguage): Iterable<TokenSpan> {
  // Every phrase below holds one of these: most sentences are let go after one scan.
  if (findIn(s, s.first, s.end, DESPAIR_ANCHORS) < 0) return;
  for (const phrase of DESPAIR) {
    const at = findPhrase(s, s.first, s.end, phrase);
    if (at < 0) continue;
    // "can't see the point of the new road layout": the point of something named is an opinion.
    const end = at + phrase.split(' ').length;
    if (phrase === 'can not see the point' && word(s, end) === 'of' && !POINTLESS.has(word(s, end + 1))) continue;
    yield { first: Math.max(s.first, at - 1), end };
    return;
  }
  // "I don't know what I'll do (without you / if you don't)": said of the future, with nothing after it but the reader.
  const lost = findPhrase(s, s.first, s.end, 'do not know what i will do');
  if (lost >= 0) {
    const end = lost + 7;
    if (end >= s.end || readsAt(s, end, 'without you') || word(s, end) === 'if') {
      yield { first: Math.max(s.first, lost - 1), end };
      return;
    }
  }
  // "This has been the worst year of my life" (still going on), not "the worst day of my life was my driving test".
  const worst = findPhrase(s, s.first, s.end, 'worst');
  if (worst >= 0 && readsAt(s, worst + 2, 'of my life') && PERIODS.has(word(s, worst + 1))) {
    const c = s.clauses.find((d) => d.verb >= 0 && d.first <= worst && worst < d.end);
    if (c && !c.past && c.lemma === 'be')
      yield { first: c.subjectFirst >= 0 ? c.subjectFirst : c.first, end: worst + 5 };
  }
}

const DESPAIR_ANCHORS = words('not forget worst');
const POINTLESS = words('anything it everything going getting life');
const PERIODS = words('year years months weeks time days winter summer christmas');

const ALONE_DEGREE = words('all so completely totally very awful awfully utterly');

/** "I am all alone now", "I'm so alone", "nobody calls", "the kids don't visit", "nobody is there for me". */
export function* isolationTold(_context: RuleContext, s: SentenceLanguage): Iterable<TokenSpan> {
  if (
    findIn(
      s,
      s.first,
      s.end,
      words('nobody one alone kids children friends family son daughter sister brother mum mom mother dad father'),
    ) < 0
  )
    return;
  // "Nobody visits.": the tagger may read the verb as a plural noun, so the words decide.
  for (let k = s.first; k < s.end - 1; k++) {
    const one = readsAt(s, k, 'no one');
    if (word(s, k) !== 'nobody' && !one) continue;
    let j = k + (one ? 2 : 1);
    if (!COMES.has(word(s, j))) continue;
    j++;
    while (j < s.end && words('anymore me now much either').has(word(s, j))) j++;
    if (breakAt(s, j)) {
      yield { first: k, end: j };
      return;
    }
  }
  for (const c of s.clauses) {
    if (c.verb < 0 || c.conditional || c.past) continue;
    if (c.subject === 'i' && !c.negated && (c.lemma === 'be' || c.lemma === 'feel')) {
      const alone = findIn(s, c.verb + 1, Math.min(c.end, c.verb + 4), words('alone'));
      if (alone >= 0 && ALONE_DEGREE.has(word(s, alone - 1))) {
        yield spanFrom(c, alone + 1);
        return;
      }
    }
    // "Nobody calls.", "no one visits anymore", "the kids don't call": nobody comes, said as how life is now.
    const nobody = c.subjectFirst >= 0 && findIn(s, c.subjectFirst, c.subjectFirst + 2, words('nobody')) >= 0;
    const noOne = c.subjectFirst >= 0 && readsAt(s, c.subjectFirst, 'no one');
    const kin = c.subjectFirst >= 0 && findIn(s, c.subjectFirst, c.subjectEnd, KIN) >= 0 && c.negated;
    if ((nobody || noOne || kin) && COMING.has(c.lemma ?? '')) {
      let k = c.verb + 1;
      while (k < c.end && words('anymore me now much either').has(word(s, k))) k++;
      if (endsAt(s, k, c)) {
        yield { first: c.subjectFirst, end: k };
        return;
      }
    }
    if ((nobody || noOne) && c.lemma === 'be' && findPhrase(s, c.verb, c.end, 'there for me') >= 0) {
      yield { first: c.subjectFirst, end: c.end };
      return;
    }
  }
}

const KIN = words('kids children friends family son daughter sister brother mum mom mother dad father');
const COMING = words('call ring visit write come phone text care');
const COMES = words('calls rings visits writes comes phones texts cares');

/** "I'm trying to be okay", "I'm trying to be happy for you": the strain shows through the claim. */
export function* strainingToCope(_context: RuleContext, s: SentenceLanguage): Iterable<TokenSpan> {
  if (findIn(s, s.first, s.end, words('trying')) < 0) return;
  const trying = findPhrase(s, s.first, s.end, 'trying to be');
  if (trying < 0) return;
  const state = word(s, trying + 3);
  const end = trying + 4;
  if (COPING.has(state) || (state === 'happy' && readsAt(s, end, 'for you'))) {
    const c = s.clauses.find((d) => d.first <= trying && trying < d.end);
    if (c && c.subject === 'i' && !c.past) yield spanFrom(c, state === 'happy' ? end + 2 : end);
  }
}

const COPING = words('ok okay fine strong alright brave normal');

/** "The doctor has me on sleeping tablets", "I'm on antidepressants now". */
export function* medicatedForIt(_context: RuleContext, s: SentenceLanguage): Iterable<TokenSpan> {
  if (findIn(s, s.first, s.end, words('sleeping antidepressants anti-depressants tranquillisers')) < 0) return;
  const pills = findPhrase(s, s.first, s.end, 'sleeping tablets');
  const at = pills >= 0 ? pills : findPhrase(s, s.first, s.end, 'sleeping pills');
  const drug = at >= 0 ? at : findIn(s, s.first, s.end, words('antidepressants anti-depressants tranquillisers'));
  if (drug < 0) return;
  // The writer's own: "me on", "I'm on", "I take", "I've been taking"; not "I hope the pills help you".
  const mine = findIn(s, s.first, drug, words('me i my')) >= 0 && findIn(s, s.first, s.end, words('you your')) < 0;
  if (mine) yield sentenceSpan(s);
}
