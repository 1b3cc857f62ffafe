/**
 * The new-relationship note: a flat card to go in the envelope with two movie passes. It is the
 * size of the folded card (5.5 x 4.25 in on US Letter, A6 landscape on A4), so it and the passes
 * share the card's envelope. Printed centred on the sheet with corner marks to cut along.
 */
import { bodyText, newPage, printable, type LayoutContext } from '../context';
import { DEFAULT_DESIGN, drawBackMark, PALETTES } from '../designs';
import { centredOn, insetAll, rect, type Rect } from '../geometry';
import { cropMarks } from '../guides';
import { drawSetText, fitText } from '../text';
import { theme } from '../theme';

/** The note's trimmed area on the sheet. */
export function noteTrim(paper: LayoutContext['options']['paper']): Rect {
  return centredOn(theme.paper[paper], theme.note.size[paper]);
}

function drawNoteBody(ctx: LayoutContext, trim: Rect): void {
  const choice = ctx.options.design ?? DEFAULT_DESIGN;
  // The card's small sprig in the top margin, and the words in the palette's ink, so note and card match.
  drawBackMark(
    ctx.doc,
    rect(trim.x, trim.y + theme.note.padding * 0.15, trim.width, theme.note.padding * 0.75),
    choice,
  );
  const style = { ...theme.note.body, colour: PALETTES[choice.palette].ink };
  const text = printable(bodyText(ctx.source));
  if (text === '') return;
  const box = insetAll(trim, theme.note.padding);
  const set = fitText(ctx.fonts, style, text, box, { part: 'The note', piece: 'note' }, ctx.warnings);
  drawSetText(ctx.doc, set, box, 'middle');
}

export function layoutNote(ctx: LayoutContext): void {
  const trim = noteTrim(ctx.options.paper);
  newPage(ctx, theme.paper[ctx.options.paper]);
  cropMarks(ctx.doc, trim);
  drawNoteBody(ctx, trim);
  ctx.instructions.push(
    ctx.source.kind === 'note'
      ? 'Cut along the corner marks. The note fits the card envelope together with the two passes.'
      : 'Cut along the corner marks.',
  );
}
