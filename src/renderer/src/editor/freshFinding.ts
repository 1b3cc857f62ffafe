/**
 * The panel shows findings once typing pauses, so the one the writer acts on may be a moment old:
 * an action looks it up again among the current findings, where its words are now.
 */
import { sameWords } from '../../../core/verdict/findings';
import type { VerdictFinding } from '../../../core/verdict/types';

function rulesOf(f: VerdictFinding): string {
  return [...new Set(f.parts.map((p) => p.rule))].sort().join('+');
}

/**
 * The current finding for one seen earlier: the same one, the same words, or the same check from
 * the same place with its words grown or cut since ("Write back s" became "Write back soon!").
 * The nearest wins; null when it has gone.
 */
export function freshFinding(current: readonly VerdictFinding[], seen: VerdictFinding): VerdictFinding | null {
  const candidates = current.filter(
    (f) =>
      f.field === seen.field &&
      f.scope === seen.scope &&
      (f.id === seen.id ||
        sameWords(f.excerpt, seen.excerpt) ||
        (f.fieldStart !== null && f.fieldStart === seen.fieldStart && rulesOf(f) === rulesOf(seen))),
  );
  const distance = (f: VerdictFinding) => Math.abs((f.fieldStart ?? 0) - (seen.fieldStart ?? 0));
  return candidates.sort((a, b) => distance(a) - distance(b))[0] ?? null;
}
