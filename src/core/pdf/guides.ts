/** Printing aids: light dotted fold lines, crop marks, lines to write an address on. */
import type { Rect } from './geometry';
import { theme } from './theme';

export function dottedLine(doc: PDFKit.PDFDocument, from: [number, number], to: [number, number], colour: string = theme.guides.colour): void {
  const { lineWidth, dash, space } = theme.guides;
  doc.save().moveTo(from[0], from[1]).lineTo(to[0], to[1]).lineWidth(lineWidth).dash(dash, { space }).strokeColor(colour).stroke().undash().restore();
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
      doc.moveTo(x + outX * gap, y).lineTo(x + outX * (gap + length), y).stroke();
      doc.moveTo(x, y + outY * gap).lineTo(x, y + outY * (gap + length)).stroke();
    }
  }
  doc.restore();
}

/** Faint dotted rules to write on by hand, starting `gap` below `top`. */
export function writeOnLines(doc: PDFKit.PDFDocument, left: number, top: number, width: number, count: number, gap: number): void {
  for (let i = 1; i <= count; i++) dottedLine(doc, [left, top + i * gap], [left + width, top + i * gap], theme.colours.writeOn);
}
