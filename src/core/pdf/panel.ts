/** A card panel: where it sits on the sheet, whether it is printed upside down, and its safe box. */
import { centre, inset, turnedInPanel, type Insets, type Rect } from './geometry';
import { theme } from './theme';

export interface Panel {
  /** The panel's share of the sheet, in sheet space. */
  area: Rect;
  /** Printed turned 180 degrees, so it reads upright once folded. */
  turned: boolean;
  /** Where text may go, in the panel's own upright space (what draw callbacks receive). */
  content: Rect;
}

export type Edge = 'sheet' | 'fold';

/** Each side of a panel is either the sheet's edge (printer margin) or a fold (crease margin). */
export function edgeInsets(edges: Record<keyof Insets, Edge>): Insets {
  const by = (edge: Edge): number => (edge === 'sheet' ? theme.printableInset : theme.foldInset);
  return { top: by(edges.top), right: by(edges.right), bottom: by(edges.bottom), left: by(edges.left) };
}

/** `edges` are named as the sides lie on the sheet; a turned panel gets its box turned with it. */
export function makePanel(area: Rect, turned: boolean, edges: Record<keyof Insets, Edge>): Panel {
  const safe = inset(area, edgeInsets(edges));
  return { area, turned, content: turned ? turnedInPanel(safe, area) : safe };
}

/** Runs `draw` in the panel's upright space: for a turned panel, inside a 180 degree rotation about its centre. */
export function inPanel(doc: PDFKit.PDFDocument, panel: Panel, draw: (box: Rect) => void): void {
  if (!panel.turned) {
    draw(panel.content);
    return;
  }
  doc.save();
  doc.rotate(180, { origin: centre(panel.area) });
  draw(panel.content);
  doc.restore();
}
