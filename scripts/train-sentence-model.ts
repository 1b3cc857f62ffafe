/**
 * Trains the sentence model (src/core/lint/model) and writes its weights.
 *
 *   npx tsx scripts/train-sentence-model.ts           # cross-validates, trains, writes weights.generated.ts
 *   npx tsx scripts/train-sentence-model.ts --no-cv   # trains and writes, without the five-fold report
 *   npx tsx scripts/train-sentence-model.ts --check   # exits 1 when the written weights are stale
 *
 * The examples (scripts/sentence-model.ts): training/sentence-bank/*.jsonl, one sentence per line,
 * {"text", "label", "voice"} (see its README.md); every sentence of the clean drafts in the
 * development and early regression sets; every rule's flag and pass examples.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { collectExamples, crossValidate, fit, render, root } from './sentence-model';

const out = join(root, 'src/core/lint/model/weights.generated.ts');
const { examples, counts } = collectExamples();
console.log(counts);
const check = process.argv.includes('--check');
if (!check && !process.argv.includes('--no-cv')) crossValidate(examples, 0.5);
const model = fit(examples);
const text = render(model, examples.length);
if (check) {
  if (readFileSync(out, 'utf8') !== text) {
    console.error('weights.generated.ts is stale: run npx tsx scripts/train-sentence-model.ts');
    process.exit(1);
  }
} else {
  writeFileSync(out, text);
  console.log(`wrote ${out.slice(root.length + 1)}: ${text.length} characters, ${examples.length} sentences`);
}
