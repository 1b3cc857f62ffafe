/**
 * Reported speech of the writer: "I said you were too sensitive", "I kept telling everyone it was
 * your fault". Blame inside it is an admission the writer is making, not an accusation.
 */
import type { Analysis } from '../engine/analysis';
import { words } from '../lexicon/words';
import type { SentenceLanguage } from './index';
import { findIn, findPhrase, lemma, pos, word } from './query';

const REPORTING = words(
  'say tell think claim insist accuse call make act pretend believe blame assume decide suggest imply shout ' +
    'yell scream keep',
);

/** Saying, in the present tense, that still tells the past when the sentence is set there. */
const SAYING = words('say tell call');
/** Words that set a sentence in the past: "Last year when you asked why, I say you are too clingy". */
const BACK_THEN = words('ago last yesterday then once');

/** "I still say you are selfish": said now, whatever the sentence began with. */
const NOW = words('still now today always');

function saysLater(s: SentenceLanguage, from: number, to: number): boolean {
  for (let j = Math.max(from, s.first); j < to; j++) if (pos(s, j) === 'VERB' && SAYING.has(lemma(s, j))) return true;
  return false;
}

/**
 * A clause before token k in its sentence has the writer saying or thinking something in the past
 * (or, as second-language writers often put it, saying it in the present in a sentence set in the
 * past: "when you ask why, I say you are too clingy", "I was angry, so I tell our friends...").
 */
export function reportedInSentence(s: SentenceLanguage, k: number): boolean {
  let setInThePast = findIn(s, s.first, k, BACK_THEN) >= 0;
  for (const before of s.clauses) {
    if (before.first >= k || (before.first <= k && k < before.end)) break;
    if (before.past) setInThePast = true;
    // "I block you everywhere and tell our friends you are selfish": a second verb of the writer's.
    const stillSays = findIn(s, before.first, before.end, NOW) >= 0;
    if (before.subject === 'i' && setInThePast && !stillSays && saysLater(s, before.verb + 1, before.end)) return true;
    if (
      before.subject === 'i' &&
      before.lemma !== null &&
      REPORTING.has(before.lemma) &&
      (before.past ||
        before.modal === 'would' ||
        before.lemma === 'keep' ||
        (setInThePast && !stillSays && before.modal === null && SAYING.has(before.lemma)))
    )
      return true;
  }
  return false;
}

export function reportedByWriter(analysis: Analysis, token: number): boolean {
  const t = analysis.tokens[token];
  if (!t) return false;
  return reportedInSentence(analysis.language.at(token), token);
}

/** What a writer was going to ask, and no longer does: "I was going to ask you to come back to me". */
const ONCE_MEANT = [
  'was going to',
  'were going to',
  'meant to',
  'meaning to',
  'planned to',
  'intended to',
  'had planned to',
];

/**
 * "I thought I was writing to ask you to come back to me", "I started this letter meaning to ask whether
 * we could be together again": a plea or a wish the writer once meant, reported or abandoned. Not after a
 * "but" ("I know I said I wouldn't beg, but please come back to me").
 */
export function onceMeant(analysis: Analysis, k: number, reported = true): boolean {
  const s = analysis.language.at(k);
  if (findPhrase(s, s.first, k, 'but') >= 0) return false;
  if (reported && reportedByWriter(analysis, k)) return true;
  return ONCE_MEANT.some((phrase) => {
    const at = findPhrase(s, s.first, k, phrase);
    return at >= 0 && at < k;
  });
}

/**
 * "If you had learned Dutch, we would still be together": the consequence of a past that did not
 * happen, which wishes nothing now.
 */
export function counterfactual(analysis: Analysis, k: number): boolean {
  const s = analysis.language.at(k);
  const ifAt = findIn(s, s.first, k, IF);
  if (ifAt < 0) return false;
  // "if you had learned" (not "if you had time"): the past perfect of what did not happen...
  const had = findIn(s, ifAt + 1, k, HAD);
  if (had < 0 || pos(s, had + 1) !== 'VERB') return false;
  // ...and "we would still be", "I would have": its consequence.
  const would = findIn(s, had + 2, s.end, WOULD);
  return would >= 0 && COUNTERFACTUAL_TAIL.has(word(s, would + 1));
}
const IF = words('if');
const HAD = words('had');
const WOULD = words('would could might');
const COUNTERFACTUAL_TAIL = words('still have never not');
