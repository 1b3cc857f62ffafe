/**
 * A quiet pattern above the words: quarter circles turned in a regular rhythm, so that every four
 * cells make a round flower, with small dots where the flowers meet; a fine rule below.
 */
import { rect } from '../../geometry';
import type { FrontArt } from './shapes';

export const geometric: FrontArt = (doc, { safe }, palette) => {
  const cols = 6;
  const cell = safe.width / cols;
  const rows = Math.max(2, Math.min(4, 2 * Math.floor((safe.height * 0.5) / cell / 2)));
  const fills = [palette.art, palette.tint2, palette.accent, palette.tint2];
  doc.save();
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      const x = safe.x + c * cell;
      const y = safe.y + r * cell;
      // Each quarter circle has its corner at the centre of its 2 x 2 block, so blocks read as flowers.
      const cornerX = c % 2 === 0 ? x + cell : x;
      const cornerY = r % 2 === 0 ? y + cell : y;
      const away = (v: number, corner: number): number =>
        v === corner ? v + (corner === x || corner === y ? cell : -cell) : v;
      const block = (Math.floor(r / 2) + Math.floor(c / 2)) % 2;
      const colour = fills[(block * 2 + ((r + c) % 2)) % fills.length] ?? palette.art;
      const pad = cell * 0.06;
      const fx = away(cornerX, cornerX) - (cornerX === x ? -pad : pad);
      const fy = away(cornerY, cornerY) - (cornerY === y ? -pad : pad);
      const radius = cell - 2 * pad;
      const k = 0.5523 * radius;
      const sx = Math.sign(fx - cornerX);
      const sy = Math.sign(fy - cornerY);
      const ox = cornerX + sx * pad;
      const oy = cornerY + sy * pad;
      doc
        .moveTo(ox, oy)
        .lineTo(ox + sx * radius, oy)
        .bezierCurveTo(ox + sx * radius, oy + sy * k, ox + sx * k, oy + sy * radius, ox, oy + sy * radius)
        .closePath()
        .fillOpacity(colour === palette.art ? 0.85 : 1)
        .fill(colour);
    }
  }
  for (let r = 0; r <= rows; r += 2) {
    for (let c = 0; c <= cols; c += 2)
      doc
        .circle(safe.x + c * cell, safe.y + r * cell, cell * 0.07)
        .fillOpacity(1)
        .fill(palette.accent);
  }
  const ruleY = safe.y + rows * cell + cell * 0.35;
  doc
    .moveTo(safe.x + safe.width * 0.3, ruleY)
    .lineTo(safe.x + safe.width * 0.7, ruleY)
    .lineWidth(0.8)
    .strokeOpacity(1)
    .stroke(palette.art);
  doc.restore();
  const top = ruleY + cell * 0.2;
  return {
    textBox: rect(safe.x, top, safe.width, safe.y + safe.height - top),
    textAlign: 'middle',
    textColour: palette.ink,
  };
};
