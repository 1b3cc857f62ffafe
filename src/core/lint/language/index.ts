/**
 * The language layer over one analysed text: parts of speech, lemmas and clauses per sentence,
 * computed on first use and for all sentences in one batch (the tagger caches per sentence).
 */
import type { Sentence, Token } from '../engine/tokenize';
import { readClauses, type Clause, type TaggedSentence } from './clauses';
import { tagSentences, type Pos, type SentenceTags } from './tagger';

export type { Clause } from './clauses';
export type { Pos } from './tagger';
export type { Person } from './words';

export interface SentenceLanguage extends TaggedSentence {
  index: number;
  clauses: readonly Clause[];
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
function clausesOf(tags: SentenceTags, tagged: TaggedSentence): Clause[] {
  let relative = tags.derived as Clause[] | undefined;
  if (!relative) {
    relative = readClauses(tagged).map((c) => shift(c, -tagged.first));
    tags.derived = relative;
  }
  return relative.map((c) => shift(c, tagged.first));
}

function shift(c: Clause, by: number): Clause {
  const at = (k: number): number => (k < 0 ? k : k + by);
  return { ...c, first: c.first + by, last: c.last + by, subjectFirst: at(c.subjectFirst), subjectLast: at(c.subjectLast), verbFirst: at(c.verbFirst), verb: at(c.verb) };
}

export function languageOf(text: string, tokens: readonly Token[], sentences: readonly Sentence[]): Language {
  let read: SentenceLanguage[] | null = null;
  let posByToken: Pos[] = [];
  let lemmaByToken: string[] = [];
  /** For each token, the index of the stretch that holds it. */
  let stretchOf: Int32Array = new Int32Array(0);

  const build = (): SentenceLanguage[] => {
    if (read) return read;
    // Long sentences are tagged in windows of MAX_TAGGED_WORDS words.
    const pieces: { first: number; last: number; index: number }[] = [];
    sentences.forEach((s, index) => {
      for (let first = s.firstToken; first < s.endToken; first += MAX_TAGGED_WORDS) {
        pieces.push({ first, last: Math.min(s.endToken, first + MAX_TAGGED_WORDS), index });
      }
    });
    const words = pieces.map((p) => {
      const out: string[] = [];
      for (let k = p.first; k < p.last; k++) {
        const w = (tokens[k] as Token).w;
        out.push(w.length > MAX_WORD_LENGTH ? 'x' : w);
      }
      return out;
    });
    const ends = pieces.map((p) => {
      const s = sentences[p.index] as Sentence;
      return p.last === s.endToken && text.charCodeAt(s.end - 1) === 63 ? '?' : '.';
    });
    // Which words are the partner's name: the clause reading (cached with the tags) depends on it.
    const salts = pieces.map((p) => {
      let salt = '';
      for (let k = p.first; k < p.last; k++) if ((tokens[k] as Token).alt !== null) salt += `|${k - p.first}`;
      return salt;
    });
    const tags = tagSentences(words, ends, salts);
    posByToken = new Array<Pos>(tokens.length);
    lemmaByToken = new Array<string>(tokens.length);
    pieces.forEach((p, i) => {
      const t = tags[i] as SentenceTags;
      for (let k = p.first; k < p.last; k++) {
        posByToken[k] = t.pos[k - p.first] ?? 'X';
        lemmaByToken[k] = t.lemma[k - p.first] ?? (tokens[k] as Token).w;
      }
    });
    stretchOf = new Int32Array(tokens.length);
    read = pieces.map((p, i) => {
      const s = sentences[p.index] as Sentence;
      stretchOf.fill(i, p.first, p.last);
      const tagged: TaggedSentence = {
        tokens,
        first: p.first,
        last: p.last,
        pos: posByToken.slice(p.first, p.last),
        lemma: lemmaByToken.slice(p.first, p.last),
        question: p.last === s.endToken && text.charCodeAt(s.end - 1) === 63,
      };
      return { ...tagged, index: p.index, clauses: clausesOf(tags[i] as SentenceTags, tagged) };
    });
    return read;
  };

  return {
    at: (token) => {
      const all = build();
      return all[stretchOf[token] ?? 0] as SentenceLanguage;
    },
    sentences: () => build(),
    pos: (token) => {
      build();
      return posByToken[token] ?? 'X';
    },
    lemma: (token) => {
      build();
      return lemmaByToken[token] ?? (tokens[token] as Token | undefined)?.w ?? '';
    },
  };
}
