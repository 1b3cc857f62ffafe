/**
 * The language layer over one analysed text: parts of speech, lemmas and clauses per sentence,
 * computed on first use and for all sentences in one batch (the tagger caches per sentence).
 */
import { GAP, type Sentence, type Token } from '../engine/tokenize';
import { readClauses, type Clause, type TaggedSentence } from './clauses';
import { tagSentences, type Pos, type SentenceTags } from './tagger';
import { EXCLAMATION_MARK, QUESTION_MARK } from '../engine/chars';

export type { Clause } from './clauses';
export type { Pos } from './tagger';
export type { Person } from './words';

export interface SentenceLanguage extends TaggedSentence {
  index: number;
  clauses: readonly Clause[];
  /**
   * Results worth keeping for every sentence with the same words (a detector's findings, with
   * token offsets from the sentence's first token): shared across lints, so a re-lint of an
   * unchanged sentence reads them instead of working them out again.
   */
  memo: Map<string, unknown>;
  /**
   * Every word and lemma of the sentence, built on first use: a detector that asks for a word the
   * sentence does not hold is answered with one look instead of a scan.
   */
  readonly vocabulary: ReadonlySet<string>;
}

export interface Language {
  /** The sentence (or, in a run-on sentence, the stretch of it) holding this token. */
  at: (token: number) => SentenceLanguage;
  /** Every sentence, in order; a run-on sentence comes in stretches of at most 120 words. */
  sentences: () => readonly SentenceLanguage[];
  /** Part of speech and lemma of any token (tags the text on first use). */
  pos: (token: number) => Pos;
  lemma: (token: number) => string;
}

/**
 * Sentences longer than this are read in stretches: a run-on chat log must cost linear time, and
 * no clause a rule cares about is that long.
 */
const MAX_TAGGED_WORDS = 120;
/** Longer "words" (a pasted hash, a keyboard mash) are read as one placeholder by the tagger. */
const MAX_WORD_LENGTH = 40;

/**
 * The clauses of a tagged sentence, read once per distinct sentence and kept with its tags (with
 * token offsets from the sentence's start), then placed at this sentence's position.
 */
interface Derived {
  clauses: Clause[];
  memo: Map<string, unknown>;
}

function derivedOf(tags: SentenceTags, tagged: TaggedSentence): Derived {
  let derived = tags.derived as Derived | undefined;
  if (!derived) {
    derived = { clauses: readClauses(tagged).map((c) => shift(c, -tagged.first)), memo: new Map() };
    tags.derived = derived;
  }
  return derived;
}

function shift(c: Clause, by: number): Clause {
  const at = (k: number): number => (k < 0 ? k : k + by);
  return {
    ...c,
    first: c.first + by,
    end: c.end + by,
    subjectFirst: at(c.subjectFirst),
    subjectEnd: at(c.subjectEnd),
    verbFirst: at(c.verbFirst),
    verb: at(c.verb),
  };
}

/** A sentence's language: tags as the tagger gave them, clauses placed on first use. */
class SentenceView implements SentenceLanguage {
  private placed: readonly Clause[] | null = null;
  readonly pos: readonly Pos[];
  readonly lemma: readonly string[];
  readonly memo: Map<string, unknown>;

  constructor(
    readonly tokens: readonly Token[],
    readonly first: number,
    readonly end: number,
    readonly index: number,
    readonly question: boolean,
    private readonly tags: SentenceTags,
  ) {
    this.pos = tags.pos;
    this.lemma = tags.lemma;
    this.memo = derivedOf(tags, this).memo;
  }

  get clauses(): readonly Clause[] {
    this.placed ??= derivedOf(this.tags, this).clauses.map((c) => shift(c, this.first));
    return this.placed;
  }

  private known: Set<string> | null = null;

  get vocabulary(): ReadonlySet<string> {
    if (!this.known) {
      const known = new Set<string>();
      for (let k = this.first; k < this.end; k++) known.add((this.tokens[k] as Token).word);
      for (const l of this.lemma) known.add(l);
      this.known = known;
    }
    return this.known;
  }
}

export function languageOf(text: string, tokens: readonly Token[], sentences: readonly Sentence[]): Language {
  let read: SentenceLanguage[] | null = null;
  /** For each token, the index of the stretch that holds it. */
  let stretchOf: Int32Array = new Int32Array(0);

  const build = (): SentenceLanguage[] => {
    if (read) return read;
    // Long sentences are tagged in windows of MAX_TAGGED_WORDS words.
    const pieces: { first: number; end: number; index: number }[] = [];
    sentences.forEach((s, index) => {
      for (let first = s.firstToken; first < s.endToken; first += MAX_TAGGED_WORDS) {
        pieces.push({ first, end: Math.min(s.endToken, first + MAX_TAGGED_WORDS), index });
      }
    });
    // Each word as the tokenizer read it; a comma before it where the text has one (the clause
    // reading depends on it), so equal keys mean equal readings.
    const words = pieces.map((p) => {
      const out: string[] = [];
      for (let k = p.first; k < p.end; k++) {
        const t = tokens[k] as Token;
        const w = t.word.length > MAX_WORD_LENGTH ? 'x' : t.word;
        out.push(k > p.first && t.gap >= GAP.soft ? `, ${w}` : w);
      }
      return out;
    });
    const ends = pieces.map((p) => {
      const s = sentences[p.index] as Sentence;
      if (p.end !== s.endToken) return '.';
      const c = text.charCodeAt(s.end - 1);
      return c === QUESTION_MARK ? '?' : c === EXCLAMATION_MARK ? '!' : '.';
    });
    // Which words are the partner's name: the clause reading (cached with the tags) depends on it.
    const salts = pieces.map((p) => {
      let salt = '';
      for (let k = p.first; k < p.end; k++) if ((tokens[k] as Token).alt !== null) salt += `|${k - p.first}`;
      return salt;
    });
    const tags = tagSentences(words, ends, salts);
    stretchOf = new Int32Array(tokens.length);
    read = pieces.map((p, i) => {
      const s = sentences[p.index] as Sentence;
      stretchOf.fill(i, p.first, p.end);
      return new SentenceView(
        tokens,
        p.first,
        p.end,
        p.index,
        p.end === s.endToken && text.charCodeAt(s.end - 1) === QUESTION_MARK,
        tags[i] as SentenceTags,
      );
    });
    return read;
  };

  const at = (token: number): SentenceLanguage => build()[stretchOf[token] ?? 0] as SentenceLanguage;
  return {
    at,
    sentences: () => build(),
    pos: (token) => {
      const s = at(token);
      return s.pos[token - s.first] ?? 'X';
    },
    lemma: (token) => {
      const s = at(token);
      return s.lemma[token - s.first] ?? (tokens[token] as Token | undefined)?.word ?? '';
    },
  };
}
