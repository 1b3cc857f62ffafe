/** Just the words: a fine double frame, and a small diamond ornament above and below the text. */
import { insetAll } from '../../geometry';
import type { FrontArt } from './shapes';

export const typographic: FrontArt = (doc, { safe }, palette) => {
  const gap = Math.min(safe.width, safe.height) * 0.035;
  const outer = insetAll(safe, gap);
  const inner = insetAll(outer, gap * 0.6);
  doc.save();
  doc.rect(outer.x, outer.y, outer.width, outer.height).lineWidth(1).strokeOpacity(1).stroke(palette.art);
  doc.rect(inner.x, inner.y, inner.width, inner.height).lineWidth(0.4).stroke(palette.art);
  const cx = inner.x + inner.width / 2;
  const d = gap * 0.9;
  for (const cy of [inner.y + inner.height * 0.22, inner.y + inner.height * 0.78]) {
    doc
      .moveTo(cx - inner.width * 0.18, cy)
      .lineTo(cx - d * 1.8, cy)
      .moveTo(cx + d * 1.8, cy)
      .lineTo(cx + inner.width * 0.18, cy)
      .lineWidth(0.6)
      .stroke(palette.art);
    doc
      .polygon([cx, cy - d], [cx + d, cy], [cx, cy + d], [cx - d, cy])
      .fillOpacity(1)
      .fill(palette.accent);
  }
  doc.restore();
  const textBox = insetAll(inner, gap * 1.2);
  return {
    textBox: { ...textBox, y: inner.y + inner.height * 0.28, height: inner.height * 0.44 },
    textAlign: 'middle',
    textColour: palette.ink,
  };
};
