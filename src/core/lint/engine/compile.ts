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

/**
 * The shape of serializePhrases' output: part of the fingerprint, so a cache of another shape is
 * never read. The integers are stored in the machine's own byte order (a cache never leaves it).
 */
const STORED_FORMAT = `flat-trie 2 ${new Uint8Array(new Uint32Array([1]).buffer)[0] === 1 ? 'le' : 'be'}`;

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

/** "OBPT": the first four bytes of a stored trie. */
const MAGIC = 0x5450424f;

interface StoredHeader {
  families: CompiledFamily[];
  patterns: number;
  vocabulary: string[];
  words: readonly string[];
  /** Each array's length, in ARRAYS order. */
  lengths: number[];
}

/**
 * The compiled trie and families as bytes, for a cache on disk (see lint-node/phrase-cache.ts):
 * the magic number, the byte length of a JSON header (families, words, vocabulary, array lengths),
 * the header padded to a multiple of four, then the integer arrays one after another. Reading it
 * back parses only the header; the arrays are copied as they are (a JSON list of some 850,000
 * numbers took about 20 ms to parse).
 */
export function serializePhrases(c: CompiledPhrases, vocabulary: ReadonlySet<string>): Uint8Array {
  const header: StoredHeader = {
    families: c.families,
    patterns: c.patterns,
    vocabulary: [...vocabulary],
    words: c.trie.words,
    lengths: ARRAYS.map((name) => c.trie[name].length),
  };
  const json = new TextEncoder().encode(JSON.stringify(header));
  const start = 8 + Math.ceil(json.length / 4) * 4;
  const ints = header.lengths.reduce((sum, n) => sum + n, 0);
  const bytes = new Uint8Array(start + ints * 4);
  const view = new DataView(bytes.buffer);
  view.setUint32(0, MAGIC, true);
  view.setUint32(4, json.length, true);
  bytes.set(json, 8);
  const body = new Int32Array(bytes.buffer, start, ints);
  let at = 0;
  for (const name of ARRAYS) {
    body.set(c.trie[name], at);
    at += c.trie[name].length;
  }
  return bytes;
}

/** The inverse of serializePhrases. Throws on bytes that are not what they should be. */
export function deserializePhrases(bytes: Uint8Array): CompiledPhrases {
  const fail = (): never => {
    throw new Error('not a phrase cache');
  };
  if (bytes.length < 8) fail();
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const length = view.getUint32(4, true);
  const start = 8 + Math.ceil(length / 4) * 4;
  if (view.getUint32(0, true) !== MAGIC || start > bytes.length) fail();
  const data = JSON.parse(new TextDecoder().decode(bytes.subarray(8, 8 + length))) as Partial<StoredHeader>;
  const { families, patterns, vocabulary, words, lengths } = data;
  if (
    !Array.isArray(families) ||
    !Array.isArray(words) ||
    !Array.isArray(vocabulary) ||
    typeof patterns !== 'number' ||
    !Array.isArray(lengths) ||
    lengths.length !== ARRAYS.length ||
    !lengths.every((n) => Number.isInteger(n) && n >= 0)
  )
    return fail();
  const ints = lengths.reduce((sum, n) => sum + n, 0);
  if (bytes.length !== start + ints * 4) fail();
  // One copy into a fresh, aligned buffer (the file's bytes may sit at any offset).
  const body = new Int32Array(ints);
  new Uint8Array(body.buffer).set(bytes.subarray(start));
  const arrays: Int32Array[] = [];
  let at = 0;
  for (const n of lengths) {
    arrays.push(body.subarray(at, at + n));
    at += n;
  }
  const array = (name: (typeof ARRAYS)[number]): Int32Array => arrays[ARRAYS.indexOf(name)] as Int32Array;
  const trie: FlatTrie = {
    words,
    wordIds: new Map(words.map((w, i) => [w, i] as const)),
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
    fail();
  return {
    trie,
    families,
    index: new Map(families.map((f, i) => [f.key, i] as const)),
    normalize: createNormalizer(new Set(vocabulary)),
    patterns,
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
