/** What goes on a card's panels, shared by the quarter-fold and half-fold layouts. */
import { blockText, bodyText, printable, type LayoutContext } from '../context';
import { DEFAULT_DESIGN, drawBackMark, drawFrontArt, PALETTES, type Palette } from '../designs';
import { inset, rect, type Rect } from '../geometry';
import { inPanel, type Panel } from '../panel';
import { drawSetText, fitFlow, fitText } from '../text';
import { theme, type TextStyle } from '../theme';

/** The three texts of a card. A piece without card blocks puts its body inside. */
export function cardTexts(ctx: LayoutContext): { front: string; inside: string; back: string } {
  const { source } = ctx;
  const hasCardBlocks = blockText(source, 'inside') !== undefined;
  return {
    front: printable(blockText(source, 'front') ?? ''),
    inside: printable(hasCardBlocks ? (blockText(source, 'inside') ?? '') : bodyText(source)),
    back: printable(blockText(source, 'back') ?? ''),
  };
}

/**
 * The box narrowed so that it is centred on the panel: a panel keeps more margin at the sheet's
 * edge than at the fold, and centred text set in the lopsided box would sit towards the spine.
 */
export function centredOnPanel(panel: Panel, box: Rect): Rect {
  const centreX = panel.area.x + panel.area.width / 2;
  const half = Math.min(centreX - box.x, box.x + box.width - centreX);
  return rect(centreX - half, box.y, 2 * half, box.height);
}

function paletteOf(ctx: LayoutContext): Palette {
  return PALETTES[(ctx.options.design ?? DEFAULT_DESIGN).palette];
}

/** Front: the design's art, and the front text where the design leaves room for it, balanced over its lines. */
export function drawFront(ctx: LayoutContext, panel: Panel, text: string, style: TextStyle = theme.card.front): void {
  inPanel(ctx.doc, panel, (box) => {
    const safe = centredOnPanel(panel, box);
    // A turned panel maps its area onto itself, so the area is also the panel's upright frame.
    const art = drawFrontArt(ctx.doc, { area: panel.area, safe }, ctx.options.design);
    if (text === '') return;
    const coloured = { ...style, colour: art.textColour };
    const set = fitText(
      ctx.fonts,
      coloured,
      text,
      art.textBox,
      { part: 'The front text', piece: 'card' },
      ctx.warnings,
      { balance: true },
    );
    drawSetText(ctx.doc, set, art.textBox, art.textAlign);
  });
}

/**
 * Inside: the message in handwriting, in the inside-right panel while it fits at a comfortable
 * size; a longer one starts on the inside-left panel before it would shrink further.
 */
export function drawInside(
  ctx: LayoutContext,
  panels: { left?: Panel; right: Panel },
  text: string,
  style: TextStyle = theme.card.inside,
): void {
  if (text === '') return;
  const pad = theme.card.insidePadding;
  const area = (panel: Panel): Rect => inset(panel.content, { top: pad, right: pad, bottom: pad, left: pad });
  const { left, right } = panels;
  // The message is written in the palette's ink, so it matches the front (and is grey on a greyscale card).
  const inked = { ...style, colour: paletteOf(ctx).ink };
  const flowed = fitFlow(
    ctx.fonts,
    inked,
    text,
    left ? area(left) : undefined,
    area(right),
    { part: 'The inside message', piece: 'card' },
    ctx.warnings,
    theme.card.flowBelow,
  );
  const first = flowed.first;
  if (left && first) inPanel(ctx.doc, left, () => drawSetText(ctx.doc, first, area(left), 'middle'));
  inPanel(ctx.doc, right, () => drawSetText(ctx.doc, flowed.second, area(right), 'middle'));
}

/** Back: the design's small mark, and a small line in the book face at the foot of the panel. */
export function drawBack(ctx: LayoutContext, panel: Panel, text: string): void {
  const style = { ...theme.card.back, colour: paletteOf(ctx).art };
  inPanel(ctx.doc, panel, (box) => {
    const safe = centredOnPanel(panel, box);
    const strip: Rect = rect(safe.x, safe.y + safe.height - theme.card.backStrip, safe.width, theme.card.backStrip);
    drawBackMark(
      ctx.doc,
      rect(safe.x, strip.y - theme.card.backMarkSize, safe.width, theme.card.backMarkSize),
      ctx.options.design,
    );
    if (text === '') return;
    const set = fitText(ctx.fonts, style, text, strip, { part: 'The back text', piece: 'card' }, ctx.warnings, {
      balance: true,
    });
    drawSetText(ctx.doc, set, strip, 'top');
  });
}
