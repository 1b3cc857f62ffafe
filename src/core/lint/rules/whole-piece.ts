import type { RuleContext } from '../rule';

/**
 * Where to underline a finding about the whole piece (something missing, intent never stated):
 * the opening sentence of the body, past the greeting, so it is visible without covering everything.
 */
export function openingSpan(context: RuleContext): { start: number; end: number } | null {
  const { sentences, tokens } = context.analysis;
  if (tokens.length === 0) return null;
  const region = context.signOff?.region;
  for (const s of sentences) {
    if (s.endToken - s.firstToken < 3) continue;
    if (region && s.start >= region.start) break;
    return { start: s.start, end: s.end };
  }
  const first = sentences[0];
  return first ? { start: first.start, end: first.end } : null;
}
