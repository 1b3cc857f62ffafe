/**
 * The learned rules (src/core/lint/rules/learned.ts) and the sentence model under them: the
 * shipped weights are the ones the bank trains, and the learned rules stay second to the others.
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lint } from '../../../src/core/lint';
import { analyse } from '../../../src/core/lint/engine/analysis';
import { probabilityOf } from '../../../src/core/lint/model/classify';
import { THRESHOLDS } from '../../../src/core/lint/rules/learned';
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

  describe('blame is laid only on a reader in view, and never where the writer owns the hurt', () => {
    const blamed = (text: string, kind: 'message' | 'card' | 'letter' = 'message') =>
      lint(text, { kind, ...(kind === 'letter' ? { intent: 'friendship' as const } : {}) }).diagnostics.filter(
        (d) => d.rule === 'blame/tone',
      );
    /** The model's own reading, so each case below is one the gate (not the threshold) decides. */
    const reads = (sentence: string) =>
      probabilityOf(analyse(sentence).language.sentences()[0]!, 'blame') >= THRESHOLDS.blame;

    it('flags a verdict the other blame rules have no words for', () => {
      const text = "You always had time for your brother's problems but never a minute for mine.";
      expect(blamed(text).map((d) => text.slice(d.start, d.end))).toEqual([text.slice(0, -1)]);
    });

    it('leaves praise alone when nothing in it turns against the reader', () => {
      for (const text of [
        'Forty years behind the counter and you made every one of them count.',
        'You never once complained, even when the bills piled up.',
      ]) {
        expect(reads(text), text).toBe(true);
        expect(blamed(text, 'card'), text).toEqual([]);
      }
    });

    it('leaves a sentence alone where the writer tells what they did', () => {
      const text = 'You never missed one of my gigs, but I missed your graduation for a stag weekend.';
      expect(reads(text)).toBe(true);
      expect(blamed(text)).toEqual([]);
    });

    /** A letter that owns a hurt, with `line` two paragraphs after the apology. */
    const ownedLetter = (line: string) =>
      'Dear Sam,\n\nI hurt you when I left for Leeds without telling you first, and I am sorry for it.\n\n' +
      `The weeks after were hard.\n\n${line}\n\nI would like us to be friends, if you ever want that.\n\nJo\n`;

    it("leaves the reader's side of a hurt alone in a letter that owns it", () => {
      const line = 'You never missed one of my gigs, but nobody turned up to yours.';
      expect(reads(line)).toBe(true);
      const bare =
        'Dear Sam,\n\nThe weeks after I left were hard.\n\n' +
        `${line}\n\nI would like us to be friends, if you ever want that.\n\nJo\n`;
      expect(blamed(ownedLetter(line), 'letter')).toEqual([]);
      expect(blamed(bare, 'letter')).toHaveLength(1);
    });

    it('but reads a turn after the apology ("That said, ...") as the blame it lays', () => {
      const line = 'That said, you never missed one of my gigs, but nobody turned up to yours.';
      expect(reads(line)).toBe(true);
      const owned = ownedLetter(line);
      expect(blamed(owned, 'letter').map((d) => owned.slice(d.start, d.end))).toEqual([line.slice(0, -1)]);
      // Owning it in the same breath keeps it kind.
      const sorry = "That said, you never missed one of my gigs, but I'm sorry nobody turned up to yours.";
      expect(reads(sorry)).toBe(true);
      expect(blamed(ownedLetter(sorry), 'letter')).toEqual([]);
    });
  });
});
