/**
 * Measures the wording linter against labelled drafts (JSON lines: id, kind, intent, text, labels,
 * allow, detected). Prints, per file: recall (labels reported as error or warning), false alarms
 * (clean drafts with any error or warning, and extra categories outside labels and allow), and
 * intent accuracy, then lists every miss with the rules and spans that did fire.
 *
 *   npx tsx scripts/lint-eval.ts tests/fixtures/lint-dev-v1.jsonl [--quiet]
 *
 * --quiet prints only the totals and the per-category table (no texts): use it on a frozen set,
 * whose misses must never be read (reading them is tuning on it).
 */
import type { Diagnostic } from '../src/core/lint';
import { readLabelledDrafts as readSamples, scoreDrafts } from '../tests/fixtures/labelled-drafts';

function pct(n: number, d: number): string {
  return d === 0 ? 'n/a' : `${n}/${d} (${((100 * n) / d).toFixed(1)}%)`;
}

function describe(text: string, d: Diagnostic): string {
  return `${d.rule} [${d.severity}] "${text.slice(d.start, d.end).replace(/\n/g, '⏎')}"`;
}

const args = process.argv.slice(2);
const quiet = args.includes('--quiet');
const files = args.filter((a) => !a.startsWith('--'));
if (files.length === 0) {
  console.error('usage: npx tsx scripts/lint-eval.ts FILE.jsonl... [--quiet]');
  process.exit(2);
}

let failedAny = false;
for (const file of files) {
  const samples = readSamples(file);
  const score = scoreDrafts(samples);
  const notes: string[] = [];
  let perfect = 0;
  for (const { draft: s, result, loud, missed, unexpected, intentRight } of score.judged) {
    if (missed.length === 0 && unexpected.length === 0 && intentRight !== false) {
      perfect++;
      continue;
    }
    const lines = [`  ${s.id} (${s.kind}${s.intent ? `, ${s.intent}` : ''})`];
    if (missed.length > 0) lines.push(`    missed: ${missed.join(', ')}`);
    for (const c of unexpected) {
      for (const d of loud.filter((x) => x.category === c)) lines.push(`    extra: ${describe(s.text, d)}`);
    }
    if (intentRight === false) lines.push(`    intent: expected ${s.detected}, got ${result.intent.detected}`);
    if (missed.length > 0) {
      const info = result.diagnostics.filter((d) => missed.includes(d.category));
      for (const d of info) lines.push(`    (only) ${describe(s.text, d)}`);
    }
    lines.push(`    text: ${JSON.stringify(s.text)}`);
    notes.push(lines.join('\n'));
  }
  if (perfect < samples.length) failedAny = true;
  console.log(`${file}: ${samples.length} drafts, ${perfect} fully right`);
  console.log(`  recall        ${pct(score.found, score.labels)} labels reported`);
  console.log(
    `  false alarms  ${pct(score.cleanFlagged, score.clean)} clean drafts flagged; ` +
      `${score.extra} extra categories in all drafts`,
  );
  console.log(`  intent        ${pct(score.intentsRight, score.intents)} verdicts right`);
  const rows = [...score.byCategory.entries()].sort((a, b) => (a[0] < b[0] ? -1 : 1));
  for (const [c, r] of rows) {
    console.log(`    ${c.padEnd(18)} recall ${pct(r.found, r.labelled).padEnd(16)} extra in ${r.falseAlarms} drafts`);
  }
  if (!quiet && notes.length > 0) console.log(notes.join('\n'));
}
process.exitCode = failedAny ? 1 : 0;
