import { describe, expect, it } from 'vitest';
import { lint } from '../../../src/core/lint';
import { readLabelledDrafts as readSamples } from '../../fixtures/labelled-drafts';

const samples = readSamples('lint-samples.jsonl');
/** A second labelled set, written separately from the first and from the phrase lists. */
const extra = readSamples('lint-drafts-extra.jsonl');
/** A third set (cards, notes, letters, messages), written before the generalisation pass it measured. */
const heldout2 = readSamples('lint-drafts-heldout2.jsonl');
/**
 * Variants written during that pass to test whether each widened family generalised (so not
 * held out: they guided the changes). Kept as regressions; lint-known-misses.jsonl has the rest.
 */
const probes = readSamples('lint-drafts-probes.jsonl');

describe.each([
  ['tests/fixtures/lint-samples.jsonl', samples, 14],
  ['tests/fixtures/lint-drafts-extra.jsonl', extra, 30],
  ['tests/fixtures/lint-drafts-heldout2.jsonl', heldout2, 120],
  ['tests/fixtures/lint-drafts-probes.jsonl', probes, 130],
] as const)('labelled samples (%s)', (_file, samples, atLeast) => {
  it('has samples to check', () => {
    expect(samples.length).toBeGreaterThanOrEqual(atLeast);
  });

  for (const s of samples) {
    it(`${s.id}: reports ${s.labels.join(', ') || 'nothing'}`, () => {
      const result = lint(s.text, { kind: s.kind, ...(s.intent ? { intent: s.intent } : {}) });
      const reported = new Set(result.diagnostics.filter((d) => d.severity !== 'info').map((d) => d.category));
      for (const label of s.labels) expect([...reported], `expected ${label}`).toContain(label);
      const unexpected = [...reported].filter((c) => !s.labels.includes(c) && !s.allow.includes(c));
      expect(unexpected, 'categories reported that the sample does not expect').toEqual([]);
      if (s.detected !== null) expect(result.intent.detected).toBe(s.detected);
      expect(result.intent.declared).toBe(s.intent);
      expect(result.ready).toBe(!result.diagnostics.some((d) => d.severity === 'error'));
    });
  }
});
