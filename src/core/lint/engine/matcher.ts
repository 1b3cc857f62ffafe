/**
 * Runs the compiled trie over the tokens once, from every token, and reports every family that
 * matches there. Work per token is bounded by the trie's depth, so time grows linearly with text.
 */
import type { TrieNode } from './pattern';
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

const familyCounts = new WeakMap<TrieNode, number>();
/** One more than the highest family id in the trie, found once per trie. */
function familyCount(root: TrieNode): number {
  let known = familyCounts.get(root);
  if (known !== undefined) return known;
  let max = 0;
  const seen = new Set<TrieNode>();
  const stack: TrieNode[] = [root];
  while (stack.length > 0) {
    const node = stack.pop() as TrieNode;
    if (seen.has(node)) continue;
    seen.add(node);
    if (node.out) for (const f of node.out) max = Math.max(max, f + 1);
    if (node.next) for (const child of node.next.values()) stack.push(child);
    if (node.any) stack.push(node.any);
    if (node.end) stack.push(node.end);
    if (node.subs) for (const sub of node.subs) stack.push(sub.next);
  }
  known = max;
  familyCounts.set(root, known);
  return known;
}
const MAX_STATES_PER_START = 200;

/**
 * A reusable explicit stack of (node, next token, fillers skipped, may end here) states. Reused
 * across calls so that matching allocates nothing per token (the editor lints on every keystroke).
 */
class StateStack {
  nodes: TrieNode[] = [];
  positions: number[] = [];
  skips: number[] = [];
  fresh: boolean[] = [];
  size = 0;

  push(node: TrieNode, position: number, skipped: number, fresh: boolean): void {
    const k = this.size++;
    this.nodes[k] = node;
    this.positions[k] = position;
    this.skips[k] = skipped;
    this.fresh[k] = fresh;
  }
}

const mainStack = new StateStack();
const SEEN_FAMILY: number[] = [];
const SEEN_END: number[] = [];
const subStack = new StateStack();
const subEnds: number[] = [];

/** Pushes the states reachable from `node` by consuming token j (a word, a wildcard or a skipped filler). */
function step(
  stack: StateStack,
  root: TrieNode,
  node: TrieNode,
  tokens: readonly Token[],
  j: number,
  skipped: number,
  filler: Uint8Array,
): void {
  const tok = tokens[j] as Token;
  const next = node.next;
  if (next !== null) {
    const a = next.get(tok.word);
    if (a !== undefined) stack.push(a, j + 1, skipped, true);
    if (tok.alt !== null) {
      const b = next.get(tok.alt);
      if (b !== undefined) stack.push(b, j + 1, skipped, true);
    }
  }
  if (node.any !== null && !tok.emoji) stack.push(node.any, j + 1, skipped, true);
  if (node !== root && skipped < MAX_FILLERS && filler[j] === 1) stack.push(node, j + 1, skipped + 1, false);
}

function clauseEndsAt(tokens: readonly Token[], j: number): boolean {
  return j >= tokens.length || (tokens[j] as Token).gap >= GAP.line;
}

function hasEnd(count: number, j: number): boolean {
  for (let e = 0; e < count; e++) if (subEnds[e] === j) return true;
  return false;
}

/** Fills `subEnds` with where a shared sub-trie (a macro or a large group) can end when it starts at token `from`. */
function subMatchEnds(trie: TrieNode, tokens: readonly Token[], from: number, filler: Uint8Array): number {
  let count = 0;
  const n = tokens.length;
  const stack = subStack;
  stack.size = 0;
  stack.push(trie, from, 0, true);
  while (stack.size > 0) {
    const k = --stack.size;
    const node = stack.nodes[k] as TrieNode;
    const j = stack.positions[k] as number;
    const skipped = stack.skips[k] as number;
    if (stack.fresh[k]) {
      if (node.out !== null && j > from && !hasEnd(count, j)) subEnds[count++] = j;
      if (node.end !== null && node.end.out !== null && clauseEndsAt(tokens, j) && !hasEnd(count, j))
        subEnds[count++] = j;
    }
    if (j >= n || (tokens[j] as Token).gap === GAP.hard) continue;
    step(stack, trie, node, tokens, j, skipped, filler);
  }
  return count;
}

/** Every family match starting at every token. */
export function matchAll(root: TrieNode, tokens: readonly Token[]): Match[] {
  const matches: Match[] = [];
  const n = tokens.length;
  const rootNext = root.next;
  if (rootNext === null || n === 0) return matches;
  const filler = new Uint8Array(n);
  for (let k = 0; k < n; k++) {
    const t = tokens[k] as Token;
    if (t.head && FILLERS.has(t.word)) filler[k] = 1;
  }
  const stack = mainStack;
  /** (family, end) pairs already reported from this start: two paths to one match report it once. */
  const seenFamily = SEEN_FAMILY;
  const seenEnd = SEEN_END;
  let seen = 0;

  // A pathological text (a megabyte of hearts) matches one family hundreds of thousands of
  // times; past a few thousand the rules cannot report more anyway, so matching stops keeping them.
  const perFamily = new Uint32Array(familyCount(root));
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

  for (let i = 0; i < n; i++) {
    const first = tokens[i] as Token;
    const a = rootNext.get(first.word);
    const b = first.alt !== null ? rootNext.get(first.alt) : undefined;
    if (a === undefined && b === undefined) continue;
    seen = 0;
    stack.size = 0;
    if (a !== undefined) stack.push(a, i + 1, 0, true);
    if (b !== undefined) stack.push(b, i + 1, 0, true);
    // A safety bound on the states explored from one word, so repetitive input ("please please
    // please ...", a wall of fillers) stays linear; real phrases need a handful.
    let budget = MAX_STATES_PER_START;
    while (stack.size > 0 && budget-- > 0) {
      const k = --stack.size;
      const node = stack.nodes[k] as TrieNode;
      const j = stack.positions[k] as number;
      const skipped = stack.skips[k] as number;
      if (stack.fresh[k]) {
        if (node.out !== null) for (const family of node.out) report(family, i, j);
        if (node.end !== null && node.end.out !== null && clauseEndsAt(tokens, j))
          for (const family of node.end.out) report(family, i, j);
      }
      if (node.subs !== null) {
        const tok = j < n ? (tokens[j] as Token) : null;
        for (const sub of node.subs) {
          const trie = sub.trie;
          // Most sub-tries cannot start on this word: one lookup rules them out.
          if (
            trie.any === null &&
            trie.end === null &&
            (tok === null ||
              tok.gap === GAP.hard ||
              (!trie.next?.has(tok.word) && (tok.alt === null || !trie.next?.has(tok.alt))))
          )
            continue;
          const count = subMatchEnds(trie, tokens, j, filler);
          for (let e = 0; e < count; e++) stack.push(sub.next, subEnds[e] as number, skipped, true);
        }
      }
      if (j >= n || (tokens[j] as Token).gap === GAP.hard) continue;
      step(stack, root, node, tokens, j, skipped, filler);
    }
  }
  return matches;
}
