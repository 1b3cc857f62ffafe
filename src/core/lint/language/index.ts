/**
 * The language layer over one analysed text: parts of speech, lemmas and clauses per sentence,
 * computed on first use and for all sentences in one batch (the tagger caches per sentence).
 */
import type { Sentence, Token } from '../engine/tokenize';
import { readClauses, type Clause, type TaggedSentence } from './clauses';
import { tagSentences, type Pos } from './tagger';

export type { Clause } from './clauses';
export type { Pos } from './tagger';
export type { Person } from './words';

export interface SentenceLanguage extends TaggedSentence {
  index: number;
  clauses: readonly Clause[];
}

export interface Language {
  /** The sentence at this index, tagged and read into clauses. */
  sentence: (index: number) => SentenceLanguage;
  /** Every sentence, in order. */
  sentences: () => readonly SentenceLanguage[];
  /** Part of speech and lemma of any token (tags the text on first use). */
  pos: (token: number) => Pos;
  lemma: (token: number) => string;
}

/** Sentences longer than this are read in pieces: a run-on chat log must not cost quadratic time. */
const MAX_TAGGED_WORDS = 120;

export function languageOf(text: string, tokens: readonly Token[], sentences: readonly Sentence[]): Language {
  let read: SentenceLanguage[] | null = null;
  let posByToken: Pos[] = [];
  let lemmaByToken: string[] = [];

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
      for (let k = p.first; k < p.last; k++) out.push((tokens[k] as Token).w);
      return out;
    });
    const ends = pieces.map((p) => {
      const s = sentences[p.index] as Sentence;
      return p.last === s.endToken && text.charCodeAt(s.end - 1) === 63 ? '?' : '.';
    });
    const tags = tagSentences(words, ends);
    posByToken = new Array<Pos>(tokens.length);
    lemmaByToken = new Array<string>(tokens.length);
    pieces.forEach((p, i) => {
      const t = tags[i] as { pos: readonly Pos[]; lemma: readonly string[] };
      for (let k = p.first; k < p.last; k++) {
        posByToken[k] = t.pos[k - p.first] ?? 'X';
        lemmaByToken[k] = t.lemma[k - p.first] ?? (tokens[k] as Token).w;
      }
    });
    read = sentences.map((s, index) => {
      const tagged: TaggedSentence = {
        tokens,
        first: s.firstToken,
        last: s.endToken,
        pos: posByToken.slice(s.firstToken, s.endToken),
        lemma: lemmaByToken.slice(s.firstToken, s.endToken),
        question: text.charCodeAt(s.end - 1) === 63,
      };
      return { ...tagged, index, clauses: readClauses(tagged) };
    });
    return read;
  };

  return {
    sentence: (index) => build()[index] as SentenceLanguage,
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
