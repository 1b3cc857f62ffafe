/**
 * Which printed layouts suit which kind of piece: the one rule the desk, the CLI and the PDF
 * exporter share (see docs/ARCHITECTURE.md, "Print"). Pure data and functions, no Node or DOM.
 *
 * - A card folds: quarter-fold (one side of one sheet) or half-fold (two-sided, larger).
 * - A note is flat, the size of a folded card, so it shares the card's envelope with the passes;
 *   folded, it would have a blank cover and back.
 * - A letter is set on pages.
 * - A message (a text or email) is short: printed, it goes on a note-sized sheet, not on a letter
 *   page that would stand nine-tenths empty.
 * - An envelope goes with anything sent by post; a message is not.
 */
import type { Kind, Layout } from '../types';

/** The layouts that print the piece itself (the envelope is printed alongside). */
export type PieceLayout = Exclude<Layout, 'envelope'>;

/** Suitable layouts per kind, the usual one first. */
export const LAYOUTS_FOR_KIND: Readonly<Record<Kind, readonly PieceLayout[]>> = {
  card: ['quarter-fold', 'half-fold'],
  note: ['note'],
  letter: ['letter'],
  message: ['note'],
};

/** Kinds that travel by post, and so may have an envelope printed for them. */
const POSTED: Readonly<Record<Kind, boolean>> = { card: true, note: true, letter: true, message: false };

/** The usual layout for a kind. */
export function defaultLayout(kind: Kind): PieceLayout {
  return LAYOUTS_FOR_KIND[kind][0] ?? 'letter';
}

/** The piece layouts that suit a kind, the usual one first. */
export function layoutsFor(kind: Kind): readonly PieceLayout[] {
  return LAYOUTS_FOR_KIND[kind];
}

/** Whether an envelope can be printed for this kind of piece. */
export function envelopeSuits(kind: Kind): boolean {
  return POSTED[kind];
}

/** Whether `layout` may be exported for `kind` (the envelope counts for posted kinds). */
export function layoutSuits(kind: Kind, layout: Layout): boolean {
  if (layout === 'envelope') return envelopeSuits(kind);
  return LAYOUTS_FOR_KIND[kind].includes(layout);
}

/**
 * The fold fallback: the layout to use when a piece of this kind asks for `wanted` (a draft's
 * stored fold, or the fold kept when the writer switches kind). A suitable choice is kept;
 * anything else, the envelope included, gives the kind's usual layout.
 */
export function foldFor(kind: Kind, wanted?: Layout): PieceLayout {
  return wanted !== undefined && wanted !== 'envelope' && LAYOUTS_FOR_KIND[kind].includes(wanted)
    ? wanted
    : defaultLayout(kind);
}

const KIND_NOUN: Readonly<Record<Kind, string>> = {
  card: 'a card',
  note: 'a note',
  letter: 'a letter',
  message: 'a message',
};

/** Why a layout does not suit a kind, in one line; undefined when it does. */
export function layoutProblem(kind: Kind, layout: Layout): string | undefined {
  if (layoutSuits(kind, layout)) return undefined;
  if (layout === 'envelope') return `${KIND_NOUN[kind]} is not sent by post, so it has no envelope`;
  return (
    `${layout} does not suit ${KIND_NOUN[kind]} (choose ` +
    `${[...LAYOUTS_FOR_KIND[kind], ...(envelopeSuits(kind) ? ['envelope'] : [])].join(' or ')})`
  );
}
