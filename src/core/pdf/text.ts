/**
 * Setting text: wrap into lines, shrink to fit a box, draw. Wrapping is done here rather than by
 * pdfkit so that fitting, pagination (letters) and drawing all use one measurement, and so a
 * letter can move whole lines between pages (no widow, no lone signature).
 */
import { OliveError } from '../errors';
import type { Face, FontSet } from './fonts';
import type { Rect } from './geometry';
import { theme, type TextStyle } from './theme';

export interface SetLine {
  /** Empty for the space between paragraphs. */
  text: string;
  kind: 'text' | 'gap';
  /** Width in points. */
  width: number;
  /** Height this line takes, in points. */
  height: number;
  /** Index of the paragraph it belongs to (gaps take the index of the paragraph they follow). */
  paragraph: number;
}

export interface SetText {
  face: Face;
  style: TextStyle;
  size: number;
  lines: SetLine[];
  height: number;
}

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/** Breaks a word wider than the line into pieces that fit (a long URL or a run of letters). */
function splitLongWord(face: Face, word: string, maxUnits: number): string[] {
  const pieces: string[] = [];
  let piece = '';
  for (const { segment } of graphemes.segment(word)) {
    if (piece !== '' && face.advance(piece + segment) > maxUnits) {
      pieces.push(piece);
      piece = segment;
    } else piece += segment;
  }
  if (piece !== '') pieces.push(piece);
  return pieces;
}

/**
 * Greedy line breaking at spaces. A single newline starts a new line; an empty line becomes a
 * paragraph gap. Widths are measured in font units once and scaled, so trying several sizes is cheap.
 */
export function wrapText(face: Face, style: TextStyle, text: string, size: number, maxWidth: number): SetText {
  const scale = size / 1000;
  const maxUnits = maxWidth / scale;
  const lineHeight = size * style.leading;
  const space = face.advance(' ');
  const lines: SetLine[] = [];
  let paragraph = 0;
  const push = (words: string[], units: number): void => {
    lines.push({ text: words.join(' '), kind: 'text', width: units * scale, height: lineHeight, paragraph });
  };
  for (const hardLine of text.split('\n')) {
    if (hardLine.trim() === '') {
      if (lines.length > 0 && lines[lines.length - 1]?.kind === 'text') {
        lines.push({ text: '', kind: 'gap', width: 0, height: lineHeight * style.paragraphGap, paragraph });
        paragraph++;
      }
      continue;
    }
    let words: string[] = [];
    let units = 0;
    for (const word of hardLine.split(' ')) {
      if (word === '') continue;
      const w = face.advance(word);
      const pieces = w > maxUnits ? splitLongWord(face, word, maxUnits) : [word];
      for (const piece of pieces) {
        const pw = pieces.length === 1 ? w : face.advance(piece);
        const added = words.length === 0 ? pw : units + space + pw;
        if (words.length > 0 && added > maxUnits) {
          push(words, units);
          words = [piece];
          units = pw;
        } else {
          words.push(piece);
          units = added;
        }
      }
    }
    if (words.length > 0) push(words, units);
  }
  while (lines.length > 0 && lines[lines.length - 1]?.kind === 'gap') lines.pop();
  return { face, style, size, lines, height: lines.reduce((h, l) => h + l.height, 0) };
}

/** What a too-long error names: "The inside message" of "this card". */
export interface FitSubject {
  part: string;
  piece: 'card' | 'note' | 'envelope';
}


function wordsThatFit(face: Face, style: TextStyle, text: string, box: Rect): number {
  const ends = [...text.matchAll(/\S+/g)].map((m) => m.index + m[0].length);
  let lo = 0;
  let hi = ends.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    const prefix = text.slice(0, ends[mid - 1] ?? 0);
    if (wrapText(face, style, prefix, style.minSize, box.width).height <= box.height) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

export function countWords(text: string): number {
  return text.match(/\S+/g)?.length ?? 0;
}

/**
 * The largest size from style.maxSize down to style.minSize at which the text fits the box. Past
 * the minimum it fails with an estimate of how many words to cut, never clipping silently.
 */
export function fitText(fonts: FontSet, style: TextStyle, text: string, box: Rect, subject: FitSubject, warnings: string[]): SetText {
  const face = fonts[style.face];
  for (let size = style.maxSize; size >= style.minSize - 1e-9; size -= theme.fitting.sizeStep) {
    const set = wrapText(face, style, text, size, box.width);
    if (set.height <= box.height) {
      if (size < style.maxSize * theme.fitting.warnBelow) {
        warnings.push(`${subject.part} was set at ${size} pt instead of ${style.maxSize} pt to fit; shorter text would print larger.`);
      }
      return set;
    }
  }
  const over = Math.max(1, countWords(text) - wordsThatFit(face, style, text, box));
  throw new OliveError(
    'pdf/too-long',
    `${subject.part} is too long for this ${subject.piece} by about ${over} word${over === 1 ? '' : 's'}; shorten it or choose a layout with more room`,
  );
}

export type VerticalAlign = 'top' | 'middle' | 'bottom';

/** Where the first line's top goes for a block of this height in the box. */
export function blockTop(box: Rect, height: number, valign: VerticalAlign): number {
  if (valign === 'top') return box.y;
  if (valign === 'bottom') return box.y + box.height - height;
  return box.y + (box.height - height) / 2;
}

/** Baseline of a line whose box starts at `top`: the font's ascent-to-descent band centred in the line. */
export function baselineOf(set: Pick<SetText, 'face' | 'size'>, top: number, lineHeight: number): number {
  const { ascent, descent } = set.face;
  const band = ((ascent - descent) * set.size) / 1000;
  return top + (lineHeight - band) / 2 + (ascent * set.size) / 1000;
}

export function drawLine(doc: PDFKit.PDFDocument, set: Pick<SetText, 'face' | 'size' | 'style'>, line: SetLine, box: Pick<Rect, 'x' | 'width'>, top: number): void {
  if (line.kind === 'gap' || line.text === '') return;
  const x = set.style.align === 'center' ? box.x + (box.width - line.width) / 2 : box.x;
  doc
    .font(set.face.name)
    .fontSize(set.size)
    .fillColor(set.style.colour)
    .text(line.text, x, baselineOf(set, top, line.height), { lineBreak: false, baseline: 'alphabetic' });
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
