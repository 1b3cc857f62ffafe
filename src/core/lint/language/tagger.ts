/**
 * Parts of speech and lemmas from wink-nlp's English model, for the sentences a rule asks about.
 *
 * The tagger reads a sentence as our tokenizer already normalised it ("u r" -> "you are",
 * "cant" -> "can not"), so text-speak and curly apostrophes tag like plain English, and every tag
 * lines up with one of our tokens (and so with offsets in the writer's text). Sentences are tagged
 * in one batch per lint and cached by their normalised words: the desk re-lints on every
 * keystroke, and only the sentence being typed is new. See docs/ARCHITECTURE.md, "The linter".
 */
import winkNLP, { type WinkMethods } from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

/** Universal POS tags, as wink-nlp names them. */
export const POS = [
  'ADJ',
  'ADP',
  'ADV',
  'AUX',
  'CCONJ',
  'DET',
  'INTJ',
  'NOUN',
  'NUM',
  'PART',
  'PRON',
  'PROPN',
  'PUNCT',
  'SCONJ',
  'SYM',
  'VERB',
  'X',
  'SPACE',
] as const;
export type Pos = (typeof POS)[number];

/** What the tagger says about each word of one sentence, in token order. */
export interface SentenceTags {
  pos: readonly Pos[];
  lemma: readonly string[];
  /**
   * Whatever the caller derives from these tags for the same words (the clause reading), kept
   * with them so a re-lint of an unchanged sentence reuses it. Offsets in it are the caller's.
   */
  derived?: unknown;
}

let nlp: WinkMethods | null = null;

function tagger(): WinkMethods {
  // Only the part-of-speech pipe: sentences, negation and sentiment are ours, and each pipe costs time.
  nlp ??= winkNLP(model, ['pos']);
  return nlp;
}

/** Loads the model now (a few tens of milliseconds) instead of on the first lint. */
export function loadTagger(): void {
  tagger();
}

const MAX_CACHED = 20_000;
const cache = new Map<string, SentenceTags>();

function remember(key: string, tags: SentenceTags): void {
  if (cache.size >= MAX_CACHED) {
    // Drop the oldest quarter: a Map iterates in insertion order.
    let drop = MAX_CACHED >> 2;
    for (const old of cache.keys()) {
      cache.delete(old);
      if (--drop === 0) break;
    }
  }
  cache.set(key, tags);
}

/** Forgets every cached sentence (benchmarks measure cold tagging with it). */
export function clearTagCache(): void {
  cache.clear();
}

/**
 * Tags sentences given as arrays of words (one entry per token). Returns one SentenceTags per
 * sentence, aligned with its words. `ends` is the closing punctuation of each sentence ("?" helps
 * the tagger read a question); `salts` tell apart equal words that the caller reads differently.
 */
export function tagSentences(
  sentences: readonly (readonly string[])[],
  ends: readonly string[],
  salts?: readonly string[],
): SentenceTags[] {
  const out: (SentenceTags | null)[] = new Array<SentenceTags | null>(sentences.length).fill(null);
  const keys: string[] = [];
  const missing: number[] = [];
  /** Sentences repeated within this batch wait for the first one's tags. */
  const repeats: [number, number][] = [];
  const firstOf = new Map<string, number>();
  for (let s = 0; s < sentences.length; s++) {
    // The salt tells apart sentences whose words read differently (a name that is the partner's).
    const key = `${(sentences[s] as readonly string[]).join(' ')} ${ends[s] ?? '.'}${salts?.[s] ?? ''}`;
    keys.push(key);
    const known = cache.get(key);
    if (known) {
      out[s] = known;
      continue;
    }
    const first = firstOf.get(key);
    if (first !== undefined) repeats.push([s, first]);
    else {
      firstOf.set(key, s);
      missing.push(s);
    }
  }
  if (missing.length > 0) {
    // One document for every new sentence, separated by blank lines; offsets map tags back to words.
    let text = '';
    const wordStarts: number[][] = [];
    for (const s of missing) {
      if (text !== '') text += '\n\n';
      const starts: number[] = [];
      const words = sentences[s] as readonly string[];
      for (let k = 0; k < words.length; k++) {
        if (k > 0) text += ' ';
        let w = words[k] as string;
        // ", word": a comma the tagger may read, before the word itself.
        if (w.startsWith(', ')) {
          text += ', ';
          w = w.slice(2);
        }
        starts.push(text.length);
        text += w === 'i' ? 'I' : w;
      }
      text += ` ${ends[s] ?? '.'}`;
      wordStarts.push(starts);
    }
    const its = tagger().its;
    const doc = tagger().readDoc(text);
    const tokens = doc.tokens();
    const values = tokens.out(its.value) as string[];
    const spaces = tokens.out(its.precedingSpaces) as string[];
    const tags = tokens.out(its.pos) as Pos[];
    // wink-nlp's typings give `lemma` a signature `out` does not accept; it is a token property like the rest.
    const lemmas = tokens.out(its.lemma as unknown as typeof its.value) as string[];
    // Where each wink token starts in `text`.
    const byStart = new Map<number, number>();
    let at = 0;
    for (let t = 0; t < values.length; t++) {
      at += (spaces[t] as string).length;
      byStart.set(at, t);
      at += (values[t] as string).length;
    }
    missing.forEach((s, m) => {
      const words = sentences[s] as readonly string[];
      const pos: Pos[] = [];
      const lemma: string[] = [];
      const starts = wordStarts[m] as number[];
      for (let k = 0; k < words.length; k++) {
        const t = byStart.get(starts[k] as number);
        const word = (words[k] as string).replace(/^, /, '');
        if (t === undefined) {
          pos.push('X');
          lemma.push(word);
          continue;
        }
        pos.push(tags[t] as Pos);
        lemma.push(fixLemma(word, (lemmas[t] as string).toLowerCase()));
      }
      const result: SentenceTags = { pos, lemma };
      out[s] = result;
      remember(keys[s] as string, result);
    });
  }
  for (const [s, first] of repeats) out[s] = out[first] as SentenceTags;
  return out as SentenceTags[];
}

/** The model's lemmatizer has a few spellings of its own ("through" -> "thru"). */
function fixLemma(word: string, lemma: string): string {
  if (lemma === 'thru') return 'through';
  return lemma === '' ? word : lemma;
}
