/**
 * Runs the compiled trie over the tokens once, from every token, and reports every family that
 * matches there. Work per token is bounded by the trie's depth, so time grows linearly with text.
 */
import { TrieNode } from './pattern';
import { GAP, type Token } from './tokenize';

export interface Match {
  family: number;
  /** Token range, end exclusive. */
  first: number;
  last: number;
  /** Character range, end exclusive. */
  start: number;
  end: number;
}

/** Words a writer adds for emphasis that change nothing about what a phrase means. */
export const FILLERS: ReadonlySet<string> = new Set([
  'really', 'just', 'so', 'still', 'truly', 'honestly', 'actually', 'literally', 'totally', 'very', 'even',
  'simply', 'desperately', 'seriously', 'completely', 'absolutely', 'genuinely', 'sincerely', 'deeply',
  'badly', 'all', 'always', 'kinda', 'sorta', 'maybe', 'now', 'soon', 'again', 'ever', 'too', 'also',
]);

const MAX_FILLERS = 3;

/** Where a shared sub-trie (a macro or a large group) can end when it starts at token `from`. */
function subMatchEnds(trie: TrieNode, tokens: readonly Token[], from: number): number[] {
  const ends: number[] = [];
  const n = tokens.length;
  const stack: [TrieNode, number, number, boolean][] = [[trie, from, 0, true]];
  while (stack.length > 0) {
    const [node, j, skipped, fresh] = stack.pop() as [TrieNode, number, number, boolean];
    if (fresh && node.out && j > from && !ends.includes(j)) ends.push(j);
    if (fresh && node.end?.out && (j >= n || (tokens[j] as Token).gap >= GAP.line) && !ends.includes(j)) ends.push(j);
    if (j >= n) continue;
    const tok = tokens[j] as Token;
    if (tok.gap === GAP.hard) continue;
    const next = node.next?.get(tok.w);
    if (next) stack.push([next, j + 1, skipped, true]);
    if (tok.alt !== null) {
      const alt = node.next?.get(tok.alt);
      if (alt) stack.push([alt, j + 1, skipped, true]);
    }
    if (node.any && !tok.emoji) stack.push([node.any, j + 1, skipped, true]);
    if (node !== trie && skipped < MAX_FILLERS && tok.head && FILLERS.has(tok.w)) stack.push([node, j + 1, skipped + 1, false]);
  }
  return ends;
}

export function matchAll(root: TrieNode, tokens: readonly Token[]): Match[] {
  const matches: Match[] = [];
  const n = tokens.length;
  // Explicit stack of (node, next token index, fillers skipped) to avoid recursion.
  const nodes: TrieNode[] = [];
  const positions: number[] = [];
  const skips: number[] = [];
  /** False for a state reached by skipping a filler: a phrase never ends on a skipped word. */
  const fresh: boolean[] = [];
  const seen = new Set<number>();
  const rootNext = root.next;
  if (!rootNext) return matches;

  for (let i = 0; i < n; i++) {
    const first = tokens[i] as Token;
    let startNode = rootNext.get(first.w);
    const altNode = first.alt !== null ? rootNext.get(first.alt) : undefined;
    if (!startNode && !altNode) continue;
    seen.clear();
    nodes.length = 0;
    positions.length = 0;
    skips.length = 0;
    fresh.length = 0;
    if (startNode) {
      nodes.push(startNode);
      positions.push(i + 1);
      skips.push(0);
      fresh.push(true);
    }
    if (altNode) {
      nodes.push(altNode);
      positions.push(i + 1);
      skips.push(0);
      fresh.push(true);
    }
    startNode = undefined;
    while (nodes.length > 0) {
      const node = nodes.pop() as TrieNode;
      const j = positions.pop() as number;
      const skipped = skips.pop() as number;
      const ends = fresh.pop() as boolean;
      if (node.out && ends) {
        const last = tokens[j - 1] as Token;
        for (const family of node.out) {
          // The same family and end reached by two paths is one match.
          const key = family * 1_000_003 + (j - i);
          if (seen.has(key)) continue;
          seen.add(key);
          matches.push({ family, first: i, last: j, start: first.start, end: last.end });
        }
      }
      if (ends && node.end && node.end.out && (j >= n || (tokens[j] as Token).gap >= GAP.line)) {
        const last = tokens[j - 1] as Token;
        for (const family of node.end.out) {
          const key = family * 1_000_003 + (j - i);
          if (seen.has(key)) continue;
          seen.add(key);
          matches.push({ family, first: i, last: j, start: first.start, end: last.end });
        }
      }
      if (node.subs) {
        for (const sub of node.subs) {
          for (const k of subMatchEnds(sub.trie, tokens, j)) {
            nodes.push(sub.next);
            positions.push(k);
            skips.push(skipped);
            fresh.push(true);
          }
        }
      }
      if (j >= n) continue;
      const tok = tokens[j] as Token;
      if (tok.gap === GAP.hard) continue;
      if (node.next) {
        const next = node.next.get(tok.w);
        if (next) {
          nodes.push(next);
          positions.push(j + 1);
          skips.push(skipped);
          fresh.push(true);
        }
        if (tok.alt !== null) {
          const alt = node.next.get(tok.alt);
          if (alt) {
            nodes.push(alt);
            positions.push(j + 1);
            skips.push(skipped);
            fresh.push(true);
          }
        }
      }
      if (node.any && !tok.emoji) {
        nodes.push(node.any);
        positions.push(j + 1);
        skips.push(skipped);
        fresh.push(true);
      }
      if (skipped < MAX_FILLERS && tok.head && FILLERS.has(tok.w)) {
        nodes.push(node);
        positions.push(j + 1);
        skips.push(skipped + 1);
        fresh.push(false);
      }
    }
  }
  return matches;
}
