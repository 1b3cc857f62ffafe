/**
 * Spelling stays injectable so this module never loads a dictionary itself (the renderer has no
 * file system). `createSpeller` wraps any checker with nspell's shape (`correct`, `suggest`) in
 * caches: the editor re-lints the same words on every keystroke, and suggesting is slow.
 */
import type { Speller } from './types';

export interface SpellChecker {
  correct: (word: string) => boolean;
  suggest: (word: string) => string[];
}

const CACHE_LIMIT = 20_000;

/** dictionary-en is American English; a British spelling whose American twin is known is not a mistake. */
const BRITISH: readonly [RegExp, string][] = [
  [/our(s|ed|ing|ite|ites|able)?$/, 'or$1'],
  [/tre(s)?$/, 'ter$1'],
  [/is(e|ed|es|ing|ation|ations)$/, 'iz$1'],
  [/ys(e|ed|es|ing)$/, 'yz$1'],
  [/logue(s)?$/, 'log$1'],
  [/ll(ed|ing|er|ers)$/, 'l$1'],
  [/ence$/, 'ense'],
  [/mme$/, 'm'],
  [/ae/, 'e'],
  [/oe/, 'e'],
];

function americanVariants(word: string): string[] {
  const out: string[] = [];
  for (const [pattern, replacement] of BRITISH) if (pattern.test(word)) out.push(word.replace(pattern, replacement));
  return out;
}

export function createSpeller(checker: SpellChecker, extraWords: readonly string[] = []): Speller {
  const known = new Set(extraWords.map((w) => w.toLowerCase()));
  const correct = new Map<string, boolean>();
  const suggestions = new Map<string, string[]>();
  return {
    correct(word) {
      if (known.has(word.toLowerCase())) return true;
      let ok = correct.get(word);
      if (ok === undefined) {
        try {
          ok = checker.correct(word) || americanVariants(word).some((v) => checker.correct(v));
        } catch {
          ok = true; // A checker that fails on odd input must not turn into a finding.
        }
        if (correct.size > CACHE_LIMIT) correct.clear();
        correct.set(word, ok);
      }
      return ok;
    },
    suggest(word) {
      let list = suggestions.get(word);
      if (list === undefined) {
        try {
          list = checker.suggest(word);
        } catch {
          list = [];
        }
        if (suggestions.size > CACHE_LIMIT) suggestions.clear();
        suggestions.set(word, list);
      }
      return list;
    },
  };
}
