/** Rolling hills in three layers, a low sun behind them and two birds; the words in the sky above. */
import { rect } from '../../geometry';
import type { FrontArt } from './shapes';

export const landscape: FrontArt = (doc, { safe }, palette) => {
  const { x, y, width: w, height: h } = safe;
  const horizon = y + h * 0.58;
  const bottom = y + h;
  doc.save();
  doc.roundedRect(x, y, w, h, Math.min(w, h) * 0.03).clip();
  const sky = doc.linearGradient(x, y, x, horizon);
  sky.stop(0, palette.tint, 0).stop(1, palette.tint, 0.9);
  doc.rect(x, y, w, horizon - y + h * 0.1).fill(sky);
  doc
    .circle(x + w * 0.68, horizon - h * 0.01, w * 0.11)
    .fillOpacity(0.85)
    .fill(palette.accent);
  const hill = (
    startY: number,
    c1: [number, number],
    c2: [number, number],
    endY: number,
    colour: string,
    opacity: number,
  ): void => {
    doc
      .moveTo(x, startY)
      .bezierCurveTo(x + w * c1[0], c1[1], x + w * c2[0], c2[1], x + w, endY)
      .lineTo(x + w, bottom)
      .lineTo(x, bottom)
      .closePath()
      .fillOpacity(opacity)
      .fill(colour);
  };
  hill(horizon - h * 0.02, [0.35, horizon - h * 0.1], [0.65, horizon + h * 0.08], horizon - h * 0.05, palette.tint2, 1);
  hill(
    horizon + h * 0.1,
    [0.3, horizon + h * 0.02],
    [0.6, horizon + h * 0.2],
    horizon + h * 0.06,
    palette.accent,
    0.55,
  );
  hill(horizon + h * 0.26, [0.45, horizon + h * 0.12], [0.7, horizon + h * 0.3], horizon + h * 0.2, palette.art, 0.62);
  // A path winding down the nearest hill.
  doc
    .moveTo(x + w * 0.58, horizon + h * 0.2)
    .bezierCurveTo(x + w * 0.5, horizon + h * 0.27, x + w * 0.7, horizon + h * 0.32, x + w * 0.6, bottom)
    .lineWidth(Math.max(1, w * 0.012))
    .strokeOpacity(0.6)
    .stroke(palette.tint);
  doc.restore();
  doc
    .save()
    .lineWidth(Math.max(0.8, w * 0.005))
    .lineCap('round')
    .strokeColor(palette.art);
  for (const [bx, by, s] of [
    [0.3, 0.46, 0.04],
    [0.38, 0.42, 0.03],
  ] as const) {
    const cx = x + w * bx;
    const cy = y + h * by;
    const span = w * s;
    doc
      .moveTo(cx - span, cy - span * 0.2)
      .quadraticCurveTo(cx - span * 0.45, cy - span * 0.55, cx, cy)
      .quadraticCurveTo(cx + span * 0.45, cy - span * 0.55, cx + span, cy - span * 0.2)
      .stroke();
  }
  doc.restore();
  return {
    textBox: rect(x + w * 0.06, y + h * 0.05, w * 0.88, h * 0.34),
    textAlign: 'middle',
    textColour: palette.ink,
  };
};
