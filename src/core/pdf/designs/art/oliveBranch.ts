/** An olive branch arching across the top of the front, leaves in pairs, three olives hanging. */
import { rect } from '../../geometry';
import { leaf, onCubic, seeded, type FrontArt, type Point } from './shapes';

export const oliveBranch: FrontArt = (doc, { safe }, palette) => {
  const random = seeded(7);
  const w = safe.width;
  const artH = safe.height * 0.58;
  const x = safe.x;
  const y = safe.y;
  const p0: Point = [x + w * 0.06, y + artH * 0.92];
  const p1: Point = [x + w * 0.3, y + artH * 0.45];
  const p2: Point = [x + w * 0.62, y + artH * 0.18];
  const p3: Point = [x + w * 0.96, y + artH * 0.08];
  doc.save();
  doc
    .moveTo(...p0)
    .bezierCurveTo(...p1, ...p2, ...p3)
    .lineWidth(Math.max(1.2, w * 0.008))
    .lineCap('round')
    .stroke(palette.art);
  const size = w * 0.19;
  for (let i = 0; i < 9; i++) {
    const t = 0.1 + i * 0.1;
    const { at, angle } = onCubic(p0, p1, p2, p3, t);
    const taper = 1 - t * 0.35;
    for (const side of [-1, 1]) {
      const lean = 38 + random() * 14;
      const colour = (i + (side > 0 ? 1 : 0)) % 3 === 0 ? palette.accent : palette.art;
      leaf(
        doc,
        at,
        angle + side * lean,
        size * taper * (0.85 + random() * 0.25),
        size * taper * 0.2,
        colour,
        palette.tint,
        0.92,
      );
    }
  }
  const tip = onCubic(p0, p1, p2, p3, 1);
  leaf(doc, tip.at, tip.angle, size * 0.55, size * 0.12, palette.art, palette.tint);
  // Olives hang below the stem on short stalks.
  for (const [t, drop] of [
    [0.34, 0.11],
    [0.43, 0.16],
    [0.58, 0.1],
  ] as const) {
    const { at } = onCubic(p0, p1, p2, p3, t);
    const olive: Point = [at[0] + w * 0.015, at[1] + w * drop];
    doc
      .moveTo(...at)
      .quadraticCurveTo(at[0] + w * 0.03, at[1] + w * drop * 0.5, olive[0], olive[1] - w * 0.04)
      .lineWidth(0.7)
      .stroke(palette.art);
    doc
      .save()
      .translate(...olive)
      .rotate(18)
      .ellipse(0, 0, w * 0.032, w * 0.045)
      .fillOpacity(1)
      .fill(palette.accent)
      .restore();
    doc
      .circle(olive[0] - w * 0.01, olive[1] - w * 0.016, w * 0.008)
      .fillOpacity(0.7)
      .fill(palette.tint);
  }
  doc.restore();
  const top = y + artH + safe.height * 0.04;
  return { textBox: rect(x, top, w, y + safe.height - top), textAlign: 'middle', textColour: palette.ink };
};
