/**
 * Envelope, printed directly on the envelope: return address at the top left, recipient in the
 * lower middle where postal scanners look, the bottom strip left clear for the post office's
 * barcode. A missing address leaves the name with faint lines to write the address by hand.
 */
import type { Kind, Layout, Paper } from '../../types';
import { newPage, printable, type LayoutContext } from '../context';
import { landscape, rect, type Rect } from '../geometry';
import { writeOnLines } from '../guides';
import { drawSetText, fitText } from '../text';
import { theme, type Size, type TextStyle } from '../theme';
import type { EnvelopeSize } from '../types';

export const ENVELOPE_LABELS: Record<EnvelopeSize, string> = {
  a2: 'A2 (4 3/8 x 5 3/4 in)',
  c6: 'C6 (114 x 162 mm)',
  no10: '#10 (4 1/8 x 9 1/2 in)',
  dl: 'DL (110 x 220 mm)',
  a9: 'A9 (5 3/4 x 8 3/4 in)',
  c5: 'C5 (162 x 229 mm)',
};

/**
 * The envelope a piece goes in: a quarter-fold card or a note in the card envelope (A2 / C6), a
 * half-fold card in the next size up (A9 / C5), a letter folded in thirds in #10 / DL.
 */
export function envelopeFor(kind: Kind, paper: Paper, pieceLayout?: Layout): EnvelopeSize {
  const a4 = paper === 'a4';
  const layout = pieceLayout && pieceLayout !== 'envelope' ? pieceLayout : kind === 'card' ? 'quarter-fold' : kind === 'note' ? 'note' : 'letter';
  if (layout === 'half-fold') return a4 ? 'c5' : 'a9';
  if (layout === 'quarter-fold' || layout === 'note') return a4 ? 'c6' : 'a2';
  return a4 ? 'dl' : 'no10';
}

export interface EnvelopeAnchors {
  size: Size;
  sender: Rect;
  recipient: Rect;
}

export function envelopeAnchors(envelope: EnvelopeSize): EnvelopeAnchors {
  const size = landscape(theme.envelope.sizes[envelope]);
  const e = theme.envelope;
  const inset = theme.printableInset;
  const left = size.width * e.recipientLeft;
  const top = size.height * e.recipientTop;
  const bottom = size.height - Math.max(e.barcodeClearZone, inset);
  return {
    size,
    sender: rect(inset, inset, size.width * e.senderMaxWidth - inset, top - inset),
    recipient: rect(left, top, size.width - inset - left, bottom - top),
  };
}

/** Name and address, or the name alone with lines to write the address on. */
function drawAddress(ctx: LayoutContext, box: Rect, style: TextStyle, name: string, address: string | undefined, part: string): void {
  const cleanName = printable(name);
  const cleanAddress = printable(address ?? '');
  // An address that already starts with the name (as a draft's address often does) is not given it twice.
  const firstLine = cleanAddress.split('\n')[0]?.toLowerCase() ?? '';
  const nameShown = cleanName !== '' && firstLine.includes(cleanName.toLowerCase());
  const text = [nameShown ? '' : cleanName, cleanAddress].filter((t) => t !== '').join('\n');
  if (text === '') return;
  const set = fitText(ctx.fonts, style, text, box, { part: `The ${part}`, piece: 'envelope' }, ctx.warnings);
  const bottom = drawSetText(ctx.doc, set, box, 'top');
  if (cleanAddress === '') {
    const gap = Math.min(theme.envelope.writeOnGap, (box.y + box.height - bottom) / theme.envelope.writeOnLines);
    writeOnLines(ctx.doc, box.x, bottom - gap * 0.25, box.width, theme.envelope.writeOnLines, gap);
  }
}

export function layoutEnvelope(ctx: LayoutContext): void {
  const envelope = ctx.options.envelope ?? envelopeFor(ctx.source.kind, ctx.options.paper, ctx.options.pieceLayout);
  const anchors = envelopeAnchors(envelope);
  const addresses = ctx.options.addresses ?? {};
  newPage(ctx, anchors.size);
  drawAddress(ctx, anchors.sender, theme.envelope.sender, ctx.source.sender, addresses.sender, 'return address');
  drawAddress(ctx, anchors.recipient, theme.envelope.recipient, ctx.source.recipient, addresses.recipient, 'recipient address');
  ctx.instructions.push(`Envelope: ${ENVELOPE_LABELS[envelope]}. Try the feed direction on a plain sheet first.`);
}
