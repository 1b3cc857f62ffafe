/** Rectangles in pdfkit's page space: origin at the top left, y growing downwards, in points. */
import type { Size } from './theme';

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface Insets {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

export function rect(x: number, y: number, width: number, height: number): Rect {
  return { x, y, width, height };
}

export function inset(r: Rect, by: Insets): Rect {
  return rect(r.x + by.left, r.y + by.top, r.width - by.left - by.right, r.height - by.top - by.bottom);
}

export function insetAll(r: Rect, by: number): Rect {
  return inset(r, { top: by, right: by, bottom: by, left: by });
}

export function centre(r: Rect): [number, number] {
  return [r.x + r.width / 2, r.y + r.height / 2];
}

export function landscape(size: Size): Size {
  return size.width >= size.height ? size : { width: size.height, height: size.width };
}

/** A rectangle of this size centred on the sheet. */
export function centredOn(sheet: Size, size: Size): Rect {
  return rect((sheet.width - size.width) / 2, (sheet.height - size.height) / 2, size.width, size.height);
}

/**
 * The same rectangle seen from a panel turned 180 degrees about its centre: what is at the sheet's
 * bottom edge is at the panel's top. Used to turn sheet-side insets into panel-local boxes.
 */
export function turnedInPanel(r: Rect, panel: Rect): Rect {
  const [cx, cy] = centre(panel);
  return rect(2 * cx - (r.x + r.width), 2 * cy - (r.y + r.height), r.width, r.height);
}
