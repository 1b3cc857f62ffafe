/**
 * The desk's live verdict. Main renders the piece (Handlebars never runs here); on every keystroke
 * the writer's current values are spliced into the last render, using the spans that say where
 * each field landed, and the core's verdict runs on that: the same function, on the same
 * document, as the last step and `olive lint` (see docs/ARCHITECTURE.md, "The verdict").
 *
 * `checkDesk` is the one call into the linter: moving it to a worker, or making it incremental,
 * changes nothing else. It (and the linter with its language model) is loaded apart from the
 * editor, so the desk paints before the first check (see DeskChecker.ts).
 */
import { verdictForPiece } from '../../../core/verdict';
import type { KeptChoices, PieceField, Verdict } from '../../../core/verdict/types';
import { sanitizeWriterText } from '../../../core/templates/spans';
import type { FieldSpan, RenderedDocument } from '../../../core/templates/types';
import { NAME_SPAN_IDS } from '../../../core/templates/types';
import type { Heard } from '../../../core/types';

export interface Base {
  doc: RenderedDocument;
  /** The values (fields and names) `doc` was rendered from. */
  values: Record<string, string>;
}

/** What the verdict reads besides the words: the template's fields and the writer's choices. */
export interface DeskContext {
  fields: PieceField[];
  kept: KeptChoices;
  heard: Heard;
  unanswered: number;
  partnerName?: string | undefined;
  printProblem: string | null;
}

export interface DeskCheck {
  verdict: Verdict;
  /** The text that was checked (the piece as it reads now). */
  text: string;
}

/**
 * The base document with the current values spliced in: a document as main would render it now,
 * and the fields typed into that have no place in it yet (they were empty at the last render).
 */
export function splice(
  base: Base,
  values: Record<string, string>,
): { doc: RenderedDocument; unplaced: { field: string; text: string }[] } {
  const { doc } = base;
  const spans = [...doc.spans].sort((a, b) => a.start - b.start);
  const placed = new Set(spans.map((s) => s.field));
  let text = '';
  let cursor = 0;
  const moved: FieldSpan[] = [];
  /** Where old offsets land in the new text: (old offset, shift from there on). */
  const shifts: { at: number; by: number }[] = [];
  for (const span of spans) {
    if (span.start < cursor) continue; // Overlapping spans (nested fields) keep the outer one.
    text += doc.text.slice(cursor, span.start);
    const before = base.values[span.field];
    const now = values[span.field];
    const words =
      now !== undefined && before !== undefined && now !== before
        ? sanitizeWriterText(now)
        : doc.text.slice(span.start, span.end);
    moved.push({ ...span, start: text.length, end: text.length + words.length });
    text += words;
    shifts.push({ at: span.end, by: text.length - span.end });
    cursor = span.end;
  }
  text += doc.text.slice(cursor);
  const shift = (offset: number) => offset + ([...shifts].reverse().find((s) => s.at <= offset)?.by ?? 0);
  const blocks = doc.blocks.map((b) => {
    const start = shift(b.start);
    const end = shift(b.end);
    return { ...b, start, end, text: text.slice(start, end) };
  });
  const unplaced = Object.keys(values)
    .filter((f) => !placed.has(f) && values[f] !== (base.values[f] ?? '') && (values[f] ?? '').trim() !== '')
    .map((field) => ({ field, text: values[field] ?? '' }));
  const sender = values[NAME_SPAN_IDS.sender];
  const recipient = values[NAME_SPAN_IDS.recipient];
  return {
    doc: {
      ...doc,
      text,
      blocks,
      spans: moved,
      sender: sender === undefined ? doc.sender : sanitizeWriterText(sender),
      recipient: recipient === undefined ? doc.recipient : sanitizeWriterText(recipient),
    },
    unplaced,
  };
}

/** Everything about a spliced document but its text (compared apart, it is the long part). */
function shapeOf(doc: RenderedDocument, unplaced: { field: string; text: string }[]): string {
  return JSON.stringify([{ ...doc, text: '', blocks: doc.blocks.map((b) => ({ ...b, text: '' })) }, unplaced]);
}

function sameValues(a: Record<string, string>, b: Record<string, string>): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  for (const k of keys) if (a[k] !== b[k]) return false;
  return true;
}

/** The last check and what it read: the same document, values and context give the same verdict. */
let last: {
  doc: RenderedDocument;
  unplaced: { field: string; text: string }[];
  values: Record<string, string>;
  context: DeskContext;
  check: DeskCheck;
} | null = null;

/**
 * The one function that runs the linter for the desk. Main's render of words the desk has already
 * spliced (it arrives after each pause, often while the writer types on) gives the same document:
 * the last check is returned as it is, the same object, instead of linting the piece again.
 */
export function checkDesk(base: Base, values: Record<string, string>, context: DeskContext): DeskCheck {
  const { doc, unplaced } = splice(base, values);
  if (
    last &&
    last.context === context &&
    last.doc.text === doc.text &&
    sameValues(last.values, values) &&
    shapeOf(last.doc, last.unplaced) === shapeOf(doc, unplaced)
  )
    return last.check;
  const check = judge(doc, unplaced, values, context);
  last = { doc, unplaced, values, context, check };
  return check;
}

function judge(
  doc: RenderedDocument,
  unplaced: { field: string; text: string }[],
  values: Record<string, string>,
  context: DeskContext,
): DeskCheck {
  const verdict = verdictForPiece({
    doc,
    fields: context.fields,
    values,
    kept: context.kept,
    heard: context.heard,
    unanswered: context.unanswered,
    ...(context.partnerName ? { partnerName: context.partnerName } : {}),
    unplaced,
    printProblem: context.printProblem,
  });
  return { verdict, text: doc.text };
}
