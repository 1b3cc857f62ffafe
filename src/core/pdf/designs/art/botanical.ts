/** Three wildflower stems in fine line: a daisy, a bell and a sprig of buds, on a short ground line. */
import { rect } from '../../geometry';
import { leafOutline, onCubic, type FrontArt, type Point } from './shapes';

export const botanical: FrontArt = (doc, { safe }, palette) => {
  const w = safe.width;
  const artH = safe.height * 0.6;
  const ground = safe.y + artH;
  const line = Math.max(0.8, w * 0.004);
  const cx = safe.x + w / 2;
  doc.save().lineCap('round').lineJoin('round').lineWidth(line).strokeColor(palette.art);
  doc
    .moveTo(cx - w * 0.32, ground)
    .lineTo(cx + w * 0.32, ground)
    .strokeOpacity(0.6)
    .stroke();
  doc.strokeOpacity(1);

  const stem = (base: Point, c1: Point, c2: Point, head: Point, leaves: number[]): { angle: number } => {
    doc
      .moveTo(...base)
      .bezierCurveTo(...c1, ...c2, ...head)
      .lineWidth(line)
      .stroke(palette.art);
    leaves.forEach((t, i) => {
      const { at, angle } = onCubic(base, c1, c2, head, t);
      leafOutline(doc, at, angle + (i % 2 === 0 ? -48 : 48), w * 0.12, w * 0.035, palette.art, line);
    });
    return onCubic(base, c1, c2, head, 1);
  };

  // Daisy: the tallest, slightly left.
  const daisy: Point = [cx - w * 0.12, safe.y + artH * 0.2];
  stem(
    [cx - w * 0.05, ground],
    [cx - w * 0.04, ground - artH * 0.35],
    [cx - w * 0.14, ground - artH * 0.55],
    daisy,
    [0.25, 0.5],
  );
  for (let i = 0; i < 12; i++) leafOutline(doc, daisy, i * 30, w * 0.085, w * 0.022, palette.art, line);
  doc
    .circle(daisy[0], daisy[1], w * 0.022)
    .fillOpacity(1)
    .fill(palette.accent);

  // Bell: right, nodding.
  const bellTop: Point = [cx + w * 0.2, safe.y + artH * 0.38];
  const bell = stem(
    [cx + w * 0.02, ground],
    [cx + w * 0.05, ground - artH * 0.3],
    [cx + w * 0.18, ground - artH * 0.55],
    bellTop,
    [0.3],
  );
  doc
    .save()
    .translate(...bellTop)
    .rotate(bell.angle - 90 + 150);
  const b = w * 0.06;
  doc
    .moveTo(-b * 0.55, 0)
    .bezierCurveTo(-b * 0.6, b * 0.9, -b * 0.75, b * 1.3, -b * 0.9, b * 1.5)
    .quadraticCurveTo(-b * 0.4, b * 1.3, 0, b * 1.55)
    .quadraticCurveTo(b * 0.4, b * 1.3, b * 0.9, b * 1.5)
    .bezierCurveTo(b * 0.75, b * 1.3, b * 0.6, b * 0.9, b * 0.55, 0)
    .closePath();
  doc.fillOpacity(0.9).fillAndStroke(palette.tint2, palette.art);
  doc.restore();

  // Buds: left, short, curving outwards.
  const budsBase: Point = [cx - w * 0.09, ground];
  const c1: Point = [cx - w * 0.14, ground - artH * 0.2];
  const c2: Point = [cx - w * 0.3, ground - artH * 0.3];
  const top: Point = [cx - w * 0.33, safe.y + artH * 0.48];
  stem(budsBase, c1, c2, top, [0.35]);
  for (const t of [0.55, 0.75, 1]) {
    const { at, angle } = onCubic(budsBase, c1, c2, top, t);
    const bud: Point = [
      at[0] + Math.cos(((angle - 70) * Math.PI) / 180) * w * 0.04,
      at[1] + Math.sin(((angle - 70) * Math.PI) / 180) * w * 0.04,
    ];
    doc
      .moveTo(...at)
      .lineTo(...bud)
      .stroke(palette.art);
    doc
      .circle(bud[0], bud[1], w * 0.018)
      .fillOpacity(1)
      .fillAndStroke(palette.accent, palette.art);
  }
  // A few blades of grass at the foot.
  for (const [dx, h, lean] of [
    [-0.2, 0.09, -0.04],
    [-0.17, 0.06, 0.03],
    [0.12, 0.08, 0.04],
    [0.16, 0.05, -0.02],
    [0.24, 0.07, 0.05],
  ] as const) {
    doc
      .moveTo(cx + w * dx, ground)
      .quadraticCurveTo(cx + w * dx, ground - artH * h * 0.6, cx + w * (dx + lean), ground - artH * h)
      .stroke(palette.art);
  }
  doc.restore();
  const textTop = ground + safe.height * 0.05;
  return {
    textBox: rect(safe.x, textTop, w, safe.y + safe.height - textTop),
    textAlign: 'middle',
    textColour: palette.ink,
  };
};
