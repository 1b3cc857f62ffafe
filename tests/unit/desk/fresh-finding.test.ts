/**
 * An action on a finding the panel showed a moment ago acts on the finding as it is now
 * (src/renderer/src/editor/freshFinding.ts): the panel waits for typing to pause, the words do not.
 */
import { describe, expect, it } from 'vitest';
import { checkDesk } from '../../../src/renderer/src/editor/deskCheck';
import { freshFinding } from '../../../src/renderer/src/editor/freshFinding';
import type { VerdictFinding } from '../../../src/core/verdict/types';
import { card, context, values } from './card';

function pressureIn(message: string): { finding: VerdictFinding; all: readonly VerdictFinding[] } {
  const all = checkDesk(card(message), values(message), context).verdict.findings;
  const finding = all.find((f) => f.parts.some((p) => p.rule.startsWith('pressure/')));
  if (!finding) throw new Error(`no pressure finding in ${JSON.stringify(message)}`);
  return { finding, all };
}

describe('freshFinding', () => {
  it('finds the finding again after its words grew while the panel waited', () => {
    const seen = pressureIn('The garden looks lovely. Write back s').finding;
    const now = pressureIn('The garden looks lovely. Write back soon!');
    expect(seen.excerpt).not.toBe(now.finding.excerpt);
    expect(freshFinding(now.all, seen)?.excerpt).toBe(now.finding.excerpt);
  });

  it('is null once the words have gone', () => {
    const seen = pressureIn('The garden looks lovely. Write back soon!').finding;
    const all = checkDesk(card('The garden looks lovely.'), values('The garden looks lovely.'), context).verdict
      .findings;
    expect(freshFinding(all, seen)).toBeNull();
  });
});
