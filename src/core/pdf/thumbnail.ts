/**
 * The design picker's thumbnails: a one-page PDF of a card front alone (the art and a line of
 * text), the size of the quarter-fold card's front, drawn by the same code as the card. The desk
 * renders it with pdf.js, so the picker shows exactly what prints.
 */
import { DEFAULT_DESIGN, DESIGNS, PALETTES, type DesignChoice } from './designs/catalog';
import { drawFrontArt } from './designs';
import { addPage, openDocument } from './document';
import { loadFonts } from './fonts';
import { centredOn, insetAll, rect } from './geometry';
import { drawSetText, fitText } from './text';
import { theme } from './theme';
import type { Paper } from '../types';

export interface ThumbnailOptions {
  /** The front text shown on it (default "Thinking of you"). */
  text?: string;
  paper?: Paper;
  fontsDir?: string;
  creationDate?: Date;
}

export async function renderDesignFront(
  choice: DesignChoice = DEFAULT_DESIGN,
  options: ThumbnailOptions = {},
): Promise<Uint8Array> {
  const text = options.text ?? 'Thinking of you';
  const sheet = theme.paper[options.paper ?? 'letter'];
  const size = { width: sheet.width / 2, height: sheet.height / 2 };
  const fonts = await loadFonts(options.fontsDir, text);
  const title = `${DESIGNS[choice.design].name}, ${PALETTES[choice.palette].name}`;
  const { doc, finish } = openDocument(
    { title, author: '', subject: 'Card front', creationDate: options.creationDate ?? new Date(0) },
    fonts,
    { duplex: 'simplex' },
  );
  addPage(doc, size);
  const area = rect(0, 0, size.width, size.height);
  // The same margins as the card front: the sheet's printer margin on every side.
  const safe = centredOn(size, insetAll(area, theme.printableInset));
  const art = drawFrontArt(doc, { area, safe }, choice);
  const set = fitText(
    fonts,
    { ...theme.card.front, colour: art.textColour },
    text,
    art.textBox,
    { part: 'The front text', piece: 'card' },
    [],
    { balance: true },
  );
  drawSetText(doc, set, art.textBox, art.textAlign);
  return finish();
}
