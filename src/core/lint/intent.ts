/**
 * The intent verdict: what the text itself says the writer wants. Negation flips a statement
 * ("I'm not hoping to get back together" is friendship; "not as friends, as partners" romantic),
 * and wishes inside an "if" clause about the reader ("if you only want friendship") do not count.
 */
import type { Analysis } from './engine/analysis';
import type { Match } from './engine/matcher';
import { GAP, type Token } from './engine/tokenize';
import type { IntentVerdict } from './types';

export interface IntentSignals {
  friendship: Match[];
  romantic: Match[];
  verdict: IntentVerdict;
}

const CONDITIONALS: ReadonlySet<string> = new Set(['if', 'whether', 'unless', 'whatever', 'wherever']);

function inConditional(analysis: Analysis, m: Match): boolean {
  const { tokens } = analysis;
  for (let k = m.first - 1, steps = 0; k >= 0 && steps < 8; k--, steps++) {
    const after = tokens[k + 1] as Token;
    if (after.gap >= GAP.soft) return false;
    if (CONDITIONALS.has((tokens[k] as Token).w)) return true;
  }
  return false;
}

export function intentSignals(analysis: Analysis, excluded: { start: number; end: number } | null): IntentSignals {
  const friendship: Match[] = [];
  const romantic: Match[] = [];
  const usable = (m: Match): boolean => !(excluded && m.start >= excluded.start && m.end <= excluded.end) && !inConditional(analysis, m);

  for (const m of analysis.matches('intent.friendship')) {
    if (usable(m) && !analysis.isNegated(m)) friendship.push(m);
  }
  for (const m of analysis.matches('intent.only-friends')) {
    if (usable(m) && analysis.isNegated(m)) romantic.push(m);
  }
  for (const key of ['romantic.reunion', 'romantic.declaration'] as const) {
    for (const m of analysis.matches(key)) {
      if (!usable(m)) continue;
      if (analysis.isNegated(m)) friendship.push(m);
      else romantic.push(m);
    }
  }
  friendship.sort((a, b) => a.start - b.start);
  romantic.sort((a, b) => a.start - b.start);
  const verdict: IntentVerdict =
    friendship.length > 0 && romantic.length > 0 ? 'mixed' : friendship.length > 0 ? 'friendship' : romantic.length > 0 ? 'romantic' : 'unstated';
  return { friendship, romantic, verdict };
}
