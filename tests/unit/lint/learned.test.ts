/**
 * The learned rules (src/core/lint/rules/learned.ts) and the sentence model under them: the
 * shipped weights are the ones the bank trains, and the learned rules stay second to the others.
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lint } from '../../../src/core/lint';
import { readLabelledDrafts } from '../../fixtures/labelled-drafts';

const root = join(import.meta.dirname, '../../..');

describe('the sentence model', () => {
  it('ships the weights the sentence bank trains (npx tsx scripts/train-sentence-model.ts)', () => {
    // Throws, with the script's one-line reason, when the bank, a rule example or the features changed.
    execFileSync(process.execPath, ['--import', 'tsx', 'scripts/train-sentence-model.ts', '--check'], {
      cwd: root,
      stdio: 'pipe',
    });
  }, 60_000);
});

describe('the learned rules', () => {
  const drafts = readLabelledDrafts('lint-regression-frozen-v2.jsonl');

  it('speak only where no other rule of their family has, and only as warnings', () => {
    let learned = 0;
    for (const draft of drafts) {
      const found = lint(draft.text, {
        kind: draft.kind,
        ...(draft.intent ? { intent: draft.intent } : {}),
      }).diagnostics;
      for (const d of found.filter((f) => f.rule.endsWith('/tone'))) {
        learned++;
        expect(d.severity).toBe('warning');
        const others = found.filter(
          (o) => o !== d && o.category === d.category && o.severity !== 'info' && o.start < d.end && o.end > d.start,
        );
        expect(
          others.map((o) => o.rule),
          `${d.rule} in ${draft.id}`,
        ).toEqual([]);
      }
    }
    // Some learned findings, or the check above proves nothing.
    expect(learned).toBeGreaterThan(0);
  });

  it('leave a sentence alone once a rule of their family has flagged it', () => {
    // The model reads this as pressure too; the reply-request rule speaks for it, once.
    const found = lint('Ring me back when you get this.').diagnostics.filter((d) => d.category === 'pressure');
    expect(found.map((d) => d.rule)).toEqual(['pressure/reply-request']);
  });
});
