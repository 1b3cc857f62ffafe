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
import { PatternCompiler, TrieNode } from './pattern';

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
  /** The words the patterns use (what the normaliser squeezes stretched words back to). */
  vocabulary?: ReadonlySet<string>;
}

let compiled: CompiledPhrases | null = null;

/**
 * A fingerprint of everything compiling reads (phrase lists, macros, text-speak): a cache of the
 * compiled trie is good only for the same fingerprint. FNV-1a over the data as JSON.
 */
export function phraseFingerprint(lists: Readonly<Record<string, PhraseList>> = PHRASE_LISTS): string {
  const source = JSON.stringify([lists, MACROS, [...TEXT_SPEAK_MAP.entries()]]);
  let hash = 0x811c9dc5;
  for (let i = 0; i < source.length; i++) {
    hash ^= source.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return `${hash.toString(16)}-${source.length}`;
}

/** One trie node as stored: child words and node ids, any, end, sub-tries [key, trie, next], families out. */
type StoredNode = [string[], number[], number, number, [string, number, number][], number[] | null];

/** The compiled trie and families as JSON, for a cache on disk (see lint-node/phrase-cache.ts). */
export function serializePhrases(c: CompiledPhrases, vocabulary: ReadonlySet<string>): string {
  const ids = new Map<TrieNode, number>();
  const order: TrieNode[] = [];
  const visit = (n: TrieNode): number => {
    let id = ids.get(n);
    if (id === undefined) {
      id = order.length;
      ids.set(n, id);
      order.push(n);
    }
    return id;
  };
  visit(c.root);
  const nodes: StoredNode[] = [];
  for (let i = 0; i < order.length; i++) {
    const n = order[i] as TrieNode;
    const words: string[] = [];
    const children: number[] = [];
    if (n.next)
      for (const [w, child] of n.next) {
        words.push(w);
        children.push(visit(child));
      }
    const subs: [string, number, number][] = (n.subs ?? []).map((s) => [s.key, visit(s.trie), visit(s.next)]);
    nodes.push([words, children, n.any ? visit(n.any) : -1, n.end ? visit(n.end) : -1, subs, n.out]);
  }
  return JSON.stringify({ families: c.families, patterns: c.patterns, vocabulary: [...vocabulary], nodes });
}

/** The inverse of serializePhrases. Throws on a file that is not what it should be. */
export function deserializePhrases(json: string): CompiledPhrases {
  const data = JSON.parse(json) as {
    families: CompiledFamily[];
    patterns: number;
    vocabulary: string[];
    nodes: StoredNode[];
  };
  if (!Array.isArray(data.nodes) || !Array.isArray(data.families) || data.nodes.length === 0)
    throw new Error('not a phrase cache');
  const made = data.nodes.map(() => new TrieNode());
  data.nodes.forEach(([words, children, any, end, subs, out], i) => {
    const node = made[i] as TrieNode;
    if (words.length > 0) {
      node.next = new Map();
      for (let k = 0; k < words.length; k++) node.next.set(words[k] as string, made[children[k] as number] as TrieNode);
    }
    if (any >= 0) node.any = made[any] as TrieNode;
    if (end >= 0) node.end = made[end] as TrieNode;
    if (subs.length > 0)
      node.subs = subs.map(([key, trie, next]) => ({
        key,
        trie: made[trie] as TrieNode,
        next: made[next] as TrieNode,
      }));
    node.out = out;
  });
  const index = new Map(data.families.map((f, i) => [f.key, i] as const));
  return {
    root: made[0] as TrieNode,
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
  return { root: compiler.root, families, index, normalize: createNormalizer(vocabulary), patterns, vocabulary };
}

/** The phrase lists compiled once and shared by every lint call. */
export function phrases(): CompiledPhrases {
  compiled ??= compilePhrases();
  return compiled;
}
