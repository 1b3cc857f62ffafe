/**
 * Quarter-fold card: one side of one portrait sheet, folded twice into a card a quarter of the
 * sheet (US Letter: 4.25 x 5.5 in; A4: an A6 card, 105 x 148 mm).
 *
 * Folding convention (the usual one for home-printed greeting cards):
 *   1. Fold the sheet in half top to bottom, printed side OUT: the top half goes behind the bottom
 *      half, so the unprinted side is hidden between the two layers.
 *   2. Fold it in half again, left half behind: the bottom-right quarter is now the front, with the
 *      spine (the second fold) on its left.
 *
 *   sheet, printed side             after folding
 *   +-----------+-----------+
 *   | inside    | inside    |       front        = bottom right, upright
 *   | right     | left      |  <-   back         = bottom left, upright
 *   | (upside   | (upside   |       inside left  = top right, turned 180 (the back of the front)
 *   |  down)    |  down)    |       inside right = top left, turned 180 (the message)
 *   +-----------+-----------+
 *   | back      | front     |
 *   +-----------+-----------+
 *
 * Why the top half is upside down: fold 1 flips the top half over the horizontal fold (a vertical
 * mirror), and opening the card turns the front cover over its vertical spine (a horizontal
 * mirror). Two mirrors make a 180 degree turn, so the top half must be printed turned 180 degrees
 * to be read upright; it also swaps left and right, which is why the message panel (inside right)
 * is printed at the top LEFT. The bottom half is only ever folded about the vertical spine and
 * viewed by turning the card over that same spine, so it stays upright.
 */
import { foldGuidesWanted, newPage, type LayoutContext } from '../context';
import { rect, type Rect } from '../geometry';
import { dottedLine, foldGuideLine, foldTick } from '../guides';
import { makePanel, type Panel } from '../panel';
import { theme, type Size } from '../theme';
import { cardTexts, drawBack, drawFront, drawInside } from './cardPanels';

export interface QuarterFoldPanels {
  front: Panel;
  back: Panel;
  insideLeft: Panel;
  insideRight: Panel;
}

/** The four quarters of the sheet, named by where they end up on the folded card. */
export function quarterFoldPanels(sheet: Size): QuarterFoldPanels {
  const w = sheet.width / 2;
  const h = sheet.height / 2;
  return {
    insideRight: makePanel(rect(0, 0, w, h), true, { top: 'sheet', left: 'sheet', right: 'fold', bottom: 'fold' }),
    insideLeft: makePanel(rect(w, 0, w, h), true, { top: 'sheet', right: 'sheet', left: 'fold', bottom: 'fold' }),
    back: makePanel(rect(0, h, w, h), false, { bottom: 'sheet', left: 'sheet', right: 'fold', top: 'fold' }),
    front: makePanel(rect(w, h, w, h), false, { bottom: 'sheet', right: 'sheet', left: 'fold', top: 'fold' }),
  };
}

/**
 * Fold marks only on the top half, which ends up inside the card: ticks at both sides pointing at
 * fold 1 (the horizontal middle), a pair at the top pointing at fold 2 (the vertical middle), the
 * spine dotted down the inside, and the folding steps in one line along the top margin. Nothing
 * is drawn on the bottom half, the card's outside, so an inexact fold leaves no marks on the cover.
 */
function drawQuarterFoldGuides(ctx: LayoutContext, sheet: Rect): void {
  if (!foldGuidesWanted(ctx)) return;
  const { doc, fonts } = ctx;
  const midX = sheet.x + sheet.width / 2;
  const midY = sheet.y + sheet.height / 2;
  const inset = theme.foldMarks.marginLine;
  foldTick(doc, fonts, [sheet.x + inset, midY], 'down', 'fold 1');
  foldTick(doc, fonts, [sheet.x + sheet.width - inset, midY], 'down', 'fold 1');
  foldTick(doc, fonts, [midX, sheet.y + inset + theme.foldMarks.length], 'right', 'fold 2');
  dottedLine(
    doc,
    [midX, sheet.y + theme.printableInset + theme.foldMarks.length],
    [midX, midY - theme.foldMarks.gap * 3],
  );
  foldGuideLine(doc, fonts, sheet.x + sheet.width / 4, sheet.y + inset, QUARTER_FOLD_GUIDE);
}

/** The folding steps, short enough for one line in the top margin of a quarter of the sheet. */
export const QUARTER_FOLD_GUIDE = 'Fold 1: top half back, print outside. Fold 2: left half back.';

export const QUARTER_FOLD_INSTRUCTIONS = [
  'Print on one side of the sheet.',
  'Fold it in half top to bottom with the printed side out, so the upside-down half goes behind.',
  'Fold it in half again with the left half behind: the front is now on top and the message reads upright inside.',
];

export function layoutQuarterFold(ctx: LayoutContext): void {
  const size = theme.paper[ctx.options.paper];
  const sheet = rect(0, 0, size.width, size.height);
  const panels = quarterFoldPanels(size);
  const texts = cardTexts(ctx);
  newPage(ctx, size);
  drawQuarterFoldGuides(ctx, sheet);
  drawFront(ctx, panels.front, texts.front);
  drawInside(ctx, { left: panels.insideLeft, right: panels.insideRight }, texts.inside);
  drawBack(ctx, panels.back, texts.back);
  ctx.instructions.push(...QUARTER_FOLD_INSTRUCTIONS);
}
