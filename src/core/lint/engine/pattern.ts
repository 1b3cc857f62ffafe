/**
 * The phrase-list pattern language, compiled once into a word trie.
 *
 *   words          matched after normalisation ("can't" in a pattern is "can not", as in text)
 *   (a|b c|)       alternatives; an empty one makes the group optional
 *   @name          a macro from data/macros.ts (a family of words, e.g. every way to say "call")
 *   *              any one word;  **  up to three words
 *   $              the clause ends here (comma, full stop, line break or end of text)
 *
 * Between pattern words the matcher also steps over fillers ("really", "just", "so") and commas,
 * so lists stay short: "i need you" also finds "I really, really need you".
 *
 * A plain trie would multiply out every group ("(a|b) (c|d) (e|f)" is eight paths), so macros
 * and large groups past a pattern's first word become shared sub-tries the matcher calls into.
 * That keeps the whole compiled set small enough to build in a few milliseconds in the renderer.
 */
import type { Normalizer } from './normalize';

export const ANY = '\u0001*';
/** `$` in a pattern: the clause ends here (punctuation, a line break or the end of the text). */
export const END = '\u0001$';

type Node =
  { kind: 'word'; word: string } | { kind: 'any' } | { kind: 'end' } | { kind: 'alt'; options: Node[][]; key: string };

export class PatternError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PatternError';
  }
}

function parse(pattern: string, macros: Readonly<Record<string, string>>, depth = 0): Node[][] {
  if (depth > 8) throw new PatternError(`macros nest too deeply in "${pattern}"`);
  let i = 0;
  const readAlt = (): Node[][] => {
    const options: Node[][] = [];
    let seq: Node[] = [];
    while (i < pattern.length) {
      const ch = pattern[i] as string;
      if (ch === ' ') {
        i++;
      } else if (ch === '(') {
        const from = i;
        i++;
        const options = readAlt();
        if (pattern[i] !== ')') throw new PatternError(`unclosed "(" in "${pattern}"`);
        i++;
        seq.push({ kind: 'alt', options, key: pattern.slice(from, i) });
      } else if (ch === ')') {
        break;
      } else if (ch === '|') {
        options.push(seq);
        seq = [];
        i++;
      } else {
        let j = i;
        while (j < pattern.length && !' ()|'.includes(pattern[j] as string)) j++;
        const word = pattern.slice(i, j);
        i = j;
        if (word === '*') seq.push({ kind: 'any' });
        else if (word === '$') seq.push({ kind: 'end' });
        else if (word === '**') {
          const any: Node = { kind: 'any' };
          seq.push({ kind: 'alt', options: [[], [any], [any, any], [any, any, any]], key: '**' });
        } else if (word.startsWith('@')) {
          const body = macros[word.slice(1)];
          if (body === undefined) throw new PatternError(`unknown macro ${word} in "${pattern}"`);
          seq.push({ kind: 'alt', options: parse(body, macros, depth + 1), key: word });
        } else seq.push({ kind: 'word', word });
      }
    }
    options.push(seq);
    return options;
  };
  const result = readAlt();
  if (i < pattern.length) throw new PatternError(`unexpected ")" in "${pattern}"`);
  return result;
}

const MAX_EXPANSIONS = 20_000;
/** Groups that expand to at least this many paths become shared sub-tries. */
const SUB_TRIE_THRESHOLD = 6;

const wordCache = new WeakMap<Normalizer, Map<string, readonly string[]>>();
function wordsOf(word: string, normalize: Normalizer): readonly string[] {
  let cache = wordCache.get(normalize);
  if (!cache) {
    cache = new Map();
    wordCache.set(normalize, cache);
  }
  let words = cache.get(word);
  if (!words) {
    words = normalize(word.toLowerCase().replace(/\uFE0F/g, ''));
    cache.set(word, words);
  }
  return words;
}

function expandSeq(seq: Node[], normalize: Normalizer, pattern: string): string[][] {
  let results: string[][] = [[]];
  for (const node of seq) {
    let tails: string[][];
    if (node.kind === 'word') tails = [wordsOf(node.word, normalize).slice()];
    else if (node.kind === 'any') tails = [[ANY]];
    else if (node.kind === 'end') tails = [[END]];
    else tails = node.options.flatMap((option) => expandSeq(option, normalize, pattern));
    const next: string[][] = [];
    for (const head of results) for (const tail of tails) next.push(head.concat(tail));
    if (next.length > MAX_EXPANSIONS) throw new PatternError(`"${pattern}" expands to too many phrases`);
    results = next;
  }
  return results;
}

function countPaths(options: Node[][]): number {
  let total = 0;
  for (const seq of options) {
    let product = 1;
    for (const node of seq) if (node.kind === 'alt') product *= countPaths(node.options);
    total += product;
  }
  return total;
}

/** Every word sequence a pattern stands for (for tests and tools; compiling does not need it). */
export function expandPattern(
  pattern: string,
  macros: Readonly<Record<string, string>>,
  normalize: Normalizer,
): string[][] {
  const options = parse(pattern, macros);
  const out = options.flatMap((seq) => expandSeq(seq, normalize, pattern)).filter((seq) => seq.length > 0);
  if (out.length === 0) throw new PatternError(`"${pattern}" matches nothing`);
  return out;
}

export interface SubEdge {
  key: string;
  trie: TrieNode;
  next: TrieNode;
}

export class TrieNode {
  next: Map<string, TrieNode> | null = null;
  any: TrieNode | null = null;
  /** Reached when the clause ends right here. */
  end: TrieNode | null = null;
  /** Shared sub-tries (macros, large groups): match one, then go on from `next`. */
  subs: SubEdge[] | null = null;
  /** Family ids that end here (in a sub-trie, any non-null value means "accept"). */
  out: number[] | null = null;
  /** This node's number in the flat trie `flattenTrie` call number `flatCall` made. */
  flatId = -1;
  flatCall = -1;

  child(word: string): TrieNode {
    if (word === ANY) return (this.any ??= new TrieNode());
    if (word === END) return (this.end ??= new TrieNode());
    this.next ??= new Map();
    let node = this.next.get(word);
    if (!node) {
      node = new TrieNode();
      this.next.set(word, node);
    }
    return node;
  }

  sub(key: string, trie: TrieNode): TrieNode {
    this.subs ??= [];
    const found = this.subs.find((s) => s.key === key);
    if (found) return found.next;
    const edge: SubEdge = { key, trie, next: new TrieNode() };
    this.subs.push(edge);
    return edge.next;
  }
}

const ACCEPT: number[] = [0];

/** Compiles patterns into one trie, sharing sub-tries between patterns by their source text. */
export class PatternCompiler {
  readonly root = new TrieNode();
  readonly vocabulary = new Set<string>();
  private readonly subTries = new Map<string, TrieNode>();

  constructor(
    private readonly macros: Readonly<Record<string, string>>,
    private readonly normalize: Normalizer,
  ) {}

  add(pattern: string, family: number): void {
    const options = parse(pattern, this.macros);
    let ends = 0;
    for (const seq of options) {
      if (seq.length === 0) continue;
      const first = seq[0] as Node;
      if (first.kind === 'any' || first.kind === 'end')
        throw new PatternError(`"${pattern}" may not start with a wildcard`);
      for (const node of this.insert([this.root], seq, true, pattern)) {
        if (node === this.root) throw new PatternError(`"${pattern}" can match nothing at all`);
        node.out ??= [];
        if (!node.out.includes(family)) node.out.push(family);
        ends++;
      }
    }
    if (ends === 0) throw new PatternError(`"${pattern}" matches nothing`);
  }

  /** Inserts a sequence at each start node; with `flat`, every group is inlined (sub-tries must not nest). */
  private insert(starts: TrieNode[], seq: Node[], atStart: boolean, pattern: string, flat = false): TrieNode[] {
    let current = starts;
    let first = atStart;
    for (let k = 0; k < seq.length; k++) {
      const node = seq[k] as Node;
      if (node.kind === 'end' && k !== seq.length - 1) throw new PatternError(`"${pattern}" has words after $`);
      if (node.kind === 'word') {
        const words = wordsOf(node.word, this.normalize);
        current = current.map((n) => {
          let at = n;
          for (const w of words) {
            this.vocabulary.add(w);
            at = at.child(w);
          }
          return at;
        });
        first = false;
      } else if (node.kind === 'any') {
        current = current.map((n) => n.child(ANY));
      } else if (node.kind === 'end') {
        current = current.map((n) => n.child(END));
      } else if (
        flat ||
        first ||
        countPaths(node.options) < SUB_TRIE_THRESHOLD ||
        node.options.some((o) => o.length === 0) ||
        node.key === '**'
      ) {
        // Inline: the pattern's first group (so the root stays one map lookup), small groups, optional groups.
        const next = new Set<TrieNode>();
        for (const option of node.options)
          for (const n of this.insert(current, option, first, pattern, flat)) next.add(n);
        current = [...next];
        if (node.options.every((o) => o.length > 0)) first = false;
      } else {
        const trie = this.subTrie(node, pattern);
        current = [...new Set(current.map((n) => n.sub(node.key, trie)))];
      }
      if (current.length > MAX_EXPANSIONS) throw new PatternError(`"${pattern}" expands to too many phrases`);
    }
    return current;
  }

  private subTrie(node: Extract<Node, { kind: 'alt' }>, pattern: string): TrieNode {
    let trie = this.subTries.get(node.key);
    if (!trie) {
      // Built by inserting straight into the trie (no list of every path): shared prefixes merge as they go.
      trie = new TrieNode();
      for (const end of this.insert([trie], [node], false, pattern, true)) if (end !== trie) end.out = ACCEPT;
      this.subTries.set(node.key, trie);
    }
    return trie;
  }
}

/**
 * The compiled trie as flat arrays of node numbers (node 0 is the root), which the matcher walks
 * without allocating and which a cache on disk stores as plain numbers (lint-node/phrase-cache.ts).
 * Node n's edges are edgeWord/edgeChild[edgeStart[n] .. edgeStart[n + 1]), sorted by word id; its
 * families outs[outStart[n] .. outStart[n + 1]); its sub-tries subTrie/subNext[subStart[n] ..
 * subStart[n + 1]), in the order they were added; any and end are a node or -1.
 */
export interface FlatTrie {
  /** Edge words by id, and ids by word. */
  words: readonly string[];
  wordIds: ReadonlyMap<string, number>;
  any: Int32Array;
  end: Int32Array;
  outStart: Int32Array;
  outs: Int32Array;
  edgeStart: Int32Array;
  edgeWord: Int32Array;
  edgeChild: Int32Array;
  subStart: Int32Array;
  subTrie: Int32Array;
  subNext: Int32Array;
}

/** Numbers the nodes reachable from `root` (root first) and lays them out as a FlatTrie. */
let flatCalls = 0;

export function flattenTrie(root: TrieNode): FlatTrie {
  // Numbers kept on the nodes themselves (a Map of a hundred thousand nodes was a third of the work).
  const call = flatCalls++;
  const order: TrieNode[] = [];
  const visit = (n: TrieNode): number => {
    if (n.flatCall !== call) {
      n.flatCall = call;
      n.flatId = order.length;
      order.push(n);
    }
    return n.flatId;
  };
  visit(root);
  const wordIds = new Map<string, number>();
  const words: string[] = [];
  const wordId = (w: string): number => {
    let id = wordIds.get(w);
    if (id === undefined) {
      id = words.length;
      wordIds.set(w, id);
      words.push(w);
    }
    return id;
  };
  const any: number[] = [];
  const end: number[] = [];
  const outStart: number[] = [0];
  const outs: number[] = [];
  const edgeStart: number[] = [0];
  const edgeWord: number[] = [];
  const edgeChild: number[] = [];
  const subStart: number[] = [0];
  const subTrie: number[] = [];
  const subNext: number[] = [];
  for (let i = 0; i < order.length; i++) {
    const n = order[i] as TrieNode;
    if (n.next) {
      // Each node's edges in word-id order, sorted in place where they land (most nodes have one):
      // no list per node, as a hundred thousand of them once cost a third of compiling.
      const from = edgeWord.length;
      for (const [w, child] of n.next) {
        const id = wordId(w);
        const to = visit(child);
        let k = edgeWord.length;
        edgeWord.push(id);
        edgeChild.push(to);
        for (; k > from && (edgeWord[k - 1] as number) > id; k--) {
          edgeWord[k] = edgeWord[k - 1] as number;
          edgeChild[k] = edgeChild[k - 1] as number;
        }
        edgeWord[k] = id;
        edgeChild[k] = to;
      }
    }
    edgeStart.push(edgeWord.length);
    any.push(n.any ? visit(n.any) : -1);
    end.push(n.end ? visit(n.end) : -1);
    if (n.out) for (const f of n.out) outs.push(f);
    outStart.push(outs.length);
    if (n.subs)
      for (const s of n.subs) {
        subTrie.push(visit(s.trie));
        subNext.push(visit(s.next));
      }
    subStart.push(subTrie.length);
  }
  return {
    words,
    wordIds,
    any: Int32Array.from(any),
    end: Int32Array.from(end),
    outStart: Int32Array.from(outStart),
    outs: Int32Array.from(outs),
    edgeStart: Int32Array.from(edgeStart),
    edgeWord: Int32Array.from(edgeWord),
    edgeChild: Int32Array.from(edgeChild),
    subStart: Int32Array.from(subStart),
    subTrie: Int32Array.from(subTrie),
    subNext: Int32Array.from(subNext),
  };
}

/** The child of `node` by word id, or -1: a short scan, or a binary search over a wide node. */
export function edgeOf(trie: FlatTrie, node: number, word: number): number {
  let lo = trie.edgeStart[node] as number;
  let hi = trie.edgeStart[node + 1] as number;
  const words = trie.edgeWord;
  if (hi - lo <= 8) {
    for (; lo < hi; lo++) if (words[lo] === word) return trie.edgeChild[lo] as number;
    return -1;
  }
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const w = words[mid] as number;
    if (w === word) return trie.edgeChild[mid] as number;
    if (w < word) lo = mid + 1;
    else hi = mid;
  }
  return -1;
}
