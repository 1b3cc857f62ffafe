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
          ok = checker.correct(word);
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
