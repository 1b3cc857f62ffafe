/**
 * Printing aids: fold marks (short labelled ticks pointing at a fold, and a one-line fold guide in
 * the margin, drawn only where the folded card hides them), dotted fold lines, crop marks, lines
 * to write an address on.
 */
import { useFont } from './document';
import type { FontSet } from './fonts';
import type { Rect } from './geometry';
import { theme } from './theme';

export function dottedLine(
  doc: PDFKit.PDFDocument,
  from: [number, number],
  to: [number, number],
  colour: string = theme.guides.colour,
): void {
  const { lineWidth, dash, space } = theme.guides;
  doc
    .save()
    .moveTo(from[0], from[1])
    .lineTo(to[0], to[1])
    .lineWidth(lineWidth)
    .dash(dash, { space })
    .strokeColor(colour)
    .stroke()
    .undash()
    .restore();
}

/** A horizontal fold guide at y, kept inside the printable area. */
export function horizontalFold(doc: PDFKit.PDFDocument, sheet: Rect, y: number): void {
  dottedLine(doc, [sheet.x + theme.printableInset, y], [sheet.x + sheet.width - theme.printableInset, y]);
}

/** A vertical fold guide at x, kept inside the printable area. */
export function verticalFold(doc: PDFKit.PDFDocument, sheet: Rect, x: number): void {
  dottedLine(doc, [x, sheet.y + theme.printableInset], [x, sheet.y + sheet.height - theme.printableInset]);
}

/** Short marks just outside each corner of `trim`, to cut along with a ruler. */
export function cropMarks(doc: PDFKit.PDFDocument, trim: Rect): void {
  const { length, gap, lineWidth, colour } = theme.note.cropMark;
  const xs = [trim.x, trim.x + trim.width];
  const ys = [trim.y, trim.y + trim.height];
  doc.save().lineWidth(lineWidth).strokeColor(colour);
  for (const x of xs) {
    for (const y of ys) {
      const outX = x === trim.x ? -1 : 1;
      const outY = y === trim.y ? -1 : 1;
      doc
        .moveTo(x + outX * gap, y)
        .lineTo(x + outX * (gap + length), y)
        .stroke();
      doc
        .moveTo(x, y + outY * gap)
        .lineTo(x, y + outY * (gap + length))
        .stroke();
    }
  }
  doc.restore();
}

/** Faint dotted rules to write on by hand, starting `gap` below `top`. */
export function writeOnLines(
  doc: PDFKit.PDFDocument,
  left: number,
  top: number,
  width: number,
  count: number,
  gap: number,
): void {
  for (let i = 1; i <= count; i++)
    dottedLine(doc, [left, top + i * gap], [left + width, top + i * gap], theme.colours.writeOn);
}

export type TickDirection = 'down' | 'up' | 'left' | 'right';

/**
 * A short tick pointing at a fold and ending just short of it, with its label beside it: `at` is
 * the point on the fold the tick points to. A fold made a little off still hides it, since the
 * tick never touches the crease.
 */
export function foldTick(
  doc: PDFKit.PDFDocument,
  fonts: FontSet,
  at: [number, number],
  towards: TickDirection,
  label: string,
): void {
  const { length, gap, lineWidth, colour, labelSize } = theme.foldMarks;
  const [x, y] = at;
  const unit: Record<TickDirection, [number, number]> = { down: [0, 1], up: [0, -1], left: [-1, 0], right: [1, 0] };
  const [dx, dy] = unit[towards];
  const end: [number, number] = [x - dx * gap, y - dy * gap];
  const start: [number, number] = [x - dx * (gap + length), y - dy * (gap + length)];
  doc
    .save()
    .moveTo(...start)
    .lineTo(...end)
    .lineWidth(lineWidth)
    .strokeColor(colour)
    .stroke()
    .restore();
  const face = fonts.book.primary;
  const width = (face.advance(label) * labelSize) / 1000;
  // The label sits beside the tick's outer end, clear of the fold, on the side towards the page's middle.
  const page = (doc as unknown as { page: { width: number } }).page;
  const inward = x < page.width / 2 ? 3 : -width - 3;
  const lx = dx === 0 ? start[0] + inward : dx > 0 ? start[0] - width - 3 : start[0] + 3;
  const ly = dy === 0 ? start[1] - 3 : dy > 0 ? start[1] + labelSize * 0.8 : start[1];
  useFont(doc, face);
  doc.fontSize(labelSize).fillColor(colour).text(label, lx, ly, { lineBreak: false, baseline: 'alphabetic' });
}

/** One small line of folding steps, centred at `baseline` in a margin. */
export function foldGuideLine(
  doc: PDFKit.PDFDocument,
  fonts: FontSet,
  centreX: number,
  baseline: number,
  text: string,
): void {
  const { colour, labelSize } = theme.foldMarks;
  const face = fonts.book.primary;
  const width = (face.advance(text) * labelSize) / 1000;
  useFont(doc, face);
  doc
    .fontSize(labelSize)
    .fillColor(colour)
    .text(text, centreX - width / 2, baseline, { lineBreak: false, baseline: 'alphabetic' });
}
