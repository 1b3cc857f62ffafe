/**
 * Turns one typed word into the canonical words the phrase lists are written in: lower case,
 * straight apostrophes, contractions and text-speak expanded ("cant" -> "can not", "u" -> "you"),
 * stretched letters squeezed back ("pleeease" -> "please") when that gives a word we know.
 */
import { IS_CONTRACTIONS, NOT_CONTRACTION_MAP, SPECIAL_CONTRACTION_MAP, TEXT_SPEAK_MAP } from '../data/textspeak';

export type Normalizer = (lower: string) => readonly string[];

/** Collapses every run of a repeated character to one: "pleeease" -> "please", "sooo" -> "so". */
export function squeeze(word: string): string {
  let out = '';
  let prev = '';
  for (let i = 0; i < word.length; i++) {
    const ch = word[i] as string;
    if (ch !== prev) out += ch;
    prev = ch;
  }
  return out;
}

function hasRepeat(word: string): boolean {
  for (let i = 1; i < word.length; i++) if (word.charCodeAt(i) === word.charCodeAt(i - 1)) return true;
  return false;
}

function hasRunOfThree(word: string): boolean {
  for (let i = 2; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c === word.charCodeAt(i - 1) && c === word.charCodeAt(i - 2)) return true;
  }
  return false;
}

const splitCache = new Map<string, readonly string[]>();
function words(phrase: string): readonly string[] {
  let cached = splitCache.get(phrase);
  if (!cached) {
    cached = Object.freeze(phrase.split(' '));
    splitCache.set(phrase, cached);
  }
  return cached;
}

/** Expands an apostrophe contraction, or returns null when the word has none we know. */
function expandContraction(word: string): readonly string[] | null {
  const special = SPECIAL_CONTRACTION_MAP.get(word);
  if (special) return words(special);
  const apostrophe = word.indexOf("'");
  if (apostrophe <= 0) return null;
  const irregular = NOT_CONTRACTION_MAP.get(word);
  if (irregular) return words(irregular);
  if (word.endsWith("n't")) return [word.slice(0, -3), 'not'];
  const head = word.slice(0, apostrophe);
  const tail = word.slice(apostrophe + 1);
  switch (tail) {
    case 'm':
      return [head, 'am'];
    case 're':
      return [head, 'are'];
    case 've':
      return [head, 'have'];
    case 'll':
      return [head, 'will'];
    case 'd':
      return [head, 'would'];
    case 's':
      return IS_CONTRACTIONS.has(head) ? [head, 'is'] : [head];
    case '':
      return [head];
    default:
      return null;
  }
}

/**
 * Builds a normaliser that knows the phrase lists' vocabulary, so stretched words map to a known
 * word and nothing else. Results are cached: the same words come back on every keystroke.
 */
export function createNormalizer(vocabulary: ReadonlySet<string>): Normalizer {
  const bySqueezed = new Map<string, string>();
  for (const word of vocabulary) {
    const key = squeeze(word);
    if (!bySqueezed.has(key)) bySqueezed.set(key, word);
  }
  for (const key of TEXT_SPEAK_MAP.keys()) {
    const s = squeeze(key);
    if (!bySqueezed.has(s)) bySqueezed.set(s, key);
  }
  const cache = new Map<string, readonly string[]>();

  const resolve = (lower: string): readonly string[] => {
    const speak = TEXT_SPEAK_MAP.get(lower);
    if (speak !== undefined) return words(speak);
    const contraction = expandContraction(lower);
    if (contraction) return contraction;
    if (vocabulary.has(lower) || lower.length > 40 || !hasRepeat(lower)) return [lower];
    const known = bySqueezed.get(squeeze(lower));
    // "pleeease" is stretched; "wee" or "inn" are words that merely look like "we" or "in".
    if (known === undefined || (known.length < 4 && !hasRunOfThree(lower))) return [lower];
    const again = TEXT_SPEAK_MAP.get(known);
    return again !== undefined ? words(again) : [known];
  };

  return (lower: string): readonly string[] => {
    let result = cache.get(lower);
    if (result === undefined) {
      result = resolve(lower);
      if (cache.size > 20_000) cache.clear();
      if (lower.length <= 40) cache.set(lower, result);
    }
    return result;
  };
}
