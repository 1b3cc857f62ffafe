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
 * a frozen set (tests/fixtures/lint-frozen-v*.jsonl, each scored once before and once after its round),
 * scored by scripts/lint-eval.ts and never tuned on
 * (frozen.test.ts only guards their hashes). A round's next measure needs a new set, written blind.
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
 * A tuned-on set held to the level reached: at least this recall and intent, at most this many
 * clean drafts flagged.
 */
function holds(file: string, level: { recall: number; cleanFlagged: number; intent: number }): void {
  const got = score(readSamples(file));
  expect(got.recall, `${file}: recall`).toBeGreaterThanOrEqual(level.recall);
  expect(got.cleanFlagged, `${file}: clean drafts flagged`).toBeLessThanOrEqual(level.cleanFlagged);
  expect(got.intent, `${file}: intent`).toBeGreaterThanOrEqual(level.intent);
}

/**
 * Drafts in voices unlike ours (texting, second-language English, long letters), written for the
 * second round on real wording and tuned on; held to the level reached.
 */
describe('tests/fixtures/lint-dev-v3.jsonl and lint-regression-frozen-v1.jsonl (tuned on)', () => {
  it('keep recall, clean drafts and intent at the level reached', () => {
    holds('lint-dev-v3.jsonl', { recall: 0.95, cleanFlagged: 0.02, intent: 0.97 });
    holds('lint-regression-frozen-v1.jsonl', { recall: 0.93, cleanFlagged: 0.02, intent: 0.97 });
  });
});

/**
 * The frozen sets of earlier rounds, spent once their before and after scores were taken and
 * tuned on since (the learned rules' thresholds are chosen on them too): held to the level reached.
 */
describe('tests/fixtures/lint-regression-frozen-v2.jsonl and -v3.jsonl (tuned on)', () => {
  it('keep recall, clean drafts and intent at the level reached', () => {
    // Clean drafts flagged 0.025 until round 20, whose retrained model reads one more congratulation
    // ("she's a lovely woman by all accounts") as a remark on the partner.
    holds('lint-regression-frozen-v2.jsonl', { recall: 0.95, cleanFlagged: 0.03, intent: 0.98 });
    // Intent 0.9 until round 19, whose lower romantic threshold reads one friendship letter as mixed.
    holds('lint-regression-frozen-v3.jsonl', { recall: 0.64, cleanFlagged: 0.05, intent: 0.89 });
  });
});

/**
 * Frozen sets v4 to v27, written blind and spent: v4 to v7's sentences were then labelled into the
 * sentence bank and their clean drafts trained on, v4 to v6's and v9 to v12's false alarms read and
 * fixed, v8 and v13 to v17 used to choose the learned rules' thresholds (v8 to v20 since round 19),
 * and v15 to v27 each measured a round (see each set's notes). Held at the level reached in round 24.
 */
describe('tests/fixtures/lint-regression-frozen-v4.jsonl to -v27.jsonl (spent)', () => {
  it.each([
    ['v4', 0.78, 0.019, 0.81],
    ['v5', 0.73, 0.02, 0.9],
    ['v6', 0.79, 0.058, 0.99],
    ['v7', 0.77, 0.115, 0.88],
    ['v8', 0.64, 0.049, 0.9],
    ['v9', 0.79, 0.077, 0.87],
    ['v10', 0.87, 0.029, 0.97],
    ['v11', 0.89, 0.068, 0.97],
    ['v12', 0.86, 0.068, 0.98],
    ['v13', 0.8, 0.067, 0.92],
    ['v14', 0.8, 0.018, 0.9],
    ['v15', 0.67, 0.039, 0.95],
    ['v16', 0.73, 0.058, 0.91],
    ['v17', 0.76, 0.01, 0.96],
    // v18 intent 0.93 until round 21, whose retrained model no longer reads "sometimes I sleep in your old
    // jersey" as romantic, so one letter that was mixed reads as friendship.
    ['v18', 0.67, 0.06, 0.92],
    ['v19', 0.77, 0.086, 0.9],
    ['v20', 0.74, 0.08, 0.93],
    ['v21', 0.77, 0.077, 0.95],
    // v22 intent 0.89 until round 21: a note that dwells on how beautiful the reader looked now reads as
    // mixed (its writer called it friendship).
    ['v22', 0.83, 0.029, 0.88],
    ['v23', 0.71, 0.068, 0.91],
    ['v24', 0.69, 0.077, 0.88],
    ['v25', 0.73, 0.076, 0.9],
    ['v26', 0.72, 0.039, 0.92],
    ['v27', 0.8, 0.039, 0.89],
  ] as const)(
    '%s keeps recall >= %d, clean drafts flagged <= %d, intent >= %d',
    (set, recall, cleanFlagged, intent) => {
      holds(`lint-regression-frozen-${set}.jsonl`, { recall, cleanFlagged, intent });
    },
  );
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
