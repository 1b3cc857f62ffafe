/** Soft watercolour-like washes: overlapping blooms of colour fading to paper, the words over the middle. */
import { insetAll } from '../../geometry';
import { seeded, type FrontArt } from './shapes';

export const wash: FrontArt = (doc, { safe }, palette) => {
  const random = seeded(11);
  const { x, y, width: w, height: h } = safe;
  const blooms: [number, number, number, string, number][] = [
    [0.12, 0.1, 0.55, palette.tint2, 0.85],
    [0.85, 0.2, 0.45, palette.accent, 0.35],
    [0.25, 0.92, 0.6, palette.art, 0.28],
    [0.9, 0.88, 0.5, palette.tint2, 0.8],
    [0.55, 0.05, 0.35, palette.art, 0.22],
    [0.05, 0.55, 0.35, palette.accent, 0.25],
    [0.7, 0.62, 0.3, palette.tint, 0.9],
  ];
  doc.save();
  doc.roundedRect(x, y, w, h, Math.min(w, h) * 0.04).clip();
  for (const [fx, fy, fr, colour, opacity] of blooms) {
    // Each bloom is a few offset soft circles, so its edge is uneven like pigment in water.
    for (let k = 0; k < 3; k++) {
      const cx = x + w * (fx + (random() - 0.5) * 0.12);
      const cy = y + h * (fy + (random() - 0.5) * 0.1);
      const r = Math.min(w, h) * fr * (0.7 + random() * 0.4);
      const grad = doc.radialGradient(cx, cy, 0, cx, cy, r);
      grad
        .stop(0, colour, opacity * 0.8)
        .stop(0.55, colour, opacity * 0.45)
        .stop(1, colour, 0);
      doc.circle(cx, cy, r).fill(grad);
    }
  }
  for (let i = 0; i < 14; i++) {
    const r = Math.min(w, h) * (0.004 + random() * 0.01);
    doc
      .circle(x + w * random(), y + h * (random() < 0.5 ? random() * 0.25 : 0.75 + random() * 0.25), r)
      .fillOpacity(0.35)
      .fill(palette.art);
  }
  doc.restore();
  return { textBox: insetAll(safe, Math.min(w, h) * 0.1), textAlign: 'middle', textColour: palette.ink };
};
