/**
 * Drawing set lines: each line is cut into pieces of one font and one bidi level, the pieces are
 * put in visual order (rule L2 of the bidi algorithm) and drawn left to right. fontkit shapes and
 * reverses a right-to-left script itself; pdfkit shapes word by word, so right-to-left pieces are
 * cut at spaces first, which keeps the words of an Arabic or Hebrew phrase in their order.
 * Scripts whose glyph order is not their reading order (Devanagari and other Indic scripts) carry
 * their text as ActualText, so copying or searching the PDF finds the name as typed.
 */
import bidiFactory from 'bidi-js';
import { useFont } from '../document';
import { IGNORABLE, type LoadedFont } from '../fonts';
import type { Rect } from '../geometry';
import { graphemesOf } from './graphemes';
import type { SetLine, SetText } from './wrap';

const bidi = bidiFactory();
const STRONG_RTL = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/;
// eslint-disable-next-line no-misleading-character-class -- whole script blocks, marks included on purpose
const REORDERED_SCRIPT = /[\u0900-\u0DFF\u1000-\u109F\u1780-\u17FF\uA8E0-\uA8FF]/;

interface Piece {
  /** What pdfkit is given (visual order for a right-to-left piece fontkit does not reverse itself). */
  text: string;
  /** The text as typed, when it must travel as ActualText. */
  actual?: string;
  font: LoadedFont;
  scale: number;
  level: number;
  width: number;
}

/** Drops invisible code points the font has no glyph for (a variation selector after an emoji). */
function drawable(font: LoadedFont, text: string): string {
  return IGNORABLE.test(text)
    ? [...text].filter((ch) => !IGNORABLE.test(ch) || font.covers(ch.codePointAt(0) ?? 0)).join('')
    : text;
}

function mirrored(text: string): string {
  return [...graphemesOf(text)]
    .map((g) => bidi.getMirroredCharacter(g.segment) ?? g.segment)
    .reverse()
    .join('');
}

function piecesOf(line: SetLine, size: number): Piece[] {
  const source = line.source;
  if (!source) return [];
  const { para, start, end } = source;
  const pieces: Piece[] = [];
  const add = (logical: string, font: LoadedFont, level: number): void => {
    const text = drawable(font, logical);
    if (text === '') return;
    const scale = para.face.scaleOf(font);
    const shown = level % 2 === 1 && !STRONG_RTL.test(text) ? mirrored(text) : text;
    const piece: Piece = { text: shown, font, scale, level, width: (font.advance(text) * scale * size) / 1000 };
    if (REORDERED_SCRIPT.test(text)) piece.actual = logical;
    pieces.push(piece);
  };
  for (const span of para.spans) {
    if (span.end <= start) continue;
    if (span.start >= end) break;
    const text = para.text.slice(Math.max(start, span.start), Math.min(end, span.end));
    if (span.level % 2 === 1) for (const part of text.split(/( +)/)) add(part, span.font, span.level);
    else add(text, span.font, span.level);
  }
  if (source.hyphen) add('-', para.face.primary, pieces[pieces.length - 1]?.level ?? 0);
  return visualOrder(pieces);
}

/** Rule L2: from the highest level down to the lowest odd one, reverse every run at that level or above. */
function visualOrder(pieces: Piece[]): Piece[] {
  const out = [...pieces];
  const levels = out.map((p) => p.level);
  const highest = Math.max(0, ...levels);
  const lowestOdd = Math.min(...levels.map((l) => (l % 2 === 1 ? l : l + 1)));
  for (let level = highest; level >= lowestOdd && level > 0; level--) {
    let i = 0;
    while (i < out.length) {
      if ((out[i]?.level ?? 0) < level) {
        i++;
        continue;
      }
      let j = i;
      while (j < out.length && (out[j]?.level ?? 0) >= level) j++;
      const run = out.slice(i, j).reverse();
      out.splice(i, j - i, ...run);
      i = j;
    }
  }
  return out;
}

/** pdfkit's content writer (not in its typings). */
interface ContentInternals {
  addContent: (data: string) => unknown;
}

/**
 * Draws with the text's reading order attached as ActualText. The marked-content span goes
 * inside the text object (BT ... ET), where the coordinate system is the glyphs' own: pdfkit's
 * markContent() would close it after pdfkit restores the page transform, and readers such as
 * poppler then place the text far from its glyphs.
 */
function withActualText(doc: PDFKit.PDFDocument, actual: string, draw: () => void): void {
  const internals = doc as unknown as ContentInternals;
  const write = internals.addContent;
  let hex = 'FEFF';
  for (let i = 0; i < actual.length; i++) hex += actual.charCodeAt(i).toString(16).toUpperCase().padStart(4, '0');
  internals.addContent = function (data: string) {
    if (data === 'ET') write.call(this, 'EMC');
    const result = write.call(this, data);
    if (data === 'BT') write.call(this, `/Span <</ActualText <${hex}>>> BDC`);
    return result;
  };
  try {
    draw();
  } finally {
    internals.addContent = write;
  }
}

export type VerticalAlign = 'top' | 'middle' | 'bottom';

/** Where the first line's top goes for a block of this height in the box. */
export function blockTop(box: Rect, height: number, valign: VerticalAlign): number {
  if (valign === 'top') return box.y;
  if (valign === 'bottom') return box.y + box.height - height;
  return box.y + (box.height - height) / 2;
}

/** Baseline of a line whose box starts at `top`: the primary font's ascent-to-descent band centred in the line. */
export function baselineOf(set: Pick<SetText, 'face' | 'size'>, top: number, lineHeight: number): number {
  const { ascent, descent } = set.face;
  const band = ((ascent - descent) * set.size) / 1000;
  return top + (lineHeight - band) / 2 + (ascent * set.size) / 1000;
}

/** Draws one line; returns its drawn width. Centred lines centre on the box; right-to-left paragraphs align right. */
export function drawLine(
  doc: PDFKit.PDFDocument,
  set: Pick<SetText, 'face' | 'size' | 'style'>,
  line: SetLine,
  box: Pick<Rect, 'x' | 'width'>,
  top: number,
): number {
  if (line.kind === 'gap' || line.text === '') return 0;
  const pieces = piecesOf(line, set.size);
  const width = pieces.reduce((w, p) => w + p.width, 0);
  const rtl = line.source?.para.rtl === true;
  let x = set.style.align === 'center' ? box.x + (box.width - width) / 2 : rtl ? box.x + box.width - width : box.x;
  const baseline = baselineOf(set, top, line.height);
  for (const piece of pieces) {
    useFont(doc, piece.font);
    doc.fontSize(set.size * piece.scale).fillColor(set.style.colour);
    const draw = (): void => void doc.text(piece.text, x, baseline, { lineBreak: false, baseline: 'alphabetic' });
    if (piece.actual !== undefined) withActualText(doc, piece.actual, draw);
    else draw();
    x += piece.width;
  }
  return width;
}

/** Draws set text in a box, aligned vertically as asked. Returns the bottom of the last line. */
export function drawSetText(doc: PDFKit.PDFDocument, set: SetText, box: Rect, valign: VerticalAlign): number {
  let top = blockTop(box, set.height, valign);
  for (const line of set.lines) {
    drawLine(doc, set, line, box, top);
    top += line.height;
  }
  return top;
}
