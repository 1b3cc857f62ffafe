/**
 * A folded card seen as it will be held: the front, the inside spread, the back. Each view is cut
 * from the printed sheet, panel by panel, and a panel printed upside down (so it reads upright
 * once folded) is turned back. The panel places mirror the layouts in src/core/pdf/layouts
 * (quarterFold.ts, halfFold.ts); tests/unit/desk/folded.test.ts holds them to the real PDF.
 */
import type { Layout } from '../../../core/types';

/** A panel's place on a printed page, as fractions of the page (top-left origin, like a canvas). */
export interface PanelPlace {
  page: number;
  x: number;
  y: number;
  width: number;
  height: number;
  /** Printed turned 180 degrees. */
  turned: boolean;
}

export interface FoldedView {
  name: 'Front' | 'Inside' | 'Back';
  /** Left to right. */
  panels: PanelPlace[];
}

const quarter = (x: number, y: number, turned: boolean): PanelPlace => ({
  page: 1,
  x,
  y,
  width: 0.5,
  height: 0.5,
  turned,
});
const half = (page: number, x: number): PanelPlace => ({ page, x, y: 0, width: 0.5, height: 1, turned: false });

const VIEWS: Partial<Record<Layout, FoldedView[]>> = {
  // Sheet: inside right (turned) | inside left (turned) over back | front.
  'quarter-fold': [
    { name: 'Front', panels: [quarter(0.5, 0.5, false)] },
    { name: 'Inside', panels: [quarter(0.5, 0, true), quarter(0, 0, true)] },
    { name: 'Back', panels: [quarter(0, 0.5, false)] },
  ],
  // Page 1: back | front. Page 2: inside left | inside right.
  'half-fold': [
    { name: 'Front', panels: [half(1, 0.5)] },
    { name: 'Inside', panels: [half(2, 0), half(2, 0.5)] },
    { name: 'Back', panels: [half(1, 0)] },
  ],
};

/** The folded views of a layout, or none for a piece that is not folded (a note, a letter). */
export function foldedViews(layout: Layout): FoldedView[] {
  return VIEWS[layout] ?? [];
}
