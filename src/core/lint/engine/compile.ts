/**
 * Compiles every phrase list (data/, one file per category) into one trie, once, on first use.
 * Families are addressed as "list.family", e.g. "needy.begging".
 */
import { ACKNOWLEDGEMENT } from '../data/acknowledgement';
import { AMBIGUOUS } from '../data/ambiguous';
import { BLAME } from '../data/blame';
import { INTENT } from '../data/intent';
import { MACROS } from '../data/macros';
import { NEEDY } from '../data/needy';
import { NEW_PARTNER } from '../data/new-partner';
import type { PhraseList } from '../data/phrase-types';
import { PRESSURE } from '../data/pressure';
import { ROMANTIC } from '../data/romantic';
import { SIGNATURE } from '../data/signature';
import { TEXT_SPEAK_MAP } from '../data/textspeak';
import { createNormalizer, type Normalizer } from './normalize';
import { PatternCompiler, type TrieNode } from './pattern';

export const PHRASE_LISTS = {
  needy: NEEDY,
  pressure: PRESSURE,
  romantic: ROMANTIC,
  intent: INTENT,
  ambiguous: AMBIGUOUS,
  blame: BLAME,
  'new-partner': NEW_PARTNER,
  acknowledgement: ACKNOWLEDGEMENT,
  signature: SIGNATURE,
} as const satisfies Record<string, PhraseList>;

type Lists = typeof PHRASE_LISTS;
/** "needy.begging", "pressure.reply-request", ... checked at compile time. */
export type FamilyKey = { [L in keyof Lists]: `${L & string}.${keyof Lists[L] & string}` }[keyof Lists];

export interface CompiledFamily {
  key: string;
  negatable: boolean;
  /** Index of the family holding this family's exceptions, or -1. */
  except: number;
}

export interface CompiledPhrases {
  root: TrieNode;
  families: CompiledFamily[];
  index: ReadonlyMap<string, number>;
  normalize: Normalizer;
  /** How many patterns were compiled. */
  patterns: number;
}

let compiled: CompiledPhrases | null = null;

export function compilePhrases(lists: Readonly<Record<string, PhraseList>> = PHRASE_LISTS): CompiledPhrases {
  const compiler = new PatternCompiler(MACROS, createNormalizer(new Set()));
  const families: CompiledFamily[] = [];
  const index = new Map<string, number>();
  let patterns = 0;

  const add = (key: string, list: readonly string[], negatable: boolean): number => {
    const id = families.length;
    families.push({ key, negatable, except: -1 });
    index.set(key, id);
    for (const pattern of list) {
      compiler.add(pattern, id);
      patterns++;
    }
    return id;
  };

  for (const [listName, list] of Object.entries(lists)) {
    for (const [familyName, family] of Object.entries(list)) {
      const id = add(`${listName}.${familyName}`, family.patterns, family.negatable ?? true);
      if (family.except && family.except.length > 0) {
        (families[id] as CompiledFamily).except = add(`${listName}.${familyName}!except`, family.except, false);
      }
    }
  }
  const vocabulary = new Set<string>(compiler.vocabulary);
  for (const v of TEXT_SPEAK_MAP.values()) for (const w of v.split(' ')) vocabulary.add(w);
  return { root: compiler.root, families, index, normalize: createNormalizer(vocabulary), patterns };
}

/** The phrase lists compiled once and shared by every lint call. */
export function phrases(): CompiledPhrases {
  compiled ??= compilePhrases();
  return compiled;
}
