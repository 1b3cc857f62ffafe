/**
 * Letter: US Letter or A4 with comfortable margins, as many pages as the text needs. Lines are
 * set first and then placed on pages, so that no paragraph leaves a single line at the foot or head
 * of a page and the closing (the sender's name, set like a signature) never stands alone on the
 * last page: it always takes the last lines of the paragraph before it along. Pages from the
 * second on carry "2 of 3" at the foot.
 */
import { bodyText, newPage, printable, type LayoutContext } from '../context';
import { useFont } from '../document';
import { rect, type Rect } from '../geometry';
import { drawLine, setText, type SetLine, type SetText } from '../text';
import { theme, type TextStyle } from '../theme';

type LineSetting = Pick<SetText, 'face' | 'size' | 'style'>;

export interface LetterLine {
  line: SetLine;
  setting: LineSetting;
  /** Must go on the same page as the line after it. */
  keepWithNext: boolean;
  signature: boolean;
}

/** The body area of a page. */
export function letterTextBox(paper: LayoutContext['options']['paper']): Rect {
  const { width, height } = theme.paper[paper];
  const { top, bottom, side } = theme.letter.margin;
  return rect(side, top, width - 2 * side, height - top - bottom);
}

/**
 * The closing: the last paragraph when it is short (a name, or "With love,\nAlex"). It is kept
 * apart so it can be set like a signature and kept with the text before it.
 */
export function splitClosing(text: string): { body: string; closing: string[] } {
  const paragraphs = text.split(/\n[ \t]*\n/);
  const last = paragraphs[paragraphs.length - 1] ?? '';
  const lines = last.split('\n').filter((l) => l.trim() !== '');
  const { maxLines, maxChars } = theme.letter.closing;
  if (paragraphs.length < 2 || lines.length === 0 || lines.length > maxLines || last.length > maxChars)
    return { body: text, closing: [] };
  return { body: paragraphs.slice(0, -1).join('\n\n'), closing: lines };
}

function setting(ctx: LayoutContext, style: TextStyle): LineSetting {
  return { face: ctx.fonts[style.face], size: style.maxSize, style };
}

/** Paragraph lines with keep-together marks: the first and last `minLinesTogether` lines stay together. */
function bodyLines(ctx: LayoutContext, body: string, width: number): LetterLine[] {
  const style = theme.letter.body;
  const set = setText(ctx.fonts, style, body, width, 'The letter');
  const perParagraph = new Map<number, number>();
  for (const l of set.lines)
    if (l.kind === 'text') perParagraph.set(l.paragraph, (perParagraph.get(l.paragraph) ?? 0) + 1);
  const keep = theme.letter.minLinesTogether;
  let indexInParagraph = 0;
  let paragraph = -1;
  return set.lines.map((line) => {
    if (line.kind === 'gap') return { line, setting: set, keepWithNext: false, signature: false };
    if (line.paragraph !== paragraph) {
      paragraph = line.paragraph;
      indexInParagraph = 0;
    }
    const n = perParagraph.get(line.paragraph) ?? 1;
    const k = indexInParagraph++;
    const keepWithNext = k < n - 1 && (k < keep - 1 || k >= n - keep);
    return { line, setting: set, keepWithNext, signature: false };
  });
}

/** The closing lines; the sender's own name is set in the handwriting face, like a signature. */
function closingLines(ctx: LayoutContext, closing: string[], width: number): LetterLine[] {
  const sender = ctx.source.sender.trim().toLowerCase();
  const out: LetterLine[] = [];
  closing.forEach((text, i) => {
    const handwriting = ctx.fonts[theme.letter.signature.face];
    const drawable = [...text].every((ch) => ch === ' ' || handwriting.covers(ch.codePointAt(0) ?? 0));
    const isName = i === closing.length - 1 && sender !== '' && text.trim().toLowerCase() === sender && drawable;
    const style = isName ? theme.letter.signature : theme.letter.body;
    const s = setting(ctx, style);
    for (const line of setText(ctx.fonts, style, text, width, 'The letter').lines)
      out.push({ line, setting: s, keepWithNext: true, signature: isName });
  });
  const last = out[out.length - 1];
  if (last) last.keepWithNext = false;
  return out;
}

/** Every line of the letter in order, with the closing tied to the last lines before it. */
export function letterLines(ctx: LayoutContext, text: string, width: number): LetterLine[] {
  const { body, closing } = splitClosing(text);
  const lines = bodyLines(ctx, body, width);
  if (closing.length === 0) return lines;
  const bodyTextLines = lines.filter((l) => l.line.kind === 'text');
  const before = theme.letter.linesBeforeSignature;
  for (const l of before > 0 ? bodyTextLines.slice(-before) : []) l.keepWithNext = true;
  const style = theme.letter.body;
  const gap: SetLine = {
    text: '',
    kind: 'gap',
    width: 0,
    height: style.maxSize * style.leading * style.paragraphGap,
    paragraph: -1,
  };
  const gapLine: LetterLine = { line: gap, setting: setting(ctx, style), keepWithNext: true, signature: false };
  return [...lines, ...(lines.length > 0 ? [gapLine] : []), ...closingLines(ctx, closing, width)];
}

/**
 * Places lines on pages. A run of lines joined by keepWithNext moves to the next page whole
 * when it does not fit; a run taller than a page is split where it must. Gaps never open a page.
 */
export function paginate(lines: LetterLine[], pageHeight: number): LetterLine[][] {
  const pages: LetterLine[][] = [[]];
  let used = 0;
  const current = (): LetterLine[] => pages[pages.length - 1] ?? [];
  const place = (l: LetterLine): void => {
    if (l.line.kind === 'gap' && current().length === 0) return;
    current().push(l);
    used += l.line.height;
  };
  const breakPage = (): void => {
    pages.push([]);
    used = 0;
  };
  let i = 0;
  while (i < lines.length) {
    let j = i;
    while (j < lines.length - 1 && lines[j]?.keepWithNext) j++;
    const run = lines.slice(i, j + 1);
    const height = run.reduce((h, l) => h + l.line.height, 0);
    if (used + height > pageHeight && current().length > 0 && height <= pageHeight) breakPage();
    for (const l of run) {
      if (used + l.line.height > pageHeight && current().length > 0) breakPage();
      place(l);
    }
    i = j + 1;
  }
  return pages.filter((p) => p.length > 0);
}

function drawPageNumber(ctx: LayoutContext, page: number, of: number): void {
  const { width, height } = theme.paper[ctx.options.paper];
  const style = theme.letter.pageNumber;
  const label = `${page} of ${of}`;
  const face = ctx.fonts[style.face];
  const labelWidth = (face.advance(label) * style.size) / 1000;
  useFont(ctx.doc, face.primary);
  ctx.doc
    .fontSize(style.size)
    .fillColor(style.colour)
    .text(label, (width - labelWidth) / 2, height - style.baselineFromBottom, {
      lineBreak: false,
      baseline: 'alphabetic',
    });
}

function drawLetterPage(ctx: LayoutContext, lines: LetterLine[], box: Rect): void {
  let top = box.y;
  for (const l of lines) {
    drawLine(ctx.doc, l.setting, l.line, box, top);
    top += l.line.height;
  }
}

export function layoutLetter(ctx: LayoutContext): void {
  const box = letterTextBox(ctx.options.paper);
  const text = printable(bodyText(ctx.source));
  const pages = paginate(letterLines(ctx, text, box.width), box.height);
  if (pages.length === 0) pages.push([]);
  pages.forEach((lines, i) => {
    newPage(ctx, theme.paper[ctx.options.paper]);
    drawLetterPage(ctx, lines, box);
    if (i > 0) drawPageNumber(ctx, i + 1, pages.length);
  });
  ctx.instructions.push(
    pages.length > 1 ? `Print all ${pages.length} pages one-sided, in order.` : 'Print on one side of the sheet.',
  );
}
