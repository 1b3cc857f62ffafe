import { describe, expect, it } from 'vitest';
import {
  judgeDraft,
  readLabelledDrafts as readSamples,
  scoreDrafts,
  type LabelledDraft,
} from '../../fixtures/labelled-drafts';

/**
 * Labelled drafts the linter must get right. Every set here has been tuned on, so these are
 * REGRESSION sets: they say nothing about unseen text. The held-out measure is
 * tests/fixtures/lint-frozen-v3.jsonl, scored by scripts/lint-eval.ts and never tuned on
 * (frozen.test.ts only guards its hash).
 */
const samples = readSamples('lint-samples.jsonl');
/** Written separately from the first set and the phrase lists; its misses were then fixed. */
const extra = readSamples('lint-regression-extra.jsonl');
/** Written before the first generalisation pass, which it then guided. */
const heldout2 = readSamples('lint-regression-heldout2.jsonl');
/** Variants written during that pass to test whether each widened family generalised. */
const probes = readSamples('lint-regression-probes.jsonl');
/** Drafts in many voices written for the language-layer work, and tuned on. */
const dev = readSamples('lint-dev-v1.jsonl');
/**
 * 160 warm, clean texts in other voices (birthdays, sympathy, thanks, news), written for a pass on
 * false alarms and tuned on. Sign-offs and the letter's stated intent and acknowledgement are the
 * guide's own asks, so only the categories that would accuse the writer are held here.
 */
const warm = readSamples('lint-dev-clean-v2.jsonl');
/** What the linter still gets wrong, run as expected failures: a fix shows up as a failing test here. */
const knownMisses = readSamples('lint-known-misses.jsonl');

describe.each([
  ['tests/fixtures/lint-samples.jsonl', samples, 14],
  ['tests/fixtures/lint-regression-extra.jsonl', extra, 30],
  ['tests/fixtures/lint-regression-heldout2.jsonl', heldout2, 120],
  ['tests/fixtures/lint-regression-probes.jsonl', probes, 130],
] as const)('labelled samples (%s)', (_file, samples, atLeast) => {
  it('has samples to check', () => {
    expect(samples.length).toBeGreaterThanOrEqual(atLeast);
  });

  for (const s of samples) {
    it(`${s.id}: reports ${s.labels.join(', ') || 'nothing'}`, () => {
      const { reported, unexpected, result } = judgeDraft(s);
      for (const label of s.labels) expect([...reported], `expected ${label}`).toContain(label);
      expect(unexpected, 'categories reported that the sample does not expect').toEqual([]);
      if (s.detected !== null) expect(result.intent.detected).toBe(s.detected);
    });
  }
});

/** Recall, clean drafts flagged and intent verdicts right over a labelled set, as rates. */
function score(drafts: readonly LabelledDraft[]): { recall: number; cleanFlagged: number; intent: number } {
  const s = scoreDrafts(drafts);
  return { recall: s.found / s.labels, cleanFlagged: s.cleanFlagged / s.clean, intent: s.intentsRight / s.intents };
}

/**
 * Drafts in voices unlike ours (texting, second-language English, long letters), written for the
 * second round on real wording and tuned on; held to the level reached.
 */
describe('tests/fixtures/lint-dev-v3.jsonl and lint-regression-frozen-v1.jsonl (tuned on)', () => {
  it('keep recall, clean drafts and intent at the level reached', () => {
    const v3 = score(readSamples('lint-dev-v3.jsonl'));
    expect(v3.recall).toBeGreaterThanOrEqual(0.95);
    expect(v3.cleanFlagged).toBeLessThanOrEqual(0.02);
    expect(v3.intent).toBeGreaterThanOrEqual(0.97);
    const v1 = score(readSamples('lint-regression-frozen-v1.jsonl'));
    expect(v1.recall).toBeGreaterThanOrEqual(0.93);
    expect(v1.cleanFlagged).toBeLessThanOrEqual(0.02);
    expect(v1.intent).toBeGreaterThanOrEqual(0.97);
  });
});

/**
 * The frozen set of the previous round, spent once its before and after scores were taken and
 * tuned on since: held to the level reached.
 */
describe('tests/fixtures/lint-regression-frozen-v2.jsonl (tuned on)', () => {
  it('keeps recall, clean drafts and intent at the level reached', () => {
    const v2 = score(readSamples('lint-regression-frozen-v2.jsonl'));
    expect(v2.recall).toBeGreaterThanOrEqual(0.68);
    expect(v2.cleanFlagged).toBeLessThanOrEqual(0.08);
    expect(v2.intent).toBeGreaterThanOrEqual(0.95);
  });
});

/** The dev set is held to its measured level, not to perfection: the misses are listed by scripts/lint-eval.ts. */
describe('tests/fixtures/lint-dev-v1.jsonl (tuned on)', () => {
  it('keeps recall, clean drafts and intent at the level reached', () => {
    expect(dev.length).toBeGreaterThanOrEqual(500);
    const v = score(dev);
    expect(v.recall).toBeGreaterThanOrEqual(0.93);
    expect(v.cleanFlagged).toBeLessThanOrEqual(0.02);
    expect(v.intent).toBeGreaterThanOrEqual(0.97);
  });
});

describe('tests/fixtures/lint-dev-clean-v2.jsonl (warm texts, tuned on)', () => {
  it('reads at most 2 of 160 warm texts as needy, blaming, pressing, romantic or unkind to a partner', () => {
    const accusing = new Set(['needy', 'blame', 'pressure', 'romantic', 'new-partner']);
    const flagged = warm.filter((s) => [...judgeDraft(s).reported].some((c) => accusing.has(c)));
    expect(warm).toHaveLength(160);
    expect(flagged.map((s) => s.id).length).toBeLessThanOrEqual(2);
  });
});

describe('known misses (expected to fail until fixed)', () => {
  for (const s of knownMisses) {
    it.fails(`${s.id}: ${s.labels.join(', ') || 'clean'}`, () => {
      const { reported, unexpected } = judgeDraft(s);
      for (const label of s.labels) expect([...reported]).toContain(label);
      expect(unexpected).toEqual([]);
    });
  }
});
