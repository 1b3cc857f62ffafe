/**
 * Half-fold card: a landscape sheet printed on both sides and folded once down the middle
 * (US Letter: a 5.5 x 8.5 in card; A4: an A5 card). Page 1 is the outside (back on the left, front
 * on the right), page 2 the inside (message on the right). Turning the sheet over like a book page
 * held sideways puts the back of the front panel on the left of page 2, so the printer must flip on
 * the SHORT edge for both sides to read upright.
 */
import { foldGuidesWanted, newPage, type LayoutContext } from '../context';
import { landscape, rect } from '../geometry';
import { foldGuideLine, foldTick, verticalFold } from '../guides';
import { makePanel, type Panel } from '../panel';
import { theme, type Size } from '../theme';
import { cardTexts, drawBack, drawFront, drawInside } from './cardPanels';

export interface HalfFoldPanels {
  /** Page 1 (outside). */
  back: Panel;
  front: Panel;
  /** Page 2 (inside). */
  insideLeft: Panel;
  insideRight: Panel;
}

export function halfFoldPanels(sheet: Size): HalfFoldPanels {
  const w = sheet.width / 2;
  const h = sheet.height;
  const left = rect(0, 0, w, h);
  const right = rect(w, 0, w, h);
  const leftEdges = { top: 'sheet', bottom: 'sheet', left: 'sheet', right: 'fold' } as const;
  const rightEdges = { top: 'sheet', bottom: 'sheet', left: 'fold', right: 'sheet' } as const;
  return {
    back: makePanel(left, false, leftEdges),
    front: makePanel(right, false, rightEdges),
    insideLeft: makePanel(left, false, leftEdges),
    insideRight: makePanel(right, false, rightEdges),
  };
}

export const HALF_FOLD_INSTRUCTIONS = [
  'Print double-sided and flip on the SHORT edge (page 2 is the inside).',
  'Fold in half down the middle, front outwards.',
];

export function layoutHalfFold(ctx: LayoutContext): void {
  const size = landscape(theme.paper[ctx.options.paper]);
  const sheet = rect(0, 0, size.width, size.height);
  const panels = halfFoldPanels(size);
  const texts = cardTexts(ctx);

  newPage(ctx, size);
  drawBack(ctx, panels.back, texts.back);
  drawFront(ctx, panels.front, texts.front, theme.halfFoldCard.front);

  newPage(ctx, size);
  // Fold marks go on the inside only, so nothing shows on the finished card's outside.
  if (foldGuidesWanted(ctx)) {
    const mid = size.width / 2;
    const inset = theme.foldMarks.marginLine;
    verticalFold(ctx.doc, sheet, mid);
    foldTick(ctx.doc, ctx.fonts, [mid, inset + theme.foldMarks.length], 'right', 'fold');
    foldGuideLine(ctx.doc, ctx.fonts, mid, size.height - inset, 'Fold along the middle, this side in.');
  }
  drawInside(ctx, { left: panels.insideLeft, right: panels.insideRight }, texts.inside, theme.halfFoldCard.inside);
  ctx.instructions.push(...HALF_FOLD_INSTRUCTIONS);
}
