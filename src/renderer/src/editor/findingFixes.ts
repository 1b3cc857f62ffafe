import type { PlacedFix, VerdictFinding } from '../../../core/verdict/types';

/** The quick fixes of a finding, each offered once (parts over the same words often suggest the same). */
export function findingFixes(finding: VerdictFinding): PlacedFix[] {
  const seen = new Set<string>();
  const out: PlacedFix[] = [];
  for (const part of finding.parts) {
    for (const fix of part.fixes) {
      if (seen.has(fix.label)) continue;
      seen.add(fix.label);
      out.push(fix);
    }
  }
  return out;
}
