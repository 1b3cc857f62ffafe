/**
 * A single pass over the text that yields canonical word tokens with their source offsets, plus
 * what separates each token from the one before it. Hand-written (no regex per character) because
 * the editor lints on every keystroke: see bench/lint.bench.ts.
 */
import { TEXT_SPEAK_MAP } from '../data/textspeak';
import type { Normalizer } from './normalize';
import { EXCLAMATION_MARK, QUESTION_MARK } from './chars';

/** What lies between a token and the previous one. Matching may cross up to SOFT, never HARD. */
export const GAP = { none: 0, line: 1, soft: 2, hard: 3 } as const;
export type Gap = (typeof GAP)[keyof typeof GAP];

export type Capitals = 'none' | 'initial' | 'all';

export interface Token {
  /** Canonical word ("you", "not", "please") or emoji. */
  word: string;
  /** Offsets of the source word this token came from (several tokens may share one word). */
  start: number;
  end: number;
  gap: Gap;
  /** Index of the sentence the token belongs to. */
  sentence: number;
  /** How the source word is capitalised: "all" needs at least two letters, all capitals. */
  capitals: Capitals;
  emoji: boolean;
  /** True for the first token of its source word. */
  head: boolean;
  /** Another canonical reading (e.g. "<partner>" for the partner's name). */
  alt: string | null;
  /** The source word is text-speak ("u", "plz"): its full form, else null. */
  speak: string | null;
}

export interface Sentence {
  /** Character span, from the first token to the end of its closing punctuation. */
  start: number;
  end: number;
  firstToken: number;
  /** Exclusive. */
  endToken: number;
}

export interface Tokens {
  text: string;
  tokens: Token[];
  sentences: Sentence[];
  /** Offsets of every "\n", ascending. */
  lineBreaks: number[];
}

const ASCII_WORD = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  ASCII_WORD[c] = (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) ? 1 : 0;
}
const LETTER = /[\p{L}\p{M}\p{N}]/u;
const PICTOGRAPH = /\p{Extended_Pictographic}/u;

function isApostrophe(c: number): boolean {
  return c === 39 || c === 0x2019 || c === 0x2018 || c === 0x02bc || c === 0x2032 || c === 96;
}

/** Zero-width joiners, variation selectors and skin tones: parts of an emoji, never tokens. */
function isEmojiModifier(cp: number): boolean {
  return cp === 0x200d || cp === 0xfe0f || cp === 0xfe0e || (cp >= 0x1f3fb && cp <= 0x1f3ff) || cp === 0x20e3;
}

const wordCharCache = new Map<number, boolean>();
function isWordCodePoint(cp: number): boolean {
  if (cp < 128) return ASCII_WORD[cp] === 1;
  if (cp >= 0xc0 && cp <= 0x24f) return cp !== 0xd7 && cp !== 0xf7;
  let known = wordCharCache.get(cp);
  if (known === undefined) {
    known = LETTER.test(String.fromCodePoint(cp));
    if (wordCharCache.size < 10_000) wordCharCache.set(cp, known);
  }
  return known;
}

const pictoCache = new Map<number, boolean>();
function isPictograph(cp: number): boolean {
  let known = pictoCache.get(cp);
  if (known === undefined) {
    known = cp === 0x2665 || cp === 0x2661 || cp === 0x2764 || PICTOGRAPH.test(String.fromCodePoint(cp));
    if (pictoCache.size < 10_000) pictoCache.set(cp, known);
  }
  return known;
}

function gapFor(c: number): Gap | -1 {
  switch (c) {
    case 46: // .
    case EXCLAMATION_MARK:
    case QUESTION_MARK:
    case 0x2026: // …
      return GAP.hard;
    case 44: // ,
    case 59: // ;
    case 58: // :
    case 40: // (
    case 41: // )
    case 91:
    case 93:
    case 0x2013: // –
    case 0x2014: // —
    case 47: // /
      return GAP.soft;
    default:
      return -1;
  }
}

export interface TokenizeOptions {
  normalize: Normalizer;
  /** Lower-cased names that also read as "<partner>". */
  partnerNames?: ReadonlySet<string>;
}

interface WordReading {
  parts: readonly string[];
  speak: string | null;
}

/** Per normaliser, how each lower-case word reads: the same words come back on every keystroke. */
const readings = new WeakMap<Normalizer, Map<string, WordReading>>();

export function tokenize(text: string, options: TokenizeOptions): Tokens {
  const { normalize } = options;
  let words = readings.get(normalize);
  if (!words) {
    words = new Map();
    readings.set(normalize, words);
  }
  const partners = options.partnerNames;
  const tokens: Token[] = [];
  const sentences: Sentence[] = [];
  const lineBreaks: number[] = [];
  const n = text.length;
  let gap: Gap = GAP.hard;
  let newlines = 0;
  let sentence = -1;
  let sentenceStartTok = 0;
  let sentenceStart = 0;
  let lastEnd = 0;

  const closeSentence = (): void => {
    if (sentence >= 0)
      sentences.push({ start: sentenceStart, end: lastEnd, firstToken: sentenceStartTok, endToken: tokens.length });
  };
  const push = (
    word: string,
    start: number,
    end: number,
    capitals: Capitals,
    emoji: boolean,
    head: boolean,
    alt: string | null,
    speak: string | null = null,
  ): void => {
    if (head && gap === GAP.hard) {
      closeSentence();
      sentence++;
      sentenceStartTok = tokens.length;
      sentenceStart = start;
    }
    tokens.push({ word, start, end, gap: head ? gap : GAP.none, sentence, capitals, emoji, head, alt, speak });
  };

  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    // Whitespace and line breaks.
    if (c === 32 || c === 9 || c === 13 || c === 0xa0 || c === 12 || c === 11) {
      i++;
      continue;
    }
    if (c === 10) {
      lineBreaks.push(i);
      newlines++;
      if (newlines >= 2) gap = GAP.hard;
      else if (gap < GAP.line) gap = GAP.line;
      i++;
      continue;
    }
    // "<3" is a heart.
    if (c === 60 && text.charCodeAt(i + 1) === 51) {
      push('<3', i, i + 2, 'none', true, true, null);
      gap = GAP.none;
      newlines = 0;
      i += 2;
      lastEnd = i;
      continue;
    }
    const cp = c >= 0xd800 && c <= 0xdbff ? (text.codePointAt(i) ?? c) : c;
    const width = cp > 0xffff ? 2 : 1;
    if (isWordCodePoint(cp) && !(cp >= 0x2460 && cp <= 0x24ff)) {
      // A word: letters, digits and inner apostrophes.
      const start = i;
      let upper = 0;
      let letters = 0;
      let curly = false;
      let wide = false;
      let j = i;
      while (j < n) {
        const d = text.charCodeAt(j);
        if (d < 128) {
          if (ASCII_WORD[d] === 1) {
            if (d >= 65 && d <= 90) upper++;
            if (d >= 65) letters++;
            j++;
            continue;
          }
          if (d === 39 || d === 96) {
            // Apostrophe inside a word ("don't"), or closing a plural possessive ("friends'").
            if (j + 1 < n && isWordCodePoint(text.charCodeAt(j + 1)) && text.charCodeAt(j + 1) < 0xd800) {
              if (d === 96) curly = true;
              j++;
              continue;
            }
          }
          break;
        }
        if (isApostrophe(d)) {
          if (j + 1 < n && isWordCodePoint(text.charCodeAt(j + 1)) && text.charCodeAt(j + 1) < 0xd800) {
            curly = true;
            j++;
            continue;
          }
          break;
        }
        const dcp = d >= 0xd800 && d <= 0xdbff ? (text.codePointAt(j) ?? d) : d;
        if (dcp >= 0xd800 && dcp <= 0xdfff) break;
        if (!isWordCodePoint(dcp)) break;
        letters++;
        wide = true;
        j += dcp > 0xffff ? 2 : 1;
      }
      const raw = text.slice(start, j);
      // Most words are already lower-case ASCII: skip the copy then.
      let lower = upper === 0 && !wide ? raw : raw.toLowerCase();
      if (curly) lower = lower.replace(/[\u2019\u2018\u02bc\u2032`]/g, "'");
      const first = raw.charCodeAt(0);
      const capitals: Capitals =
        letters >= 2 && upper === letters
          ? 'all'
          : (first >= 65 && first <= 90) || (wide && raw[0] !== lower[0])
            ? 'initial'
            : 'none';
      const alt = partners !== undefined && partners.size > 0 && isPartner(partners, lower) ? '<partner>' : null;
      let word = words.get(lower);
      if (word === undefined) {
        word = { parts: normalize(lower), speak: lower.length <= 8 ? (TEXT_SPEAK_MAP.get(lower) ?? null) : null };
        if (words.size > 50_000) words.clear();
        if (lower.length <= 40) words.set(lower, word);
      }
      const parts = word.parts;
      for (let p = 0; p < parts.length; p++)
        push(parts[p] as string, start, j, capitals, false, p === 0, p === 0 ? alt : null, p === 0 ? word.speak : null);
      gap = GAP.none;
      newlines = 0;
      i = j;
      lastEnd = j;
      continue;
    }
    if (c === 38) {
      // "&" reads as "and".
      push('and', i, i + 1, 'none', false, true, null);
      gap = GAP.none;
      newlines = 0;
      i++;
      lastEnd = i;
      continue;
    }
    const g = gapFor(c);
    if (g !== -1) {
      // A full stop between digits ("3.5") or letters ("e.g") is not a sentence end.
      if (
        c === 46 &&
        i > 0 &&
        i + 1 < n &&
        ASCII_WORD[text.charCodeAt(i + 1)] === 1 &&
        ASCII_WORD[text.charCodeAt(i - 1)] === 1
      ) {
        i++;
        continue;
      }
      if (g > gap) gap = g;
      if (g === GAP.hard) lastEnd = i + 1;
      newlines = 0;
      i++;
      continue;
    }
    if (isEmojiModifier(cp)) {
      i += width;
      continue;
    }
    if (cp > 0x2000 && isPictograph(cp)) {
      // The token takes its variation selector and skin tone along, so a fix removes the whole emoji.
      let end = i + width;
      while (end < n) {
        const next = text.codePointAt(end) ?? 0;
        if (next === 0x200d || !isEmojiModifier(next)) break;
        end += next > 0xffff ? 2 : 1;
      }
      push(String.fromCodePoint(cp), i, end, 'none', true, true, null);
      gap = GAP.none;
      newlines = 0;
      i = end;
      lastEnd = i;
      continue;
    }
    // Quotes, dashes, symbols: ignored.
    if (c === 45 && (text.charCodeAt(i + 1) === 32 || text.charCodeAt(i - 1) === 32) && gap < GAP.soft) gap = GAP.soft;
    i += width;
  }
  closeSentence();
  const expanded = expandIll(tokens);
  if (expanded !== tokens) {
    // Token indices moved: re-anchor each sentence on its first and last token.
    for (const s of sentences) s.firstToken = -1;
    expanded.forEach((t, k) => {
      const s = sentences[t.sentence];
      if (!s) return;
      if (s.firstToken === -1) s.firstToken = k;
      s.endToken = k + 1;
    });
  }
  return { text, tokens: expanded, sentences, lineBreaks };
}

/** The partner's name, also in the possessive or contracted ("Jamie's"). */
function isPartner(partners: ReadonlySet<string>, lower: string): boolean {
  if (partners.has(lower)) return true;
  return (
    lower.length > 3 &&
    lower.charCodeAt(lower.length - 2) === 39 &&
    lower.endsWith("'s") &&
    partners.has(lower.slice(0, -2))
  );
}

/** Words after which "ill" means unwell ("I'm ill", "fell ill"), not text-speak for "I'll". */
const ILL_MEANS_UNWELL: ReadonlySet<string> = new Set([
  'am',
  'is',
  'are',
  'was',
  'were',
  'be',
  'been',
  'being',
  'feel',
  'felt',
  'feeling',
  'fell',
  'fall',
  'falling',
  'get',
  'got',
  'getting',
  'look',
  'looked',
  'very',
  'so',
  'too',
  'really',
  'quite',
  'seriously',
  'critically',
  'mentally',
  'terminally',
  'an',
  'the',
  'of',
  'gravely',
  'still',
  'become',
  'became',
]);

/** Texting "ill call you" means "I'll call you": read it so, unless the words around say "unwell". */
function expandIll(tokens: Token[]): Token[] {
  let found = false;
  for (const t of tokens) {
    if (t.word === 'ill' && t.head) {
      found = true;
      break;
    }
  }
  if (!found) return tokens;
  const out: Token[] = [];
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k] as Token;
    const prev = tokens[k - 1];
    const next = tokens[k + 1];
    const unwell =
      (prev !== undefined && t.gap < GAP.soft && ILL_MEANS_UNWELL.has(prev.word)) ||
      next === undefined ||
      next.gap >= GAP.soft;
    if (t.word === 'ill' && t.head && !unwell) {
      out.push({ ...t, word: 'i' }, { ...t, word: 'will', gap: GAP.none, head: false, alt: null, speak: null });
    } else out.push(t);
  }
  return out;
}
