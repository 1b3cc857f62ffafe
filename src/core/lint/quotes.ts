/**
 * Quotation marks: words inside them are mentioned, not meant ('rather than hide behind "let's
 * catch up"'). Quote positions are found once per text, then every question is a binary search,
 * so a long text with many findings stays linear.
 */

const OPENING = new Set(['"', '\u201c', '\u00ab']);
const CLOSING = new Set(['"', '\u201d', '\u00bb']);

export interface Quotes {
  /** Offsets of every double quotation mark, ascending. */
  positions: number[];
  text: string;
}

export function findQuotes(text: string): Quotes {
  const positions: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 34 || c === 0x201c || c === 0x201d || c === 0xab || c === 0xbb) positions.push(i);
  }
  return { positions, text };
}

/** Index of the first position >= offset. */
function lowerBound(positions: readonly number[], offset: number): number {
  let lo = 0;
  let hi = positions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((positions[mid] as number) < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Whether [start, end) sits inside double quotation marks on one line: an opening mark before it
 * with no mark between, and a closing one after it. Straight marks pair up from the line's start.
 * Single quotes are left out: they are apostrophes far more often than quotes.
 */
export function quoted(quotes: Quotes, lineStart: number, lineEnd: number, start: number, end: number): boolean {
  const { positions, text } = quotes;
  if (positions.length === 0) return false;
  const after = lowerBound(positions, end);
  const before = lowerBound(positions, start) - 1;
  if (before < 0 || after >= positions.length) return false;
  const open = positions[before] as number;
  const close = positions[after] as number;
  if (open < lineStart || close >= lineEnd) return false;
  // A mark inside the span means the quote does not enclose it.
  if (lowerBound(positions, start) !== after) return false;
  const openChar = text[open] as string;
  const closeChar = text[close] as string;
  if (!OPENING.has(openChar) || !CLOSING.has(closeChar)) return false;
  if (openChar === '"') {
    // An opening straight mark has an even number of marks before it on its line.
    const first = lowerBound(positions, lineStart);
    if ((before - first) % 2 !== 0) return false;
  }
  return true;
}
