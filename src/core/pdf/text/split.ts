/**
 * Where a chunk too long for what is left of a line may be cut: at hyphenation points from TeX
 * patterns (with a hyphen), after the slashes of a URL (without one), and, when nothing else
 * fits, between any two graphemes. Long chunks are measured once, glyph by glyph, so cutting a
 * 100,000-letter word into lines stays linear.
 */
import hyphen from 'hyphen/en-us/index.js';
import { eachGraphemeWidth, measure, type Chunk, type Paragraph } from './prepare';

export interface Head {
  /** End of the head in the paragraph text. */
  end: number;
  hyphen: boolean;
  units: number;
}

const URLISH = /^(?:[a-z][a-z0-9+.-]*:\/\/|www\.)|[/\\]\S|@\S+\.\S/i;
/** Words longer than this are not looked up in the patterns (nobody writes them; they are cut anywhere). */
const MAX_HYPHENATED = 40;
const SOFT = '\u00AD';

/** Cumulative widths at each grapheme end of a long chunk, computed once. */
const prefixWidths = new WeakMap<Chunk, { ends: number[]; sums: number[] }>();

function graphemeWidths(p: Paragraph, chunk: Chunk): { ends: number[]; sums: number[] } {
  let known = prefixWidths.get(chunk);
  if (!known) {
    const ends: number[] = [];
    const sums: number[] = [];
    let sum = 0;
    eachGraphemeWidth(p, chunk.start, chunk.visibleEnd, (end, units) => {
      sum += units;
      ends.push(end);
      sums.push(sum);
    });
    known = { ends, sums };
    prefixWidths.set(chunk, known);
  }
  return known;
}

/** Width of chunk text [chunk.start, end), from the grapheme sums. */
function widthTo(p: Paragraph, chunk: Chunk, end: number): number {
  const { ends, sums } = graphemeWidths(p, chunk);
  let lo = 0;
  let hi = ends.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((ends[mid] ?? 0) < end) lo = mid + 1;
    else hi = mid;
  }
  return sums[lo] ?? 0;
}

function urlCuts(text: string, offset: number): number[] {
  const cuts: number[] = [];
  for (let i = 1; i < text.length; i++) {
    const prev = text[i - 1] ?? '';
    const ch = text[i] ?? '';
    // After a slash (not inside "//"), before a dot, ?, #, & or =.
    if ((prev === '/' && ch !== '/') || ('.?#&='.includes(ch) && prev !== '/')) cuts.push(offset + i);
  }
  return cuts;
}

function hyphenCuts(text: string, offset: number): number[] {
  const marked = hyphen.hyphenateSync(text, { hyphenChar: SOFT });
  const cuts: number[] = [];
  let at = 0;
  for (const ch of marked) {
    if (ch === SOFT) cuts.push(offset + at);
    else at += ch.length;
  }
  return cuts;
}

/**
 * The longest head of the chunk from `from` that fits `avail` units. Without `anywhere`, only at
 * hyphenation points and URL cuts; with it (the chunk is wider than a whole line) also between
 * graphemes. Undefined when no head fits.
 */
export function headThatFits(
  p: Paragraph,
  chunk: Chunk,
  from: number,
  avail: number,
  anywhere: boolean,
): Head | undefined {
  const short = chunk.visibleEnd - from <= MAX_HYPHENATED * 4;
  const text = short ? p.text.slice(from, chunk.visibleEnd) : '';
  const hyphenUnits = p.face.primary.advance('-');
  const long = chunk.visibleEnd - chunk.start > 64;
  const base = long ? widthTo(p, chunk, from) : 0;
  const width = (end: number): number =>
    long ? widthTo(p, chunk, end) - (from > chunk.start ? base : 0) : measure(p, from, end);
  const fits = (end: number, withHyphen: boolean): Head | undefined => {
    const units = width(end) + (withHyphen ? hyphenUnits : 0);
    return units <= avail ? { end, hyphen: withHyphen, units } : undefined;
  };
  const url = short && URLISH.test(text);
  const cuts = url ? urlCuts(text, from) : chunk.word && text.length <= MAX_HYPHENATED ? hyphenCuts(text, from) : [];
  for (let i = cuts.length - 1; i >= 0; i--) {
    const end = cuts[i] ?? 0;
    const head = fits(end, !url && p.text[end - 1] !== '-');
    if (head) return head;
  }
  if (!anywhere) return undefined;
  // Anywhere: the furthest grapheme end that fits; a hyphen marks a cut inside a word of letters.
  const letters = /\p{L}$/u;
  const { ends } = graphemeWidths(p, chunk);
  let lo = 0;
  let hi = ends.length - 1;
  let best: Head | undefined;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const end = ends[mid] ?? 0;
    if (end <= from) {
      lo = mid + 1;
      continue;
    }
    const head = fits(end, !url && letters.test(p.text.slice(Math.max(from, end - 2), end)) && end < chunk.visibleEnd);
    if (head) {
      best = head;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return best;
}

/** Width of the rest of a chunk from `from`. */
export function restWidth(p: Paragraph, chunk: Chunk, from: number): number {
  if (from === chunk.start) return chunk.units;
  if (chunk.visibleEnd - chunk.start > 64) return widthTo(p, chunk, chunk.visibleEnd) - widthTo(p, chunk, from);
  return measure(p, from, chunk.visibleEnd);
}
