/**
 * The frozen held-out set must never change: it is scored once before and once after a change
 * to the linter (scripts/lint-eval.ts --quiet) and never tuned on. A new set gets a new name.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LINT_CATEGORIES } from '../../../src/core/lint';
import { readLabelledDrafts } from '../../fixtures/labelled-drafts';

/**
 * The held-out set, never read or tuned on: v28 (written during round 24 and scored at its end,
 * before any change of the next round). The spent blind sets were renamed lint-regression-frozen-v4
 * and so on once they had measured a round: v8 and v13 to v17 chose or compared the learned rules'
 * thresholds and model (and v8, v13 and v14 shaped the blame gate) in rounds 13 to 16; v15 to v17's
 * sentences were labelled (into training/held-back) in round 15; v18 measured round 16 and was never
 * read; v19 to v22 measured rounds 17 to 20 and were never read; in round 19, v8 to v20 chose
 * the learned rules' thresholds and the second look's; v23 and v24 measured round 21, v25 round 22,
 * v26 round 23 and v27 round 24, and were never read (round 24's rules were read from v23 to v26). They keep their hashes, so their labels stay as written.
 */
const FROZEN = [
  { file: 'lint-frozen-v28.jsonl', sha256: '3f540e2984cb2b04746041df3967afaaf982c619fcbd2bb56a0d568ce920a1eb' },
  {
    file: 'lint-regression-frozen-v27.jsonl',
    sha256: '1346babcda0b8290ab590257238627fabde2d413201bda359f0336d33474b2a8',
  },
  {
    file: 'lint-regression-frozen-v26.jsonl',
    sha256: 'd92d8550ab27870dd3899346f1b078ae9d63aad4b775c26822622dc86324afc5',
  },
  {
    file: 'lint-regression-frozen-v25.jsonl',
    sha256: '90e80a2e9278231b75fa6916a534ad0f9a6959b583f8a24a8f298afffec5b3f0',
  },
  {
    file: 'lint-regression-frozen-v24.jsonl',
    sha256: '01c75f642ddf62bb221628cd7b7fe0db292b7badb3c648bd2e2f52908fcb0a82',
  },
  {
    file: 'lint-regression-frozen-v23.jsonl',
    sha256: 'b83bc24410ef2d498ba636b62806787815fed66688020921082bfbdad8a27b01',
  },
  {
    file: 'lint-regression-frozen-v22.jsonl',
    sha256: '2ab1952b6786018eb00602dffd07c3c84574a95d3df38df045db9f071ab4a554',
  },
  {
    file: 'lint-regression-frozen-v21.jsonl',
    sha256: '32486f7861495bdb11e50c950559b377257d6c4fb8231e255759bc13a29f6688',
  },
  {
    file: 'lint-regression-frozen-v20.jsonl',
    sha256: 'db8fc3ae1c646bfc3681196086ca5a7de865730b68b0abc0396809e79846612a',
  },
  {
    file: 'lint-regression-frozen-v19.jsonl',
    sha256: '2ea294a9c35ac3f5d7c22ba82d234fd87775929b9ad100b6011d886c6167c720',
  },
  {
    file: 'lint-regression-frozen-v18.jsonl',
    sha256: '5181e1c7d6c83ef5c09ef0a5b93b91b44c02099be3e00cef75660cd9f08b8556',
  },
  {
    file: 'lint-regression-frozen-v17.jsonl',
    sha256: 'cf5496bdccdbb81e71c84fc91955a2c72ab187d19ec7b1d2ff30271e703046d1',
  },
  {
    file: 'lint-regression-frozen-v16.jsonl',
    sha256: 'ab70331cb98ba9fef2b7df5db4b4339d0280eb174f3aeb19100d42be00a5c6d3',
  },
  {
    file: 'lint-regression-frozen-v15.jsonl',
    sha256: '8c9bf41b7d3e0bbccb2c12fe228aa662b33a4959f5300dc2c6448a0132f7dd2e',
  },
  {
    file: 'lint-regression-frozen-v14.jsonl',
    sha256: '2bdbb85f905f4f2037e5b8521ee20a4322188ec685e10c1b5fb9c8cc7daa6710',
  },
  {
    file: 'lint-regression-frozen-v13.jsonl',
    sha256: '3642d21fe0ca1c79dfe84170fe1224e4d75d98c1255d54ffeba18b6989a91e3e',
  },
  {
    file: 'lint-regression-frozen-v12.jsonl',
    sha256: 'd2318e0545534d96cad77ffc4cf301da25ba5256bf5474a64f496ccfb3e63c3f',
  },
  {
    file: 'lint-regression-frozen-v11.jsonl',
    sha256: '15f61f3f7b41bc251dc5571d9e69ac75aff19d680d70701ffee47dd8c69204de',
  },
  {
    file: 'lint-regression-frozen-v10.jsonl',
    sha256: 'ff92463a918e5d5c37c48fbdd4546b38aa393f4bc70d6713d23411428f14ffff',
  },
  {
    file: 'lint-regression-frozen-v9.jsonl',
    sha256: '20e3961bc5a31b1a61dd734b9aed943837836103f18f3f162031face0fe86194',
  },
  {
    file: 'lint-regression-frozen-v8.jsonl',
    sha256: '4681a5bbcd7cd25356300568fe8356bc98f77c11d62a6ca940861c74fe7be653',
  },
  {
    file: 'lint-regression-frozen-v7.jsonl',
    sha256: 'bdfc0e9c2abe070491bdcec7347d14e2d8a47c5c21272414b59d19b33155dc86',
  },
  {
    file: 'lint-regression-frozen-v4.jsonl',
    sha256: 'a4666001bfb8763f89d2cb14ddb5a4ccb7945b1a169fb8454ccc251d4ec5ad05',
  },
  {
    file: 'lint-regression-frozen-v5.jsonl',
    sha256: '31735b1eae28d0b29cecc3c5d8ccd5f9bd4a74edcb0ae3b412e7b2022ea99ff5',
  },
  {
    file: 'lint-regression-frozen-v6.jsonl',
    sha256: '8a1191772dd2c1fe6502ea745a787a0286a867e29ffbace48ed9f8eb099cbbb1',
  },
];

describe.each(FROZEN)('frozen set $file', (FROZEN) => {
  it(`${FROZEN.file} is byte for byte the set that was frozen`, () => {
    const bytes = readFileSync(join(import.meta.dirname, '../../fixtures', FROZEN.file));
    expect(createHash('sha256').update(bytes).digest('hex')).toBe(FROZEN.sha256);
  });

  it('is large enough to measure every category', () => {
    const drafts = readLabelledDrafts(FROZEN.file);
    expect(drafts.length).toBeGreaterThanOrEqual(200);
    const clean = drafts.filter((d) => d.labels.length === 0).length;
    expect(clean / drafts.length).toBeGreaterThanOrEqual(0.4);
    for (const d of drafts) for (const l of [...d.labels, ...d.allow]) expect(LINT_CATEGORIES).toContain(l);
    for (const category of [
      'needy',
      'pressure',
      'blame',
      'romantic',
      'new-partner',
      'signature',
      'ambiguous-intent',
      'missing-element',
    ]) {
      expect(drafts.filter((d) => d.labels.includes(category)).length, category).toBeGreaterThanOrEqual(5);
    }
  });
});
