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
import { flattenTrie, PatternCompiler, type FlatTrie } from './pattern';

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
  trie: FlatTrie;
  families: CompiledFamily[];
  index: ReadonlyMap<string, number>;
  normalize: Normalizer;
  /** How many patterns were compiled. */
  patterns: number;
  /** The words the patterns use (what the normaliser squeezes stretched words back to). */
  vocabulary?: ReadonlySet<string>;
}

let compiled: CompiledPhrases | null = null;

/** The shape of serializePhrases' output: part of the fingerprint, so a cache of another shape is never read. */
const STORED_FORMAT = 'flat-trie 1';

/**
 * A fingerprint of everything compiling reads (phrase lists, macros, text-speak): a cache of the
 * compiled trie is good only for the same fingerprint. FNV-1a over the data as JSON.
 */
export function phraseFingerprint(lists: Readonly<Record<string, PhraseList>> = PHRASE_LISTS): string {
  const source = JSON.stringify([STORED_FORMAT, lists, MACROS, [...TEXT_SPEAK_MAP.entries()]]);
  let hash = 0x811c9dc5;
  for (let i = 0; i < source.length; i++) {
    hash ^= source.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return `${hash.toString(16)}-${source.length}`;
}

/** The flat trie's arrays, by name, as stored. */
const ARRAYS = [
  'any',
  'end',
  'outStart',
  'outs',
  'edgeStart',
  'edgeWord',
  'edgeChild',
  'subStart',
  'subTrie',
  'subNext',
] as const satisfies readonly (keyof FlatTrie)[];

/** The compiled trie and families as JSON, for a cache on disk (see lint-node/phrase-cache.ts). */
export function serializePhrases(c: CompiledPhrases, vocabulary: ReadonlySet<string>): string {
  const arrays = Object.fromEntries(ARRAYS.map((name) => [name, Array.from(c.trie[name])]));
  return JSON.stringify({
    families: c.families,
    patterns: c.patterns,
    vocabulary: [...vocabulary],
    words: c.trie.words,
    ...arrays,
  });
}

/** The inverse of serializePhrases. Throws on a file that is not what it should be. */
export function deserializePhrases(json: string): CompiledPhrases {
  const data = JSON.parse(json) as Record<string, unknown> & {
    families: CompiledFamily[];
    patterns: number;
    vocabulary: string[];
    words: string[];
  };
  if (!Array.isArray(data.families) || !Array.isArray(data.words) || !Array.isArray(data.vocabulary))
    throw new Error('not a phrase cache');
  const array = (name: (typeof ARRAYS)[number]): Int32Array => {
    const values = data[name];
    if (!Array.isArray(values)) throw new Error('not a phrase cache');
    return Int32Array.from(values as number[]);
  };
  const trie: FlatTrie = {
    words: data.words,
    wordIds: new Map(data.words.map((w, i) => [w, i] as const)),
    any: array('any'),
    end: array('end'),
    outStart: array('outStart'),
    outs: array('outs'),
    edgeStart: array('edgeStart'),
    edgeWord: array('edgeWord'),
    edgeChild: array('edgeChild'),
    subStart: array('subStart'),
    subTrie: array('subTrie'),
    subNext: array('subNext'),
  };
  const nodes = trie.any.length;
  if (
    nodes === 0 ||
    trie.end.length !== nodes ||
    trie.outStart.length !== nodes + 1 ||
    trie.edgeStart.length !== nodes + 1 ||
    trie.subStart.length !== nodes + 1 ||
    trie.edgeWord.length !== trie.edgeChild.length ||
    trie.subTrie.length !== trie.subNext.length ||
    trie.edgeStart[nodes] !== trie.edgeWord.length ||
    trie.outStart[nodes] !== trie.outs.length ||
    trie.subStart[nodes] !== trie.subTrie.length
  )
    throw new Error('not a phrase cache');
  const index = new Map(data.families.map((f, i) => [f.key, i] as const));
  return {
    trie,
    families: data.families,
    index,
    normalize: createNormalizer(new Set(data.vocabulary)),
    patterns: data.patterns,
  };
}

/** Uses phrases compiled elsewhere (a cache on disk) instead of compiling them here. */
export function usePhrases(c: CompiledPhrases): void {
  compiled = c;
}

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
  return {
    trie: flattenTrie(compiler.root),
    families,
    index,
    normalize: createNormalizer(vocabulary),
    patterns,
    vocabulary,
  };
}

/** The phrase lists compiled once and shared by every lint call. */
export function phrases(): CompiledPhrases {
  compiled ??= compilePhrases();
  return compiled;
}
