/**
 * Reported speech of the writer: "I said you were too sensitive", "I kept telling everyone it was
 * your fault". Blame inside it is an admission the writer is making, not an accusation.
 */
import type { Analysis } from '../engine/analysis';
import { words } from '../lexicon/words';
import type { SentenceLanguage } from './index';

const REPORTING = words(
  'say tell think claim insist accuse call make act pretend believe blame assume decide suggest imply shout ' +
    'yell scream keep',
);

/** A clause before token k in its sentence has the writer saying or thinking something in the past. */
export function reportedInSentence(s: SentenceLanguage, k: number): boolean {
  for (const before of s.clauses) {
    if (before.first >= k || (before.first <= k && k < before.last)) break;
    if (
      before.subject === 'i' &&
      before.lemma !== null &&
      REPORTING.has(before.lemma) &&
      (before.past || before.modal === 'would' || before.lemma === 'keep')
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
