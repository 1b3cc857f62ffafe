/**
 * Every rule carries flag/pass examples beside it (its `meta.examples`, also listed in
 * docs/rules.md and `olive lint --rules`). Here each is tested: a flag example gets a finding of
 * that rule, a pass example none, and where the rule offers a fix, applying it clears the finding.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { lint, RULES } from '../../../src/core/lint';
import type { LintOptions, Rule, Speller } from '../../../src/core/lint';
import type { RuleExample } from '../../../src/core/lint/rule';
import { loadEnglishSpeller } from '../../../src/core/lint-node/speller';

let speller: Speller;
beforeAll(async () => {
  speller = await loadEnglishSpeller();
});

function read(rule: Rule, example: string | RuleExample): { text: string; options: LintOptions } {
  const e = typeof example === 'string' ? { text: example } : example;
  const defaults = rule.meta.examples;
  const options: LintOptions = { kind: e.kind ?? defaults.kind ?? 'message' };
  const intent = e.intent ?? defaults.intent;
  if (intent) options.intent = intent;
  if (e.heard) options.heard = e.heard;
  return { text: e.text, options };
}

/** The findings of this rule (spelling rules get the dictionary, loaded before the tests run). */
function findings(rule: Rule, text: string, options: LintOptions) {
  const withSpeller = rule.meta.category === 'spelling' ? { ...options, speller } : options;
  return lint(text, withSpeller).diagnostics.filter((d) => d.rule === rule.meta.id);
}

describe('rule examples', () => {
  for (const rule of RULES) {
    describe(rule.meta.id, () => {
      const { flag, pass } = rule.meta.examples;
      it('has examples to flag and to pass', () => {
        expect(flag.length).toBeGreaterThanOrEqual(1);
        expect(pass.length).toBeGreaterThanOrEqual(1);
      });
      for (const example of flag) {
        const { text, options } = read(rule, example);
        it(`flags ${JSON.stringify(text).slice(0, 80)}`, () => {
          const found = findings(rule, text, options);
          expect(found.length, `${rule.meta.id} on ${JSON.stringify(text)}`).toBeGreaterThan(0);
        });
      }
      for (const example of pass) {
        const { text, options } = read(rule, example);
        it(`passes ${JSON.stringify(text).slice(0, 80)}`, () => {
          const found = findings(rule, text, options);
          expect(found.map((d) => text.slice(d.start, d.end))).toEqual([]);
        });
      }
      if (rule.meta.fixable) {
        it('offers a fix that clears the finding', () => {
          const { text, options } = read(rule, flag[0] as string | RuleExample);
          const before = findings(rule, text, options);
          const first = before.find((d) => d.suggestions.length > 0);
          expect(first, `${rule.meta.id}: a finding with a suggestion`).toBeDefined();
          const fix = (first as (typeof before)[number]).suggestions[0] as { replacement: string };
          const fixed = text.slice(0, first!.start) + fix.replacement + text.slice(first!.end);
          const after = findings(rule, fixed, options);
          expect(after.length).toBeLessThan(before.length);
        });
      }
    });
  }
});
