/**
 * The sentence model: a linear classifier over the features of features.ts, trained at build
 * time on a bank of labelled sentences (scripts/train-sentence-model.ts) and shipped as weights.
 * It says, for one sentence, how likely each problem family is. The rules stay first: a family's
 * learned rule only speaks for a sentence the model is confident about (see rules/learned.ts).
 */
import type { SentenceLanguage } from '../language';
import { sentenceFeatures } from './features';
import { MODEL } from './weights.generated';

export const MODEL_CLASSES = MODEL.classes;
export type ModelClass = (typeof MODEL_CLASSES)[number];

let table: Map<string, Float64Array> | null = null;

/** The packed weights ("feature\tw,w,w,..." per entry, hundredths) read into a table once. */
function weights(): Map<string, Float64Array> {
  if (table) return table;
  table = new Map();
  const n = MODEL_CLASSES.length;
  for (const line of MODEL.weights as readonly string[]) {
    const tab = line.lastIndexOf('\t');
    if (tab < 0) continue;
    const values = line.slice(tab + 1).split(',');
    const row = new Float64Array(n);
    for (let c = 0; c < n; c++) row[c] = Number(values[c] ?? 0) / MODEL.scale;
    table.set(line.slice(0, tab), row);
  }
  return table;
}

/** Weights other than the shipped ones (bias and rows as the packed file holds them, in hundredths). */
export interface ModelWeights {
  bias: readonly number[];
  rows: readonly (readonly [string, readonly number[]])[];
}

let trial: { bias: Float64Array; table: Map<string, Float64Array> } | null = null;

/**
 * Reads with other weights until called with null (scripts/tune-learned.ts scores models trained
 * without one labelled set on that set). Sentences already scored keep their old probabilities:
 * call forgetReadText() after it.
 */
export function useModel(model: ModelWeights | null): void {
  trial = model && {
    bias: Float64Array.from(model.bias, (b) => b / MODEL.scale),
    table: new Map(model.rows.map(([f, row]) => [f, Float64Array.from(row, (x) => x / MODEL.scale)])),
  };
}

/** The model's probabilities for a list of features, in MODEL_CLASSES order. */
export function classify(features: readonly string[]): Float64Array {
  const w = trial?.table ?? weights();
  const n = MODEL_CLASSES.length;
  const scores = new Float64Array(n);
  for (let c = 0; c < n; c++) scores[c] = trial ? (trial.bias[c] ?? 0) : (MODEL.bias[c] ?? 0) / MODEL.scale;
  for (const f of features) {
    const row = w.get(f);
    if (!row) continue;
    for (let c = 0; c < n; c++) scores[c] = (scores[c] as number) + (row[c] as number);
  }
  let max = -Infinity;
  for (const s of scores) max = Math.max(max, s);
  let sum = 0;
  for (let c = 0; c < n; c++) {
    scores[c] = Math.exp((scores[c] as number) - max);
    sum += scores[c] as number;
  }
  for (let c = 0; c < n; c++) scores[c] = (scores[c] as number) / sum;
  return scores;
}

const MEMO = 'model';

/** The sentence's probabilities, worked out once per distinct sentence and kept with it. */
export function sentenceProbabilities(sentence: SentenceLanguage): Float64Array {
  let p = sentence.memo.get(MEMO) as Float64Array | undefined;
  if (!p) {
    p = classify(sentenceFeatures(sentence));
    sentence.memo.set(MEMO, p);
  }
  return p;
}

/** How likely the sentence is to belong to one family (0 to 1). */
export function probabilityOf(sentence: SentenceLanguage, family: ModelClass): number {
  return sentenceProbabilities(sentence)[MODEL_CLASSES.indexOf(family)] ?? 0;
}
