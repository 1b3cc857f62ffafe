/**
 * One analysis of a text, shared by every rule: tokens, sentences, and every phrase-family match,
 * with exceptions removed. Negation and softening are answered per match, on demand.
 */
import { languageOf, type Language } from '../language';
import { findQuotes, type Quotes } from '../quotes';
import { phrases, type CompiledPhrases, type FamilyKey } from './compile';
import { matchAll, type Match } from './matcher';
import { inferPartnerNames } from './partner-names';
import { GAP, tokenize, type Sentence, type Token } from './tokenize';

/** Words that negate what follows them in the same clause. */
const NEGATORS: ReadonlySet<string> = new Set([
  'not',
  'never',
  'no',
  'nor',
  'without',
  'nothing',
  'none',
  'nobody',
  'neither',
  'hardly',
  'nowhere',
  'stop',
  'stopped',
  'instead',
]);
/** Words that end a negation's reach ("I won't call, but please write"). */
const SCOPE_BREAKERS: ReadonlySet<string> = new Set([
  'but',
  'though',
  'although',
  'however',
  'yet',
  'except',
  'unless',
  'because',
  'cause',
  'please',
  'still',
  'anyway',
  'and',
  'so',
  'then',
  'if',
  'when',
  'what',
  'why',
  'how',
  'where',
  'who',
  'whether',
  'which',
]);
const NEGATION_REACH = 10;
const SUBJECTS: ReadonlySet<string> = new Set(['i', 'you', 'we', 'he', 'she', 'they', 'it']);
/** After a negator, these words take the negation for themselves ("not sure", "don't know"). */
const NOT_NEGATING: ReadonlySet<string> = new Set([
  'know',
  'sure',
  'understand',
  'remember',
  'realize',
  'realise',
  'wonder',
  'matter',
  'forget',
  'doubt',
  'more',
  'better',
]);

export interface Analysis {
  text: string;
  tokens: Token[];
  sentences: Sentence[];
  compiled: CompiledPhrases;
  matches: (key: FamilyKey) => readonly Match[];
  isNegated: (match: Match) => boolean;
  /** True when an open-door softener ("if you ever want to") shares the sentence and no "but" parts them. */
  isSoftened: (match: Match) => boolean;
  sentenceOf: (match: Match) => Sentence;
  /** Start of the line holding `offset`, and the offset of the line break ending it (or the text's length). */
  lineAround: (offset: number) => { start: number; end: number };
  /** Parts of speech, lemmas and clauses, computed on first use. */
  language: Language;
  /** Where the quotation marks are, found on first use. */
  quotes: () => Quotes;
  /** Lower-cased names that read as the new partner (given, or named in the text). */
  partnerNames: ReadonlySet<string>;
}

const EMPTY: readonly Match[] = Object.freeze([]);

/** One paragraph (text between blank lines) read on its own, with offsets from its start. */
interface Piece {
  tokens: Token[];
  sentences: Sentence[];
  lineBreaks: number[];
  /** Matches by family id, exceptions already removed. */
  byFamily: Match[][];
}

/** Paragraphs already read, by partner names and text: the desk re-lints on every keystroke. */
const pieces = new Map<string, Piece>();
const MAX_PIECES = 4000;
/** A paragraph longer than this is read every time rather than kept (a pasted book, a test). */
const MAX_KEPT_PARAGRAPH = 100_000;

/** Forgets every paragraph already read. */
export function clearPieceCache(): void {
  pieces.clear();
}

/**
 * Drops matches an exception continues ("i need you to know" is not "i need you"): a match goes
 * when an exception starts before its end and reaches at least as far. One sweep over both lists,
 * sorted by where they end, so a run-on text with many of each stays linear.
 */
function dropExcepted(matches: Match[], exceptions: Match[]): Match[] {
  if (exceptions.length === 0 || matches.length === 0) return matches;
  const byEnd = [...exceptions].sort((a, b) => b.endToken - a.endToken);
  const order = matches
    .map((m, i) => i)
    .sort((a, b) => (matches[b] as Match).endToken - (matches[a] as Match).endToken);
  const dropped = new Uint8Array(matches.length);
  let e = 0;
  let minFirst = Infinity;
  for (const i of order) {
    const m = matches[i] as Match;
    while (e < byEnd.length && (byEnd[e] as Match).endToken >= m.endToken)
      minFirst = Math.min(minFirst, (byEnd[e++] as Match).firstToken);
    if (minFirst < m.endToken) dropped[i] = 1;
  }
  return matches.filter((_, i) => dropped[i] === 0);
}

function readPiece(text: string, compiled: CompiledPhrases, partnerNames: ReadonlySet<string>): Piece {
  const { tokens, sentences, lineBreaks } = tokenize(text, { normalize: compiled.normalize, partnerNames });
  const byFamily: Match[][] = compiled.families.map(() => []);
  for (const m of matchAll(compiled.trie, tokens, compiled.families.length)) (byFamily[m.family] as Match[]).push(m);
  compiled.families.forEach((family, id) => {
    if (family.except >= 0) byFamily[id] = dropExcepted(byFamily[id] as Match[], byFamily[family.except] as Match[]);
  });
  return { tokens, sentences, lineBreaks, byFamily };
}

function pieceOf(
  text: string,
  compiled: CompiledPhrases,
  partnerNames: ReadonlySet<string>,
  partnerKey: string,
): Piece {
  if (text.length > MAX_KEPT_PARAGRAPH) return readPiece(text, compiled, partnerNames);
  const key = `${partnerKey}\u0001${text}`;
  let piece = pieces.get(key);
  if (!piece) {
    piece = readPiece(text, compiled, partnerNames);
    if (pieces.size >= MAX_PIECES) pieces.clear();
    pieces.set(key, piece);
  }
  return piece;
}

/** Where the paragraphs are: stretches of text between blank lines (a line break, spaces, a line break). */
function paragraphs(text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  let start = 0;
  let i = text.indexOf('\n');
  while (i !== -1) {
    let j = i + 1;
    while (j < text.length && (text[j] === ' ' || text[j] === '\t' || text[j] === '\r' || text[j] === '\u00a0')) j++;
    if (text[j] === '\n') {
      // A blank line: the paragraph ends before it; the next starts after the run of blank lines.
      out.push({ start, end: i });
      while (
        j < text.length &&
        (text[j] === '\n' || text[j] === ' ' || text[j] === '\t' || text[j] === '\r' || text[j] === '\u00a0')
      )
        j++;
      start = j;
      i = text.indexOf('\n', j);
    } else i = text.indexOf('\n', i + 1);
  }
  out.push({ start, end: text.length });
  return out;
}

export function analyse(text: string, partnerName?: string): Analysis {
  const compiled = phrases();
  const partnerNames = new Set<string>();
  if (partnerName) {
    for (const part of partnerName.toLowerCase().split(/\s+/)) if (part.length >= 2) partnerNames.add(part);
  }
  // Named in the text ("you're with Jamie"): as good as given, for a draft typed without the guide.
  for (const name of inferPartnerNames(text)) partnerNames.add(name);
  const partnerKey = [...partnerNames].sort().join(' ');

  // Read paragraph by paragraph (each kept for the next lint), then put them in place.
  const tokens: Token[] = [];
  const sentences: Sentence[] = [];
  const lineBreaks: number[] = [];
  const byFamily: Match[][] = compiled.families.map(() => []);
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) lineBreaks.push(i);
  for (const { start, end } of paragraphs(text)) {
    if (end <= start) continue;
    const piece = pieceOf(text.slice(start, end), compiled, partnerNames, partnerKey);
    const tokenBase = tokens.length;
    const sentenceBase = sentences.length;
    if (start === 0 && tokenBase === 0) {
      // The first paragraph sits where it was read: its objects serve as they are.
      for (const t of piece.tokens) tokens.push(t);
      for (const s of piece.sentences) sentences.push(s);
      piece.byFamily.forEach((list, id) => {
        const into = byFamily[id] as Match[];
        for (const m of list) into.push(m);
      });
      continue;
    }
    for (const t of piece.tokens) {
      tokens.push({
        word: t.word,
        start: t.start + start,
        end: t.end + start,
        gap: t.gap,
        sentence: t.sentence + sentenceBase,
        capitals: t.capitals,
        emoji: t.emoji,
        head: t.head,
        alt: t.alt,
        speak: t.speak,
      });
    }
    for (const s of piece.sentences)
      sentences.push({
        start: s.start + start,
        end: s.end + start,
        firstToken: s.firstToken + tokenBase,
        endToken: s.endToken + tokenBase,
      });
    piece.byFamily.forEach((list, id) => {
      const into = byFamily[id] as Match[];
      for (const m of list)
        into.push({
          family: m.family,
          firstToken: m.firstToken + tokenBase,
          endToken: m.endToken + tokenBase,
          start: m.start + start,
          end: m.end + start,
        });
    });
  }

  const inCondition = (k: number): boolean => {
    for (let q = k - 1; q >= 0 && q >= k - 4; q--) {
      const w = (tokens[q] as Token).word;
      if (w === 'if' || w === 'unless' || w === 'when') return true;
      if ((tokens[q + 1] as Token).gap >= GAP.soft) return false;
    }
    return false;
  };
  const negatedCache = new Map<Match, boolean>();
  const isNegated = (m: Match): boolean => {
    if (!(compiled.families[m.family]?.negatable ?? true)) return false;
    let known = negatedCache.get(m);
    if (known !== undefined) return known;
    known = false;
    // A phrase that opens its own clause ("you ignored my messages") is reached only by a nearby negation.
    const ownClause = SUBJECTS.has((tokens[m.firstToken] as Token).word);
    const reach = ownClause ? 3 : NEGATION_REACH;
    for (let k = m.firstToken - 1, steps = 0; k >= 0 && steps < reach; k--, steps++) {
      const tok = tokens[k] as Token;
      const after = tokens[k + 1] as Token;
      if (after.gap >= GAP.soft) break;
      if (NEGATORS.has(tok.word)) {
        // "I don't know what you see in her": the doubt is about knowing, not about the phrase.
        if (k + 1 < m.firstToken && NOT_NEGATING.has((tokens[k + 1] as Token).word)) break;
        // "If you don't answer, I'm coming round": the negation belongs to the condition.
        if (ownClause && inCondition(k)) break;
        known = true;
        break;
      }
      // "I'm not writing because I want us back": the negation reaches through "because".
      if (
        tok.word === 'because' &&
        k >= 2 &&
        ((tokens[k - 2] as Token).word === 'not' || (tokens[k - 3] as Token | undefined)?.word === 'not')
      ) {
        known = true;
        break;
      }
      if (SCOPE_BREAKERS.has(tok.word) || (ownClause && tok.word === 'that')) break;
    }
    negatedCache.set(m, known);
    return known;
  };

  const sentenceOf = (m: Match): Sentence => {
    const tok = tokens[m.firstToken] as Token;
    return sentences[tok.sentence] ?? { start: m.start, end: m.end, firstToken: m.firstToken, endToken: m.endToken };
  };

  // Open-door softeners ("if you ever want to") and every "but", in text order: a match is
  // softened when the nearest softener on either side in its sentence has no "but" between.
  const softeners = byFamily[compiled.index.get('pressure.open-door') ?? -1] ?? [];
  const butsBefore = new Int32Array(tokens.length + 1);
  for (let k = 0; k < tokens.length; k++)
    butsBefore[k + 1] = (butsBefore[k] as number) + ((tokens[k] as Token).word === 'but' ? 1 : 0);
  const butsBetween = (from: number, to: number): number =>
    from < to ? (butsBefore[to] as number) - (butsBefore[from] as number) : 0;
  const isSoftened = (m: Match): boolean => {
    if (softeners.length === 0) return false;
    const sentence = (tokens[m.firstToken] as Token).sentence;
    // The last softener starting at or before the match, and the first after it.
    let lo = 0;
    let hi = softeners.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((softeners[mid] as Match).firstToken <= m.firstToken) lo = mid + 1;
      else hi = mid;
    }
    for (const s of [softeners[lo - 1], softeners[lo]]) {
      if (!s || (tokens[s.firstToken] as Token).sentence !== sentence) continue;
      if (butsBetween(Math.min(s.endToken, m.endToken), Math.max(s.firstToken, m.firstToken)) === 0) return true;
    }
    return false;
  };

  let quotes: Quotes | null = null;
  const lineAround = (offset: number): { start: number; end: number } => {
    // First line break at or after offset, by binary search.
    let lo = 0;
    let hi = lineBreaks.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((lineBreaks[mid] as number) < offset) lo = mid + 1;
      else hi = mid;
    }
    const start = lo > 0 ? (lineBreaks[lo - 1] as number) + 1 : 0;
    const end = lo < lineBreaks.length ? (lineBreaks[lo] as number) : text.length;
    return { start, end };
  };

  return {
    text,
    tokens,
    sentences,
    lineAround,
    language: languageOf(text, tokens, sentences),
    quotes: () => (quotes ??= findQuotes(text)),
    partnerNames,
    compiled,
    matches: (key) => {
      const id = compiled.index.get(key);
      return id === undefined ? EMPTY : (byFamily[id] ?? EMPTY);
    },
    isNegated,
    isSoftened,
    sentenceOf,
  };
}
