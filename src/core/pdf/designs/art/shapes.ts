/** Small drawing helpers the card art shares: a seeded random source, curve points, a leaf. */
import type { Rect } from '../../geometry';
import type { VerticalAlign } from '../../text';
import type { Palette } from '../catalog';

/** Where a design draws: the panel's whole area and the centred box that stays clear of printer margins. */
export interface ArtFrame {
  area: Rect;
  safe: Rect;
}

/** Where the design leaves room for the front text. */
export interface ArtResult {
  textBox: Rect;
  textAlign: VerticalAlign;
  textColour: string;
}

export type FrontArt = (doc: PDFKit.PDFDocument, frame: ArtFrame, palette: Palette) => ArtResult;
export type BackMark = (doc: PDFKit.PDFDocument, box: Rect, palette: Palette) => void;

/** A small deterministic random source (mulberry32), so the same card prints the same bytes. */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export type Point = [number, number];

/** Point and tangent angle (degrees) at t on a cubic Bézier curve. */
export function onCubic(p0: Point, p1: Point, p2: Point, p3: Point, t: number): { at: Point; angle: number } {
  const u = 1 - t;
  const at: Point = [
    u * u * u * p0[0] + 3 * u * u * t * p1[0] + 3 * u * t * t * p2[0] + t * t * t * p3[0],
    u * u * u * p0[1] + 3 * u * u * t * p1[1] + 3 * u * t * t * p2[1] + t * t * t * p3[1],
  ];
  const dx = 3 * u * u * (p1[0] - p0[0]) + 6 * u * t * (p2[0] - p1[0]) + 3 * t * t * (p3[0] - p2[0]);
  const dy = 3 * u * u * (p1[1] - p0[1]) + 6 * u * t * (p2[1] - p1[1]) + 3 * t * t * (p3[1] - p2[1]);
  return { at, angle: (Math.atan2(dy, dx) * 180) / Math.PI };
}

/** A pointed leaf from its base along `angle` (degrees), filled, with a fine midrib in `vein`. */
export function leaf(
  doc: PDFKit.PDFDocument,
  base: Point,
  angle: number,
  length: number,
  width: number,
  fill: string,
  vein?: string,
  opacity = 1,
): void {
  doc.save().translate(base[0], base[1]).rotate(angle);
  doc
    .moveTo(0, 0)
    .bezierCurveTo(length * 0.25, -width * 0.9, length * 0.7, -width * 0.75, length, 0)
    .bezierCurveTo(length * 0.7, width * 0.75, length * 0.25, width * 0.9, 0, 0)
    .fillOpacity(opacity)
    .fill(fill);
  if (vein)
    doc
      .moveTo(length * 0.08, 0)
      .quadraticCurveTo(length * 0.5, -width * 0.08, length * 0.9, 0)
      .lineWidth(Math.max(0.3, width * 0.06))
      .strokeOpacity(0.8)
      .stroke(vein);
  doc.restore();
}

/** A leaf in outline only, for line drawings. */
export function leafOutline(
  doc: PDFKit.PDFDocument,
  base: Point,
  angle: number,
  length: number,
  width: number,
  colour: string,
  lineWidth: number,
): void {
  doc.save().translate(base[0], base[1]).rotate(angle);
  doc
    .moveTo(0, 0)
    .bezierCurveTo(length * 0.25, -width * 0.9, length * 0.7, -width * 0.75, length, 0)
    .bezierCurveTo(length * 0.7, width * 0.75, length * 0.25, width * 0.9, 0, 0)
    .moveTo(0, 0)
    .lineTo(length * 0.75, 0)
    .lineWidth(lineWidth)
    .lineJoin('round')
    .lineCap('round')
    .stroke(colour);
  doc.restore();
}

/** A two-leaf sprig, small, for the back of a card. */
export const sprigMark: BackMark = (doc, box, palette) => {
  const cx = box.x + box.width / 2;
  const cy = box.y + box.height / 2;
  const s = Math.min(box.height, 28) / 28;
  doc.save();
  doc
    .moveTo(cx - 10 * s, cy + 6 * s)
    .quadraticCurveTo(cx, cy + 2 * s, cx + 10 * s, cy - 6 * s)
    .lineWidth(0.8)
    .lineCap('round')
    .stroke(palette.art);
  leaf(doc, [cx - 2 * s, cy + 2 * s], -120, 11 * s, 3.2 * s, palette.art);
  leaf(doc, [cx + 3 * s, cy - 1 * s], 20, 11 * s, 3.2 * s, palette.art);
  doc.restore();
};
