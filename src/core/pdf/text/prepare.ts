/**
 * Text made ready to set: normalised (NFC, so "e" + combining acute is one "é"), each grapheme
 * given the first font of its face's chain that draws it, bidi levels resolved (Unicode bidi
 * algorithm), and cut into the chunks a line may break between (UAX #14, with dictionary word
 * breaks for Thai). Widths are measured once here, in 1/1000 em at size 1, so setting at any
 * size is a multiplication. A character no font draws is an error naming it, never a gap.
 */
import bidiFactory from 'bidi-js';
import LineBreaker from 'linebreak';
import { OliveError } from '../../errors';
import { IGNORABLE, type Face, type LoadedFont } from '../fonts';
import { graphemesOf } from './graphemes';

export interface Span {
  start: number;
  end: number;
  font: LoadedFont;
  /** Bidi embedding level: odd is right to left. */
  level: number;
}

export interface Chunk {
  start: number;
  /** End of the visible part; trailing spaces run on to `end`. */
  visibleEnd: number;
  end: number;
  /** Width of the visible part, in 1/1000 em. */
  units: number;
  /** A word of letters that may take a hyphen when broken. */
  word: boolean;
}

export interface Paragraph {
  text: string;
  face: Face;
  spans: Span[];
  chunks: Chunk[];
  /** Base direction right to left: the lines align to the right. */
  rtl: boolean;
  /** Index of the paragraph (blank-line separated) this hard line belongs to. */
  group: number;
}

/** A hard line of text, or null for a blank line between paragraphs. */
export type PreparedLine = Paragraph | null;

export interface PreparedText {
  face: Face;
  lines: PreparedLine[];
}

const bidi = bidiFactory();
const thaiWords = new Intl.Segmenter('th', { granularity: 'word' });
const RTL_CHARS =
  /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF\u{10800}-\u{10FFF}\u{1E800}-\u{1EFFF}\u200F\u202B\u202E\u2067]/u;
const THAI_RUN = /[\u0E00-\u0E7F]+/g;
/** A word that is a URL or an e-mail address (anchored, so testing a 100,000-letter word stays linear). */
const UNBROKEN = /^\W*(?:[a-z][a-z0-9+.-]*:\/\/|www\.)|^[^@\s]+@[^@\s.]+\.[^@\s]/i;
const HANGUL = /[\u1100-\u11FF\u3130-\u318F\uAC00-\uD7AF]/;
const EMOJI_STYLE = /\p{Extended_Pictographic}/u;
/** A word of Latin, Greek or Cyrillic letters with their marks. */
const WORD =
  /[\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}][\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}\p{M}]*/gu;
const LETTER_WORD = /^\p{L}[\p{L}\p{M}'’]*[,.;:!?"”’)]*$/u;
/** Pieces longer than this are measured glyph by glyph (summed) rather than shaped whole. */
const SHAPE_WHOLE_UP_TO = 64;

/** NFC, one kind of newline, no tabs or control characters, no runs of spaces, at most one blank line. */
export function normaliseText(raw: string): string {
  return (
    raw
      .normalize('NFC')
      .replace(/\r\n?|[\u2028\u2029\u0085]/g, '\n')
      .replace(/[\t\u00A0\u2000-\u200A\u202F\u205F\u3000]/g, (s) => (s === '\u3000' ? s : ' '))
      // eslint-disable-next-line no-control-regex -- removing control characters is the point
      .replace(/[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g, '')
      .split('\n')
      .map((line) => line.replace(/ {2,}/g, ' ').trim())
      .join('\n')
      .replace(/\n{3,}/g, '\n\n')
      .trim()
  );
}

function codePointName(ch: string): string {
  return [...ch].map((c) => `U+${(c.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`).join(' ');
}

/** The font of the face's chain that draws a grapheme; emoji prefer the emoji font. */
function fontFor(face: Face, cluster: string, where: string): LoadedFont {
  const chain = [face.primary, ...face.fallbacks];
  if (EMOJI_STYLE.test(cluster) && ((cluster.codePointAt(0) ?? 0) >= 0x1f000 || cluster.includes('\uFE0F'))) {
    const emoji = face.fallbacks.find((f) => f.id === 'NotoEmoji' && f.draws(cluster));
    if (emoji) return emoji;
  }
  for (const font of chain) if (font.draws(cluster)) return font;
  // A cluster no font draws whole: if each of its characters is drawable alone, the writer loses
  // nothing visible by drawing them one by one; otherwise name what cannot be printed.
  const missing = [...cluster].find((ch) => !IGNORABLE.test(ch) && !chain.some((f) => f.draws(ch)));
  const shown = missing ?? cluster;
  const visible = /\p{L}|\p{N}|\p{P}|\p{S}/u.test(shown) ? `"${shown}" ` : '';
  throw new OliveError(
    'pdf/cannot-draw',
    `${where} has a character no print font can draw: ${visible}(${codePointName(shown)}); remove or replace it`,
  );
}

/** Runs of one font and one bidi level. */
/**
 * A word the primary face cannot draw whole, but the general fallback (Noto Sans or Serif) can, is
 * set in the fallback throughout: "Nguyễn" in one typeface rather than four letters of Caveat and
 * one of Noto Sans. Words of other scripts are untouched (their fonts are chosen per grapheme).
 */
function wholeWordFonts(face: Face, text: string): Map<number, LoadedFont> {
  const byStart = new Map<number, LoadedFont>();
  const general = face.fallbacks.find((f) => f.wholeWords);
  if (!general) return byStart;
  for (const word of text.matchAll(WORD)) {
    const clusters = [...graphemesOf(word[0])];
    if (clusters.every((g) => face.primary.draws(g.segment))) continue;
    if (!clusters.every((g) => general.draws(g.segment))) continue;
    for (const g of clusters) byStart.set(word.index + g.index, general);
  }
  return byStart;
}

function spansOf(face: Face, text: string, levels: Uint8Array | undefined, where: string): Span[] {
  const spans: Span[] = [];
  const chosen = new Map<string, LoadedFont>();
  const words = wholeWordFonts(face, text);
  let last: Span | undefined;
  for (const { segment, index } of graphemesOf(text)) {
    let font = words.get(index) ?? (segment === ' ' && last ? last.font : chosen.get(segment));
    if (!font) {
      font = fontFor(face, segment, where);
      chosen.set(segment, font);
    }
    const level = levels?.[index] ?? 0;
    if (last && last.font === font && last.level === level) last.end = index + segment.length;
    else {
      last = { start: index, end: index + segment.length, font, level };
      spans.push(last);
    }
  }
  return spans;
}

/** Calls `each` with the end (in the paragraph text) and width of every grapheme of text[start, end). */
export function eachGraphemeWidth(
  p: Pick<Paragraph, 'text' | 'spans' | 'face'>,
  start: number,
  end: number,
  each: (end: number, units: number) => void,
): void {
  for (const span of p.spans) {
    if (span.end <= start) continue;
    if (span.start >= end) break;
    const from = Math.max(start, span.start);
    const scale = p.face.scaleOf(span.font);
    for (const { segment, index } of graphemesOf(p.text.slice(from, Math.min(end, span.end))))
      each(from + index + segment.length, span.font.advance(segment) * scale);
  }
}

/** Width of text[start, end) in 1/1000 em, each span in its own font and scale. */
export function measure(p: Pick<Paragraph, 'text' | 'spans' | 'face'>, start: number, end: number): number {
  let units = 0;
  for (const span of p.spans) {
    if (span.end <= start) continue;
    if (span.start >= end) break;
    const from = Math.max(start, span.start);
    const to = Math.min(end, span.end);
    if (to - from <= SHAPE_WHOLE_UP_TO) units += span.font.advance(p.text.slice(from, to)) * p.face.scaleOf(span.font);
    else eachGraphemeWidth(p, from, to, (_, w) => (units += w));
  }
  return units;
}

/** Break opportunities: UAX #14, plus word boundaries inside Thai (written without spaces). */
function breakPositions(text: string): number[] {
  const positions = new Set<number>();
  const breaker = new LineBreaker(text);
  for (let b = breaker.nextBreak(); b; b = breaker.nextBreak()) {
    // Korean keeps its words whole (breaks at spaces only), as Korean typesetting does.
    if (!HANGUL.test(text[b.position - 1] ?? '') || !HANGUL.test(text[b.position] ?? '')) positions.add(b.position);
  }
  for (const run of text.matchAll(THAI_RUN)) {
    for (const { index } of thaiWords.segment(run[0])) if (index > 0) positions.add(run.index + index);
  }
  positions.add(text.length);
  // A URL or an e-mail address breaks only where split.ts cuts it (after a slash), never at its hyphens.
  const kept = [...text.matchAll(/\S+/g)]
    .filter((m) => UNBROKEN.test(m[0]))
    .map((m) => [m.index, m.index + m[0].length] as const);
  return [...positions].filter((p) => p > 0 && !kept.some(([a, b]) => p > a && p < b)).sort((a, b) => a - b);
}

function prepareLine(face: Face, text: string, group: number, where: string): Paragraph {
  const resolved = RTL_CHARS.test(text) ? bidi.getEmbeddingLevels(text) : undefined;
  const spans = spansOf(face, text, resolved?.levels, where);
  const p: Paragraph = { text, face, spans, chunks: [], rtl: (resolved?.paragraphs[0]?.level ?? 0) % 2 === 1, group };
  let start = 0;
  for (const end of breakPositions(text)) {
    let visibleEnd = end;
    while (visibleEnd > start && text[visibleEnd - 1] === ' ') visibleEnd--;
    const slice = text.slice(start, visibleEnd);
    p.chunks.push({ start, visibleEnd, end, units: measure(p, start, visibleEnd), word: LETTER_WORD.test(slice) });
    start = end;
  }
  return p;
}

/** `where` names the part of the piece in errors: "The inside message". */
export function prepareText(face: Face, raw: string, where: string): PreparedText {
  const lines: PreparedLine[] = [];
  let group = 0;
  for (const line of normaliseText(raw).split('\n')) {
    if (line === '') {
      if (lines.length > 0 && lines[lines.length - 1] !== null) {
        lines.push(null);
        group++;
      }
      continue;
    }
    lines.push(prepareLine(face, line, group, where));
  }
  return { face, lines };
}

/** Words (runs of non-space) in a text, as the writer counts them. */
export function countWords(text: string): number {
  return text.match(/\S+/g)?.length ?? 0;
}
