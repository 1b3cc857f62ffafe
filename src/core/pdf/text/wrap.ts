/**
 * Line breaking over prepared text, in font units so any size is one multiplication. First fit
 * at break opportunities; a word wider than the line is cut at hyphenation points (or anywhere,
 * as a last resort); a long word that would leave a line under-filled is hyphenated. Then the
 * niceties: a paragraph never ends on one word alone (a word moves down to keep it company), and
 * short headings are balanced (the narrowest width that needs no more lines). With a height
 * budget, wrapping stops as soon as the text is known not to fit, so its cost is bounded by the
 * box, not by the text.
 */
import type { Face } from '../fonts';
import type { TextStyle } from '../theme';
import type { Chunk, Paragraph, PreparedText } from './prepare';
import { headThatFits, restWidth } from './split';

export interface SetLine {
  /** The line's text in logical order (a hyphen added at a cut); empty for the space between paragraphs. */
  text: string;
  kind: 'text' | 'gap';
  /** Width in points. */
  width: number;
  /** Height this line takes, in points. */
  height: number;
  /** Index of the paragraph it belongs to (gaps take the index of the paragraph they follow). */
  paragraph: number;
  /** Where the line comes from, for drawing. */
  source?: LineSource;
}

export interface LineSource {
  para: Paragraph;
  start: number;
  /** End of the visible text (trailing spaces dropped). */
  end: number;
  hyphen: boolean;
}

export interface SetText {
  face: Face;
  style: TextStyle;
  size: number;
  lines: SetLine[];
  height: number;
  /** True when wrapping stopped at the height budget: the text does not fit. */
  overflow: boolean;
}

interface Line {
  start: number;
  end: number;
  units: number;
  hyphen: boolean;
  /** Whole chunks on the line (a cut piece counts as none). */
  chunks: Chunk[];
  /** Starts with the rest of a cut chunk. */
  continued: boolean;
}

/** Filling below this share of the line makes a long word worth hyphenating. */
const UNDERFILLED = 0.72;

function breakParagraph(p: Paragraph, maxUnits: number, maxLines: number): Line[] {
  const lines: Line[] = [];
  const space = p.face.primary.advance(' ');
  let cur: Line | undefined;
  const push = (line: Line): void => {
    lines.push(line);
  };
  for (const chunk of p.chunks) {
    if (lines.length > maxLines) break;
    if (chunk.visibleEnd === chunk.start) {
      if (cur) cur.end = Math.max(cur.end, chunk.start);
      continue;
    }
    const gap = cur && cur.end < chunk.start ? space * Math.min(1, chunk.start - cur.end) : 0;
    if (cur && cur.units + gap + chunk.units <= maxUnits) {
      cur.end = chunk.visibleEnd;
      cur.units += gap + chunk.units;
      cur.chunks.push(chunk);
      continue;
    }
    let from = chunk.start;
    if (cur) {
      // A long word after an under-filled line is hyphenated into it.
      const avail = maxUnits - cur.units - gap;
      const head =
        chunk.word && cur.units + gap < maxUnits * UNDERFILLED ? headThatFits(p, chunk, from, avail, false) : undefined;
      if (head) {
        cur.end = head.end;
        cur.units += gap + head.units;
        cur.hyphen = head.hyphen;
        from = head.end;
      }
      push(cur);
    }
    let rest = restWidth(p, chunk, from);
    while (rest > maxUnits && lines.length <= maxLines) {
      const head =
        headThatFits(p, chunk, from, maxUnits, true) ?? headThatFits(p, chunk, from, Number.POSITIVE_INFINITY, true);
      if (!head || head.end <= from) break;
      push({
        start: from,
        end: head.end,
        units: head.units,
        hyphen: head.hyphen,
        chunks: [],
        continued: from > chunk.start,
      });
      from = head.end;
      rest = restWidth(p, chunk, from);
    }
    cur = {
      start: from,
      end: chunk.visibleEnd,
      units: rest,
      hyphen: false,
      chunks: from === chunk.start ? [chunk] : [],
      continued: from > chunk.start,
    };
  }
  if (cur) push(cur);
  return lines;
}

/** A paragraph never ends on a single word when the line before can spare one. */
function keepLastWordCompany(p: Paragraph, lines: Line[], maxUnits: number): void {
  const last = lines[lines.length - 1];
  const before = lines[lines.length - 2];
  if (
    !last ||
    !before ||
    last.continued ||
    before.continued ||
    before.hyphen ||
    last.chunks.length !== 1 ||
    before.chunks.length < 3
  )
    return;
  const moved = before.chunks[before.chunks.length - 1];
  const lastChunk = last.chunks[0];
  if (!moved || !lastChunk) return;
  const units = restWidth(p, moved, moved.start) + p.face.primary.advance(' ') + last.units;
  if (units > maxUnits) return;
  const prev = before.chunks[before.chunks.length - 2];
  if (!prev) return;
  before.chunks.pop();
  before.end = prev.visibleEnd;
  before.units = restWidthOfLine(p, before);
  last.start = moved.start;
  last.units = units;
  last.chunks.unshift(moved);
}

function restWidthOfLine(p: Paragraph, line: Line): number {
  let units = 0;
  let prevEnd = -1;
  const space = p.face.primary.advance(' ');
  for (const c of line.chunks) {
    units += (prevEnd >= 0 && prevEnd < c.start ? space : 0) + c.units;
    prevEnd = c.visibleEnd;
  }
  return units;
}

/** The narrowest width that sets the paragraph in as few lines as the full width does. */
function balancedWidth(p: Paragraph, maxUnits: number, lineCount: number): number {
  let lo = maxUnits / 2;
  let hi = maxUnits;
  for (let i = 0; i < 12; i++) {
    const mid = (lo + hi) / 2;
    const lines = breakParagraph(p, mid, lineCount + 1);
    if (lines.length <= lineCount && lines.every((l) => !l.continued && !l.hyphen)) hi = mid;
    else lo = mid;
  }
  return hi;
}

export interface WrapOptions {
  /** Stop once the lines are taller than this (the text does not fit). */
  maxHeight?: number;
  /** Balance every paragraph's lines (headings). */
  balance?: boolean;
}

export function wrapPrepared(
  prepared: PreparedText,
  style: TextStyle,
  size: number,
  maxWidth: number,
  options: WrapOptions = {},
): SetText {
  const scale = size / 1000;
  const maxUnits = maxWidth / scale;
  const lineHeight = size * style.leading;
  const maxHeight = options.maxHeight ?? Number.POSITIVE_INFINITY;
  const lines: SetLine[] = [];
  let height = 0;
  let overflow = false;
  let group = 0;
  for (const p of prepared.lines) {
    if (p === null) {
      if (lines.length > 0)
        lines.push({ text: '', kind: 'gap', width: 0, height: lineHeight * style.paragraphGap, paragraph: group });
      continue;
    }
    group = p.group;
    const budget = Math.max(0, Math.floor((maxHeight - height) / lineHeight));
    let broken = breakParagraph(p, maxUnits, budget);
    if (options.balance && broken.length > 1 && broken.length <= 4 && broken.every((l) => !l.continued)) {
      broken = breakParagraph(p, balancedWidth(p, maxUnits, broken.length), broken.length + 1);
    } else keepLastWordCompany(p, broken, maxUnits);
    for (const l of broken) {
      const text = p.text.slice(l.start, l.end) + (l.hyphen ? '-' : '');
      lines.push({
        text,
        kind: 'text',
        width: l.units * scale,
        height: lineHeight,
        paragraph: p.group,
        source: { para: p, start: l.start, end: l.end, hyphen: l.hyphen },
      });
    }
    height = lines.reduce((h, l) => h + l.height, 0);
    if (height > maxHeight + 1e-6) {
      overflow = true;
      break;
    }
  }
  while (lines.length > 0 && lines[lines.length - 1]?.kind === 'gap') lines.pop();
  height = lines.reduce((h, l) => h + l.height, 0);
  return { face: prepared.face, style, size, lines, height, overflow: overflow || height > maxHeight + 1e-6 };
}
