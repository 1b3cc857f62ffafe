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
const NEGATORS: ReadonlySet<string> = new Set(['not', 'never', 'no', 'nor', 'without', 'nothing', 'none', 'nobody', 'neither', 'hardly', 'nowhere', 'stop', 'stopped', 'instead']);
/** Words that end a negation's reach ("I won't call, but please write"). */
const SCOPE_BREAKERS: ReadonlySet<string> = new Set(['but', 'though', 'although', 'however', 'yet', 'except', 'unless', 'because', 'cause', 'please', 'still', 'anyway', 'and', 'so', 'then', 'if', 'when', 'what', 'why', 'how', 'where', 'who', 'whether', 'which']);
const NEGATION_REACH = 10;
const SUBJECTS: ReadonlySet<string> = new Set(['i', 'you', 'we', 'he', 'she', 'they', 'it']);
/** After a negator, these words take the negation for themselves ("not sure", "don't know"). */
const NOT_NEGATING: ReadonlySet<string> = new Set(['know', 'sure', 'understand', 'remember', 'realize', 'realise', 'wonder', 'matter', 'forget', 'doubt', 'more', 'better']);

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

export function analyse(text: string, partnerName?: string): Analysis {
  const compiled = phrases();
  const partnerNames = new Set<string>();
  if (partnerName) {
    for (const part of partnerName.toLowerCase().split(/\s+/)) if (part.length >= 2) partnerNames.add(part);
  }
  // Named in the text ("you're with Jamie"): as good as given, for a draft typed without the guide.
  for (const name of inferPartnerNames(text)) partnerNames.add(name);
  const { tokens, sentences, lineBreaks } = tokenize(text, { normalize: compiled.normalize, partnerNames });
  const all = matchAll(compiled.root, tokens);

  const byFamily: Match[][] = compiled.families.map(() => []);
  for (const m of all) (byFamily[m.family] as Match[]).push(m);

  // Drop matches an exception continues ("i need you to know" is not "i need you").
  compiled.families.forEach((family, id) => {
    if (family.except < 0) return;
    const exceptions = byFamily[family.except] as Match[];
    if (exceptions.length === 0) return;
    // Exceptions are few; index them by sentence so long texts stay linear.
    const bySentence = new Map<number, Match[]>();
    for (const e of exceptions) {
      const key = (tokens[e.first] as Token).sentence;
      const list = bySentence.get(key);
      if (list) list.push(e);
      else bySentence.set(key, [e]);
    }
    byFamily[id] = (byFamily[id] as Match[]).filter((m) => {
      const near = bySentence.get((tokens[m.first] as Token).sentence);
      // An exception that reaches the end of the match from inside it or before it wins:
      // "i need you" + "i need you to know", "love to see you" + "see you happy".
      return !near || !near.some((e) => e.first < m.last && e.last >= m.last);
    });
  });

  const inCondition = (k: number): boolean => {
    for (let q = k - 1; q >= 0 && q >= k - 4; q--) {
      const w = (tokens[q] as Token).w;
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
    const ownClause = SUBJECTS.has((tokens[m.first] as Token).w);
    const reach = ownClause ? 3 : NEGATION_REACH;
    for (let k = m.first - 1, steps = 0; k >= 0 && steps < reach; k--, steps++) {
      const tok = tokens[k] as Token;
      const after = tokens[k + 1] as Token;
      if (after.gap >= GAP.soft) break;
      if (NEGATORS.has(tok.w)) {
        // "I don't know what you see in her": the doubt is about knowing, not about the phrase.
        if (k + 1 < m.first && NOT_NEGATING.has((tokens[k + 1] as Token).w)) break;
        // "If you don't answer, I'm coming round": the negation belongs to the condition.
        if (ownClause && inCondition(k)) break;
        known = true;
        break;
      }
      // "I'm not writing because I want us back": the negation reaches through "because".
      if (tok.w === 'because' && k >= 2 && ((tokens[k - 2] as Token).w === 'not' || (tokens[k - 3] as Token | undefined)?.w === 'not')) {
        known = true;
        break;
      }
      if (SCOPE_BREAKERS.has(tok.w) || (ownClause && tok.w === 'that')) break;
    }
    negatedCache.set(m, known);
    return known;
  };

  const sentenceOf = (m: Match): Sentence => {
    const tok = tokens[m.first] as Token;
    return sentences[tok.sentence] ?? { start: m.start, end: m.end, firstToken: m.first, endToken: m.last };
  };

  const softenersBySentence = new Map<number, Match[]>();
  for (const m of byFamily[compiled.index.get('pressure.open-door') ?? -1] ?? []) {
    const key = (tokens[m.first] as Token).sentence;
    const list = softenersBySentence.get(key);
    if (list) list.push(m);
    else softenersBySentence.set(key, [m]);
  }
  const isSoftened = (m: Match): boolean => {
    const softeners = softenersBySentence.get((tokens[m.first] as Token).sentence);
    if (!softeners) return false;
    for (const s of softeners) {
      const from = Math.min(s.last, m.last);
      const to = Math.max(s.first, m.first);
      let parted = false;
      for (let k = from; k < to; k++) {
        if ((tokens[k] as Token).w === 'but') {
          parted = true;
          break;
        }
      }
      if (!parted) return true;
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
