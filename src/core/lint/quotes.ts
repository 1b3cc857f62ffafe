/** Quotation marks: words inside them are mentioned, not meant. */
const OPENING_QUOTES = '"\u201c\u2018\u00ab';
const CLOSING_QUOTES = '"\u201d\u2019\u00bb';

/**
 * Whether [start, end) sits inside quotation marks on its line: an opening quote before it with no
 * closing one between, and a closing quote after it. Straight single quotes are left out: they are
 * apostrophes far more often than quotes.
 */
export function quoted(text: string, start: number, end: number): boolean {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  let open = -1;
  for (let i = start - 1; i >= lineStart && start - i < 400; i--) {
    const ch = text[i] as string;
    if (ch === '"') {
      open = i;
      break;
    }
    if (CLOSING_QUOTES.includes(ch) && ch !== '\u2019') return false;
    if (OPENING_QUOTES.includes(ch)) {
      open = i;
      break;
    }
  }
  if (open < 0) return false;
  // A straight double quote opens only if an even number of them stand before it on the line.
  if (text[open] === '"') {
    let count = 0;
    for (let i = lineStart; i < open; i++) if (text[i] === '"') count++;
    if (count % 2 !== 0) return false;
  }
  const lineEnd = text.indexOf('\n', end);
  const limit = lineEnd < 0 ? text.length : lineEnd;
  for (let i = end; i < limit && i - end < 400; i++) {
    const ch = text[i] as string;
    if (ch === '"' || ch === '\u201d' || ch === '\u00bb') return true;
  }
  return false;
}
