/** What goes on a card's panels, shared by the quarter-fold and half-fold layouts. */
import { blockText, bodyText, printable, type LayoutContext } from '../context';
import { inset, rect, type Rect } from '../geometry';
import { inPanel, type Panel } from '../panel';
import { drawSetText, fitText } from '../text';
import { theme, type TextStyle } from '../theme';

/** The three texts of a card. A piece without card blocks puts its body inside. */
export function cardTexts(ctx: LayoutContext): { front: string; inside: string; back: string } {
  const { source } = ctx;
  const { front, inside, back } = theme.card;
  const hasCardBlocks = blockText(source, 'inside') !== undefined;
  return {
    front: printable(ctx, blockText(source, 'front') ?? '', front.face, 'the front'),
    inside: printable(ctx, hasCardBlocks ? (blockText(source, 'inside') ?? '') : bodyText(source), inside.face, 'the inside'),
    back: printable(ctx, blockText(source, 'back') ?? '', back.face, 'the back'),
  };
}

/** Front: large handwriting, centred a little above the middle of the panel. */
export function drawFront(ctx: LayoutContext, panel: Panel, text: string, style: TextStyle = theme.card.front): void {
  if (text === '') return;
  inPanel(ctx.doc, panel, (box) => {
    const set = fitText(ctx.fonts, style, text, box, { part: 'The front text', piece: 'card' }, ctx.warnings);
    // A turned panel maps its area onto itself, so the area is also the panel's upright frame.
    const anchorY = panel.area.y + panel.area.height * theme.card.frontCentreAt;
    const top = Math.min(Math.max(anchorY - set.height / 2, box.y), box.y + box.height - set.height);
    drawSetText(ctx.doc, set, rect(box.x, top, box.width, set.height), 'top');
  });
}

/** Inside: the message, in handwriting, shrunk to fit and centred in the panel. */
export function drawInside(ctx: LayoutContext, panel: Panel, text: string, style: TextStyle = theme.card.inside): void {
  if (text === '') return;
  const pad = theme.card.insidePadding;
  inPanel(ctx.doc, panel, (box) => {
    const area = inset(box, { top: pad, right: pad, bottom: pad, left: pad });
    const set = fitText(ctx.fonts, style, text, area, { part: 'The inside message', piece: 'card' }, ctx.warnings);
    drawSetText(ctx.doc, set, area, 'middle');
  });
}

/** Back: a small line in the book face at the foot of the panel. */
export function drawBack(ctx: LayoutContext, panel: Panel, text: string): void {
  if (text === '') return;
  const style = theme.card.back;
  inPanel(ctx.doc, panel, (box) => {
    const strip: Rect = rect(box.x, box.y + box.height - theme.card.backStrip, box.width, theme.card.backStrip);
    const set = fitText(ctx.fonts, style, text, strip, { part: 'The back text', piece: 'card' }, ctx.warnings);
    drawSetText(ctx.doc, set, strip, 'bottom');
  });
}
