/**
 * Fitting text to a box: the largest size from the style's maximum down to its minimum, found by
 * binary search over the size steps (each try wraps with the box's height as budget, so a try
 * costs at most a box of lines). Past the minimum it fails with the exact number of words to cut,
 * counted with the sign-off kept (it has to fit too), never clipping silently.
 */
import { OliveError } from '../../errors';
import type { FontSet } from '../fonts';
import type { Rect } from '../geometry';
import { theme, type TextStyle } from '../theme';
import { prepareText, type Paragraph, type PreparedLine, type PreparedText } from './prepare';
import { wrapPrepared, type SetText, type WrapOptions } from './wrap';

/** What a too-long error names: "The inside message" of "this card". */
export interface FitSubject {
  part: string;
  piece: 'card' | 'note' | 'envelope';
}

function sizesOf(style: TextStyle, smallest = style.minSize): number[] {
  const sizes: number[] = [];
  for (let size = style.maxSize; size >= smallest - 1e-9; size -= theme.fitting.sizeStep)
    sizes.push(Math.round(size * 100) / 100);
  return sizes.length > 0 ? sizes : [style.maxSize];
}

/** The first (largest) size for which `fits` holds, by binary search; undefined when none does. */
function largestFitting<T>(sizes: number[], attempt: (size: number) => T | undefined): T | undefined {
  let lo = 0;
  let hi = sizes.length - 1;
  let best: T | undefined;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const result = attempt(sizes[mid] ?? 0);
    if (result !== undefined) {
      best = result;
      hi = mid - 1;
    } else lo = mid + 1;
  }
  return best;
}

function fitsBox(
  prepared: PreparedText,
  style: TextStyle,
  size: number,
  box: Rect,
  options: WrapOptions,
): SetText | undefined {
  const set = wrapPrepared(prepared, style, size, box.width, { ...options, maxHeight: box.height });
  return set.overflow ? undefined : set;
}

/** The sign-off: the last paragraph when it is short ("Elena", "With love,\nAlex") and not the only one. */
function closingStart(lines: PreparedLine[]): number {
  const lastGap = lines.lastIndexOf(null);
  if (lastGap < 0) return lines.length;
  const closing = lines.slice(lastGap + 1) as Paragraph[];
  const chars = closing.reduce((n, p) => n + p.text.length, 0);
  return closing.length <= theme.letter.closing.maxLines && chars <= theme.letter.closing.maxChars
    ? lastGap
    : lines.length;
}

/** The text with its last `cut` words before the sign-off taken out. */
function withoutLastWords(prepared: PreparedText, cut: number): PreparedText {
  const end = closingStart(prepared.lines);
  const body = prepared.lines.slice(0, end);
  const closing = prepared.lines.slice(end);
  let left = cut;
  for (let i = body.length - 1; i >= 0 && left > 0; i--) {
    const p = body[i];
    if (!p) {
      body.splice(i, 1);
      continue;
    }
    const words = p.chunks.filter((c) => c.visibleEnd > c.start).length;
    if (words <= left) {
      body.splice(i, 1);
      left -= words;
    } else {
      let keep = p.chunks.length;
      let removed = 0;
      while (removed < left && keep > 0) {
        keep--;
        const c = p.chunks[keep];
        if (c && c.visibleEnd > c.start) removed++;
      }
      body[i] = { ...p, chunks: p.chunks.slice(0, keep) };
      left = 0;
    }
  }
  while (body.length > 0 && body[body.length - 1] === null) body.pop();
  return { face: prepared.face, lines: [...body, ...closing] };
}

function bodyWords(prepared: PreparedText): number {
  return prepared.lines
    .slice(0, closingStart(prepared.lines))
    .reduce((n, p) => n + (p ? p.chunks.filter((c) => c.visibleEnd > c.start).length : 0), 0);
}

/** How many words to cut for the text to fit at the smallest size, sign-off kept. */
function wordsOver(prepared: PreparedText, fits: (p: PreparedText) => boolean): number {
  const total = bodyWords(prepared);
  let lo = 1;
  let hi = total;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (fits(withoutLastWords(prepared, mid))) hi = mid;
    else lo = mid + 1;
  }
  return Math.max(1, lo);
}

function tooLong(subject: FitSubject, over: number): OliveError {
  return new OliveError(
    'pdf/too-long',
    `${subject.part} is too long for this ${subject.piece} by ${over} word${over === 1 ? '' : 's'}; shorten it ` +
      `or choose a layout with more room`,
  );
}

function warnIfSmall(set: SetText, style: TextStyle, subject: FitSubject, warnings: string[]): void {
  if (set.size < style.maxSize * theme.fitting.warnBelow)
    warnings.push(
      `${subject.part} was set at ${set.size} pt instead of ${style.maxSize} pt to fit; shorter text would ` +
        `print larger.`,
    );
}

/**
 * The largest size from style.maxSize down to style.minSize at which the text fits the box. Past
 * the minimum it fails with the number of words to cut.
 */
export function fitText(
  fonts: FontSet,
  style: TextStyle,
  text: string,
  box: Rect,
  subject: FitSubject,
  warnings: string[],
  options: WrapOptions = {},
): SetText {
  const prepared = prepareText(fonts[style.face], text, subject.part);
  const set = largestFitting(sizesOf(style), (size) => fitsBox(prepared, style, size, box, options));
  if (set) {
    warnIfSmall(set, style, subject, warnings);
    return set;
  }
  throw tooLong(
    subject,
    wordsOver(prepared, (p) => fitsBox(p, style, style.minSize, box, options) !== undefined),
  );
}

/** Text set across two boxes read in order (a card's inside left, then inside right). */
export interface FlowedText {
  first?: SetText;
  second: SetText;
}

/** Splits set lines between two boxes: the first takes what it holds, ending at a paragraph break when one is near. */
function flowInto(set: SetText, first: Rect, second: Rect): FlowedText | undefined {
  const lines = set.lines;
  let height = 0;
  let split = 0;
  let lastGap = -1;
  while (split < lines.length && height + (lines[split]?.height ?? 0) <= first.height + 1e-6) {
    if (lines[split]?.kind === 'gap') lastGap = split;
    height += lines[split]?.height ?? 0;
    split++;
  }
  const at = lastGap > 0 && lastGap >= split * 0.5 ? lastGap : split;
  const head = lines.slice(0, at).filter((l, i, all) => !(l.kind === 'gap' && i === all.length - 1));
  const tail = lines.slice(at).filter((l, i) => !(l.kind === 'gap' && i === 0));
  const tailHeight = tail.reduce((h, l) => h + l.height, 0);
  if (tailHeight > second.height + 1e-6) return undefined;
  const part = (ls: typeof lines): SetText => ({
    ...set,
    lines: ls,
    height: ls.reduce((h, l) => h + l.height, 0),
    overflow: false,
  });
  return { first: part(head), second: part(tail) };
}

/**
 * The inside of a card: in the second box alone while it fits at `flowBelow` points or more;
 * otherwise flowed across both boxes (the inside-left panel is used before the text shrinks
 * further); past the minimum size, too long.
 */
export function fitFlow(
  fonts: FontSet,
  style: TextStyle,
  text: string,
  first: Rect | undefined,
  second: Rect,
  subject: FitSubject,
  warnings: string[],
  flowBelow: number,
): FlowedText {
  const prepared = prepareText(fonts[style.face], text, subject.part);
  const alone = largestFitting(sizesOf(style, first ? Math.max(flowBelow, style.minSize) : style.minSize), (size) =>
    fitsBox(prepared, style, size, second, {}),
  );
  if (alone) {
    warnIfSmall(alone, style, subject, warnings);
    return { second: alone };
  }
  const tryFlow = (p: PreparedText, size: number): FlowedText | undefined => {
    if (!first) return undefined;
    const set = wrapPrepared(p, style, size, second.width, { maxHeight: first.height + second.height });
    return set.overflow ? undefined : flowInto(set, first, second);
  };
  const flowed = first ? largestFitting(sizesOf(style), (size) => tryFlow(prepared, size)) : undefined;
  if (flowed) {
    warnIfSmall(flowed.second, style, subject, warnings);
    return flowed;
  }
  throw tooLong(
    subject,
    wordsOver(prepared, (p) =>
      first ? tryFlow(p, style.minSize) !== undefined : fitsBox(p, style, style.minSize, second, {}) !== undefined,
    ),
  );
}

/** Text set at one size without fitting (letters). */
export function setText(fonts: FontSet, style: TextStyle, text: string, width: number, where: string): SetText {
  return wrapPrepared(prepareText(fonts[style.face], text, where), style, style.maxSize, width);
}
