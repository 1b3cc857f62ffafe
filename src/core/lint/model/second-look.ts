/**
 * The model's second look at what a rule found. Where the sentence model is all but certain that
 * the sentence holding a finding is kind ("Heard you and Luis got a dog!", "if you ever fancy a
 * pint, I'll be there"), the finding is dropped: a warning on a kind sentence is the false alarm
 * that teaches a writer to stop reading warnings. It looks only at the rules listed below, and
 * only at sentences short enough for the model to read whole.
 * See docs/ARCHITECTURE.md, "The sentence model".
 */
import type { Analysis } from '../engine/analysis';
import { probabilityOf } from './classify';

/**
 * Per rule, the probability of "clean" from which its finding is dropped. Only rules whose finding
 * rests on the sentence's own words take part (not one that counts unanswered messages, say), and
 * only where the model's clean reading proved safe. The thresholds were chosen on
 * the spent blind sets (lint-regression-frozen-v8 to -v20, which the model never trained on), at
 * no label lost there: over their 3,120 drafts, 10 fewer clean drafts flagged and 15 fewer
 * categories reported unasked. Blame and romantic rules are left out: the model misses sarcasm,
 * and the bank calls a plain declaration of love in a letter clean.
 */
export const KIND_ENOUGH: Readonly<Record<string, number>> = {
  // "Heard you and Luis got a dog!", "he's a good old boy and I'm glad for y'all"
  'new-partner/remark': 0.9,
  // "If you ever want to grab a coffee, I'm around, and if not that's totally ok too."
  'pressure/contact-request': 0.97,
  // "If you want to talk, you can write to me at my brother's address."
  'pressure/reply-request': 0.97,
};

/** In a longer sentence (a run-on letter) a few sharp words drown in ordinary ones. */
const MAX_WORDS = 40;

/** The index of the first token ending after `offset` (tokens are in text order). */
function tokenFrom(analysis: Analysis, offset: number): number {
  const { tokens } = analysis;
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((tokens[mid]?.end ?? 0) > offset) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** True when a finding of `rule` starting at `start` sits in a sentence the model reads as kind. */
export function readsAsKind(analysis: Analysis, rule: string, start: number): boolean {
  const threshold = KIND_ENOUGH[rule];
  if (threshold === undefined) return false;
  const k = tokenFrom(analysis, start);
  if (k >= analysis.tokens.length) return false;
  const sentence = analysis.language.at(k);
  if (sentence.end - sentence.first > MAX_WORDS) return false;
  return probabilityOf(sentence, 'clean') >= threshold;
}
