/**
 * Runs the compiled trie over the tokens once, from every token, and reports every family that
 * matches there. Work per token is bounded by the trie's depth, so time grows linearly with text.
 */
import { edgeOf, type FlatTrie } from './pattern';
import { GAP, type Token } from './tokenize';

export interface Match {
  family: number;
  /** Token range, end exclusive. */
  firstToken: number;
  endToken: number;
  /** Character range, end exclusive. */
  start: number;
  end: number;
}

/** Words a writer adds for emphasis that change nothing about what a phrase means. */
export const FILLERS: ReadonlySet<string> = new Set([
  'really',
  'just',
  'so',
  'still',
  'truly',
  'honestly',
  'actually',
  'literally',
  'totally',
  'very',
  'even',
  'simply',
  'desperately',
  'seriously',
  'completely',
  'absolutely',
  'genuinely',
  'sincerely',
  'deeply',
  'badly',
  'all',
  'always',
  'kinda',
  'sorta',
  'maybe',
  'now',
  'soon',
  'again',
  'ever',
  'too',
  'also',
  'single',
]);

const MAX_FILLERS = 3;
/** Matches kept per family in one text (see matchAll). */
export const MAX_MATCHES_PER_FAMILY = 5000;

const MAX_STATES_PER_START = 200;

/**
 * A reusable explicit stack of (node, next token, fillers skipped, may end here) states. Reused
 * across calls so that matching allocates nothing per token (the editor lints on every keystroke).
 */
class StateStack {
  nodes = new Int32Array(64);
  positions = new Int32Array(64);
  skips = new Int32Array(64);
  fresh = new Uint8Array(64);
  size = 0;

  push(node: number, position: number, skipped: number, fresh: boolean): void {
    const k = this.size++;
    if (k === this.nodes.length) this.grow();
    this.nodes[k] = node;
    this.positions[k] = position;
    this.skips[k] = skipped;
    this.fresh[k] = fresh ? 1 : 0;
  }

  private grow(): void {
    const size = this.nodes.length * 2;
    const nodes = new Int32Array(size);
    nodes.set(this.nodes);
    this.nodes = nodes;
    const positions = new Int32Array(size);
    positions.set(this.positions);
    this.positions = positions;
    const skips = new Int32Array(size);
    skips.set(this.skips);
    this.skips = skips;
    const fresh = new Uint8Array(size);
    fresh.set(this.fresh);
    this.fresh = fresh;
  }
}

const mainStack = new StateStack();
const SEEN_FAMILY: number[] = [];
const SEEN_END: number[] = [];
const subStack = new StateStack();
const subEnds: number[] = [];

/** The tokens of one matchAll, as the trie's word ids (-1: a word no phrase uses). */
interface TokenIds {
  word: Int32Array;
  alt: Int32Array;
}

/** Pushes the states reachable from `node` by consuming token j (a word, a wildcard or a skipped filler). */
function step(
  stack: StateStack,
  trie: FlatTrie,
  root: number,
  node: number,
  tokens: readonly Token[],
  ids: TokenIds,
  j: number,
  skipped: number,
  filler: Uint8Array,
): void {
  if ((trie.edgeStart[node + 1] as number) > (trie.edgeStart[node] as number)) {
    const w = ids.word[j] as number;
    const a = w >= 0 ? edgeOf(trie, node, w) : -1;
    if (a >= 0) stack.push(a, j + 1, skipped, true);
    const alt = ids.alt[j] as number;
    if (alt >= 0) {
      const b = edgeOf(trie, node, alt);
      if (b >= 0) stack.push(b, j + 1, skipped, true);
    }
  }
  const any = trie.any[node] as number;
  if (any >= 0 && !(tokens[j] as Token).emoji) stack.push(any, j + 1, skipped, true);
  if (node !== root && skipped < MAX_FILLERS && filler[j] === 1) stack.push(node, j + 1, skipped + 1, false);
}

function clauseEndsAt(tokens: readonly Token[], j: number): boolean {
  return j >= tokens.length || (tokens[j] as Token).gap >= GAP.line;
}

function hasEnd(count: number, j: number): boolean {
  for (let e = 0; e < count; e++) if (subEnds[e] === j) return true;
  return false;
}

/** Whether node n has families (or, in a sub-trie, accepts). */
function hasOut(trie: FlatTrie, n: number): boolean {
  return (trie.outStart[n + 1] as number) > (trie.outStart[n] as number);
}

/** Fills `subEnds` with where a shared sub-trie (a macro or a large group) can end when it starts at token `from`. */
function subMatchEnds(
  trie: FlatTrie,
  sub: number,
  tokens: readonly Token[],
  ids: TokenIds,
  from: number,
  filler: Uint8Array,
): number {
  let count = 0;
  const n = tokens.length;
  const stack = subStack;
  stack.size = 0;
  stack.push(sub, from, 0, true);
  while (stack.size > 0) {
    const k = --stack.size;
    const node = stack.nodes[k] as number;
    const j = stack.positions[k] as number;
    const skipped = stack.skips[k] as number;
    if (stack.fresh[k] === 1) {
      if (hasOut(trie, node) && j > from && !hasEnd(count, j)) subEnds[count++] = j;
      const end = trie.end[node] as number;
      if (end >= 0 && hasOut(trie, end) && clauseEndsAt(tokens, j) && !hasEnd(count, j)) subEnds[count++] = j;
    }
    if (j >= n || (tokens[j] as Token).gap === GAP.hard) continue;
    step(stack, trie, sub, node, tokens, ids, j, skipped, filler);
  }
  return count;
}

/**
 * Every family match starting at every token. `families` is one more than the highest family id
 * in the trie (the compiled phrases' family count).
 */
export function matchAll(trie: FlatTrie, tokens: readonly Token[], families: number): Match[] {
  const matches: Match[] = [];
  const n = tokens.length;
  const ROOT = 0;
  if ((trie.edgeStart[1] as number) === 0 || n === 0) return matches;
  const filler = new Uint8Array(n);
  const ids: TokenIds = { word: new Int32Array(n), alt: new Int32Array(n) };
  for (let k = 0; k < n; k++) {
    const t = tokens[k] as Token;
    if (t.head && FILLERS.has(t.word)) filler[k] = 1;
    ids.word[k] = trie.wordIds.get(t.word) ?? -1;
    ids.alt[k] = t.alt !== null ? (trie.wordIds.get(t.alt) ?? -1) : -1;
  }
  const stack = mainStack;
  /** (family, end) pairs already reported from this start: two paths to one match report it once. */
  const seenFamily = SEEN_FAMILY;
  const seenEnd = SEEN_END;
  let seen = 0;

  // A pathological text (a megabyte of hearts) matches one family hundreds of thousands of
  // times; past a few thousand the rules cannot report more anyway, so matching stops keeping them.
  const perFamily = new Uint32Array(families);
  const report = (family: number, i: number, j: number): void => {
    if ((perFamily[family] ?? 0) >= MAX_MATCHES_PER_FAMILY) return;
    for (let s = 0; s < seen; s++) if (seenFamily[s] === family && seenEnd[s] === j) return;
    perFamily[family] = (perFamily[family] ?? 0) + 1;
    seenFamily[seen] = family;
    seenEnd[seen] = j;
    seen++;
    matches.push({
      family,
      firstToken: i,
      endToken: j,
      start: (tokens[i] as Token).start,
      end: (tokens[j - 1] as Token).end,
    });
  };
  const reportAll = (node: number, i: number, j: number): void => {
    const to = trie.outStart[node + 1] as number;
    for (let o = trie.outStart[node] as number; o < to; o++) report(trie.outs[o] as number, i, j);
  };

  for (let i = 0; i < n; i++) {
    const w = ids.word[i] as number;
    const alt = ids.alt[i] as number;
    const a = w >= 0 ? edgeOf(trie, ROOT, w) : -1;
    const b = alt >= 0 ? edgeOf(trie, ROOT, alt) : -1;
    if (a < 0 && b < 0) continue;
    seen = 0;
    stack.size = 0;
    if (a >= 0) stack.push(a, i + 1, 0, true);
    if (b >= 0) stack.push(b, i + 1, 0, true);
    // A safety bound on the states explored from one word, so repetitive input ("please please
    // please ...", a wall of fillers) stays linear; real phrases need a handful.
    let budget = MAX_STATES_PER_START;
    while (stack.size > 0 && budget-- > 0) {
      const k = --stack.size;
      const node = stack.nodes[k] as number;
      const j = stack.positions[k] as number;
      const skipped = stack.skips[k] as number;
      if (stack.fresh[k] === 1) {
        if (hasOut(trie, node)) reportAll(node, i, j);
        const end = trie.end[node] as number;
        if (end >= 0 && hasOut(trie, end) && clauseEndsAt(tokens, j)) reportAll(end, i, j);
      }
      const subsTo = trie.subStart[node + 1] as number;
      for (let u = trie.subStart[node] as number; u < subsTo; u++) {
        const sub = trie.subTrie[u] as number;
        // Most sub-tries cannot start on this word: one lookup rules them out.
        if (
          (trie.any[sub] as number) < 0 &&
          (trie.end[sub] as number) < 0 &&
          (j >= n ||
            (tokens[j] as Token).gap === GAP.hard ||
            (((ids.word[j] as number) < 0 || edgeOf(trie, sub, ids.word[j] as number) < 0) &&
              ((ids.alt[j] as number) < 0 || edgeOf(trie, sub, ids.alt[j] as number) < 0)))
        )
          continue;
        const count = subMatchEnds(trie, sub, tokens, ids, j, filler);
        const next = trie.subNext[u] as number;
        for (let e = 0; e < count; e++) stack.push(next, subEnds[e] as number, skipped, true);
      }
      if (j >= n || (tokens[j] as Token).gap === GAP.hard) continue;
      step(stack, trie, ROOT, node, tokens, ids, j, skipped, filler);
    }
  }
  return matches;
}
