/**
 * Small questions rules ask of a sentence's clauses: what follows the verb, whether a word of a
 * class is there, where the reader or the writer is the object.
 */
import type { Token } from '../engine/tokenize';
import { GAP } from '../engine/tokenize';
import type { Clause } from './clauses';
import type { Language, SentenceLanguage } from './index';
import { words } from '../lexicon/words';

export interface Words {
  tokens: readonly Token[];
  sentence: SentenceLanguage;
}

export function word(s: SentenceLanguage, k: number): string {
  return k >= s.first && k < s.end ? (s.tokens[k] as Token).word : '';
}

export function lemma(s: SentenceLanguage, k: number): string {
  return s.lemma[k - s.first] ?? word(s, k);
}

export function pos(s: SentenceLanguage, k: number): string {
  return s.pos[k - s.first] ?? 'X';
}

/** Sets up to this size are checked against the sentence's vocabulary before its words are scanned. */
const VOCABULARY_LOOKUPS = 12;

/** The first token in [from, to) whose word or lemma is in the set, or -1. */
export function findIn(s: SentenceLanguage, from: number, to: number, set: ReadonlySet<string>): number {
  // Rules ask this of every sentence many times over: a small set is first looked up in the
  // sentence's vocabulary (most sentences hold none of its words), then words and lemmas are read in place.
  if (set.size <= VOCABULARY_LOOKUPS) {
    let any = false;
    const vocabulary = s.vocabulary;
    for (const w of set)
      if (vocabulary.has(w)) {
        any = true;
        break;
      }
    if (!any) return -1;
  }
  const { tokens, lemma: lemmas, first } = s;
  const end = Math.min(to, s.end);
  for (let k = Math.max(from, first); k < end; k++) {
    const w = (tokens[k] as Token).word;
    if (set.has(w)) return k;
    const l = lemmas[k - first];
    if (l !== undefined && l !== w && set.has(l)) return k;
  }
  return -1;
}

/** Whether the words starting at k read `phrase` (space-separated canonical words). */
const phraseWords = new Map<string, readonly string[]>();

function partsOf(phrase: string): readonly string[] {
  let parts = phraseWords.get(phrase);
  if (!parts) {
    parts = phrase.split(' ');
    phraseWords.set(phrase, parts);
  }
  return parts;
}

function readsParts(s: SentenceLanguage, k: number, parts: readonly string[]): boolean {
  for (let p = 0; p < parts.length; p++) {
    if (k + p >= s.end) return false;
    const want = parts[p] as string;
    if (want !== '*' && word(s, k + p) !== want && lemma(s, k + p) !== want) return false;
  }
  return true;
}

export function readsAt(s: SentenceLanguage, k: number, phrase: string): boolean {
  return readsParts(s, k, partsOf(phrase));
}

/** The first position in [from, to) where `phrase` reads, or -1. */
export function findPhrase(s: SentenceLanguage, from: number, to: number, phrase: string): number {
  const parts = partsOf(phrase);
  const head = parts[0] as string;
  if (head !== '*' && !s.vocabulary.has(head)) return -1;
  const { tokens, lemma: lemmas, first } = s;
  const end = Math.min(to, s.end);
  for (let k = Math.max(from, first); k < end; k++) {
    // Most positions fail on the first word: test it in place before reading the rest.
    if (head !== '*') {
      const w = (tokens[k] as Token).word;
      if (w !== head && (lemmas[k - first] ?? w) !== head) continue;
    }
    if (readsParts(s, k, parts)) return k;
  }
  return -1;
}

/** The clause holding token k. */
export function clauseAt(s: SentenceLanguage, k: number): Clause | null {
  for (const c of s.clauses) if (k >= c.first && k < c.end) return c;
  return null;
}

/** Tokens after the main verb, to the clause's end (or [end, end) when there is no verb). */
export function afterVerb(c: Clause): { from: number; to: number } {
  return c.verb >= 0 ? { from: c.verb + 1, to: c.end } : { from: c.end, to: c.end };
}

/** A soft break (comma, dash) between tokens a and b. */
export function brokenBetween(s: SentenceLanguage, a: number, b: number): boolean {
  for (let k = a + 1; k <= b && k < s.end; k++) if ((s.tokens[k] as Token).gap >= GAP.soft) return true;
  return false;
}

/** Nothing more of the sentence at token k, or a comma or dash before it: the thought ends there. */
export function breakAt(s: SentenceLanguage, k: number): boolean {
  return k >= s.end || (s.tokens[k] as Token).gap >= GAP.soft;
}

/** The clause's span from its subject (or verb) to token `to` (exclusive): what a finding underlines. */
export function spanFrom(c: Clause, to: number): { first: number; end: number } {
  const first = c.subjectFirst >= 0 ? c.subjectFirst : c.verbFirst >= 0 ? c.verbFirst : c.first;
  return { first: Math.min(first, to - 1), end: Math.max(to, first + 1) };
}

/** The whole clause, skipping the opener ("and", "because"). */
export function clauseSpan(c: Clause): { first: number; end: number } {
  return {
    first:
      c.subjectFirst >= 0
        ? Math.min(c.subjectFirst, c.verbFirst >= 0 ? c.verbFirst : c.subjectFirst)
        : c.verbFirst >= 0
          ? c.verbFirst
          : c.first,
    end: c.end,
  };
}

/** The whole sentence. */
export function sentenceSpan(s: SentenceLanguage): { first: number; end: number } {
  return { first: s.first, end: s.end };
}

/** Object pronoun "me"/"us" (or "my ...", "our ...") within `reach` tokens after k. */
export function writerObjectAfter(s: SentenceLanguage, k: number, to: number, reach = 4): number {
  for (let j = k; j < Math.min(to, k + reach, s.end); j++) {
    const w = word(s, j);
    if (w === 'me' || w === 'us' || w === 'myself') return j;
    if ((w === 'my' || w === 'our') && j + 1 < s.end) return j + 1;
  }
  return -1;
}

/** Words that may stand between a linking verb and what it says: "such a total", "a right", "so very". */
export const DEGREE = words(`
  so such a an the really very total complete absolute utter right proper real bloody fucking massive huge little big
  bit of kind
  sort just being always too pretty quite rather fairly completely totally utterly absolutely honestly literally such an
`);

/** Intensifiers that make a state a condition: "so empty", "a total wreck", "completely lost". */
export const INTENSIFIERS = words(
  'so such total complete completely totally utterly absolutely really very properly truly',
);

/** The first content word after a linking verb, skipping degree words: "(such a total) coward". */
export function complementHead(s: SentenceLanguage, from: number, to: number): number {
  let k = from;
  while (k < to && DEGREE.has(word(s, k))) k++;
  return k < to ? k : -1;
}

/**
 * Whether the sentence, or one of the `reach` sentences either side of it, passes `test` ("I'm
 * sorry" beside a sentence about the reader). Neighbours are found through their tokens, so a long
 * sentence read in several stretches counts stretch by stretch.
 */
export function anyNear(
  language: Language,
  tokenCount: number,
  s: SentenceLanguage,
  reach: number,
  test: (near: SentenceLanguage) => boolean,
): boolean {
  if (test(s)) return true;
  let back = s;
  let ahead = s;
  for (let i = 0; i < reach; i++) {
    if (back.first > 0) {
      back = language.at(back.first - 1);
      if (test(back)) return true;
    }
    if (ahead.end < tokenCount) {
      ahead = language.at(ahead.end);
      if (test(ahead)) return true;
    }
  }
  return false;
}
