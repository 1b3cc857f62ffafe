/** A quiet pattern of quarter circles, half circles and dots in a band above the words, with a fine rule. */
import { rect } from '../../geometry';
import { seeded, type FrontArt } from './shapes';

export const geometric: FrontArt = (doc, { safe }, palette) => {
  const random = seeded(5);
  const cols = 5;
  const cell = safe.width / cols;
  const rows = Math.max(2, Math.floor((safe.height * 0.5) / cell));
  const colours = [palette.tint2, palette.art, palette.accent, palette.tint2];
  doc.save();
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      const x = safe.x + c * cell;
      const y = safe.y + r * cell;
      const kind = Math.floor(random() * 4);
      const colour = colours[(r + c * 2 + kind) % colours.length] ?? palette.art;
      const turn = Math.floor(random() * 4) * 90;
      const pad = cell * 0.08;
      doc.save().rotate(turn, { origin: [x + cell / 2, y + cell / 2] });
      const s = cell - 2 * pad;
      const x0 = x + pad;
      const y0 = y + pad;
      if (kind === 0) doc.moveTo(x0, y0).lineTo(x0 + s, y0).bezierCurveTo(x0 + s, y0 + s * 0.55, x0 + s * 0.55, y0 + s, x0, y0 + s).closePath().fillOpacity(colour === palette.art ? 0.8 : 1).fill(colour);
      else if (kind === 1) doc.moveTo(x0, y0 + s).bezierCurveTo(x0, y0 + s * 0.45, x0 + s * 0.22, y0 + s * 0.5, x0 + s / 2, y0 + s * 0.5).bezierCurveTo(x0 + s * 0.78, y0 + s * 0.5, x0 + s, y0 + s * 0.45, x0 + s, y0 + s).closePath().fillOpacity(0.9).fill(colour);
      else if (kind === 2) doc.circle(x + cell / 2, y + cell / 2, s * 0.22).fillOpacity(1).fill(palette.accent);
      else doc.rect(x0 + s * 0.2, y0 + s * 0.2, s * 0.6, s * 0.6).lineWidth(Math.max(0.8, cell * 0.02)).strokeOpacity(1).stroke(palette.art);
      doc.restore();
    }
  }
  const ruleY = safe.y + rows * cell + cell * 0.3;
  doc.moveTo(safe.x + safe.width * 0.3, ruleY).lineTo(safe.x + safe.width * 0.7, ruleY).lineWidth(0.8).strokeOpacity(1).stroke(palette.art);
  doc.restore();
  const top = ruleY + cell * 0.2;
  return { textBox: rect(safe.x, top, safe.width, safe.y + safe.height - top), textAlign: 'middle', textColour: palette.ink };
};
