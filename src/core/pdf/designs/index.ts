/** Drawing the chosen design on a card, and the design picker's thumbnails (see docs/ARCHITECTURE.md, "Print"). */
import type { Rect } from '../geometry';
import { botanical } from './art/botanical';
import { geometric } from './art/geometric';
import { landscape } from './art/landscape';
import { oliveBranch } from './art/oliveBranch';
import { sprigMark, type ArtFrame, type ArtResult, type FrontArt } from './art/shapes';
import { typographic } from './art/typographic';
import { wash } from './art/wash';
import { DEFAULT_DESIGN, PALETTES, type DesignChoice, type DesignId } from './catalog';

export * from './catalog';
export type { ArtFrame, ArtResult } from './art/shapes';

const FRONT_ART: Record<DesignId, FrontArt> = {
  'olive-branch': oliveBranch,
  botanical,
  wash,
  geometric,
  landscape,
  typographic,
};

/** Draws the design's front art in the frame; returns where the front text goes. */
export function drawFrontArt(
  doc: PDFKit.PDFDocument,
  frame: ArtFrame,
  choice: DesignChoice = DEFAULT_DESIGN,
): ArtResult {
  doc.save();
  const result = FRONT_ART[choice.design](doc, frame, PALETTES[choice.palette]);
  doc.restore();
  // Opacity is graphics state; restore() puts it back for the text that follows.
  return result;
}

/** The small mark above the back text: a sprig in the palette's colour. */
export function drawBackMark(doc: PDFKit.PDFDocument, box: Rect, choice: DesignChoice = DEFAULT_DESIGN): void {
  doc.save();
  sprigMark(doc, box, PALETTES[choice.palette]);
  doc.restore();
}
