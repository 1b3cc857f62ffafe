/**
 * Chooses the learned rules' thresholds (src/core/lint/rules/learned.ts, THRESHOLDS) on regression
 * sets: for each family alone, every threshold from 0.30 to 0.95 is scored, and the lowest one
 * that gains the most (labels caught, minus twice the false alarms added) is printed. Never give it
 * a frozen set: choosing on a set is tuning on it.
 *
 *   npx tsx scripts/tune-learned.ts tests/fixtures/lint-regression-frozen-v2.jsonl ...
 */
import { THRESHOLDS } from '../src/core/lint/rules/learned';
import { readLabelledDrafts, scoreDrafts, type LabelledDraft } from '../tests/fixtures/labelled-drafts';

const files = process.argv.slice(2).filter((a) => !a.startsWith('--'));
if (files.length === 0 || files.some((f) => /frozen-v\d/.test(f) && !f.includes('regression'))) {
  console.error('usage: npx tsx scripts/tune-learned.ts REGRESSION-SET.jsonl... (never a frozen set)');
  process.exit(2);
}
const drafts: LabelledDraft[] = files.flatMap((f) => readLabelledDrafts(f));
const families = Object.keys(THRESHOLDS) as (keyof typeof THRESHOLDS)[];

function measure(family: string): { found: number; falseAlarms: number; cleanFlagged: number } {
  const score = scoreDrafts(drafts);
  const row = score.byCategory.get(family);
  return { found: row?.found ?? 0, falseAlarms: row?.falseAlarms ?? 0, cleanFlagged: score.cleanFlagged };
}

const chosen: Record<string, number> = {};
let total = 0;
for (const f of families) THRESHOLDS[f] = 2;
for (const family of families) {
  THRESHOLDS[family] = 2;
  const base = measure(family);
  let best = { threshold: 2, gain: 0, line: 'off' };
  const lines: string[] = [];
  for (let t = 0.3; t <= 0.951; t += 0.05) {
    THRESHOLDS[family] = t;
    const m = measure(family);
    const caught = m.found - base.found;
    const alarms = m.falseAlarms - base.falseAlarms;
    const gain = caught - 2 * alarms;
    const line = `${t.toFixed(2)}: +${caught} caught, +${alarms} false alarms, clean flagged ${m.cleanFlagged - base.cleanFlagged >= 0 ? '+' : ''}${m.cleanFlagged - base.cleanFlagged}`;
    lines.push(`    ${line}`);
    if (gain > best.gain) best = { threshold: Number(t.toFixed(2)), gain, line };
  }
  THRESHOLDS[family] = 2;
  chosen[family] = best.threshold;
  total += best.gain;
  console.log(`${family}: choose ${best.threshold} (${best.line})`);
  console.log(lines.join('\n'));
}
console.log(`${JSON.stringify(chosen)} gain ${total}`);
