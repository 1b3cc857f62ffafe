/**
 * Envelope, printed directly on the envelope: return address at the top left, recipient in the
 * lower middle where postal scanners look, the bottom strip left clear for the post office's
 * barcode. A missing address leaves the name with faint lines to write the address by hand.
 */
import { OliveError } from '../../errors';
import { defaultLayout as defaultPieceLayout } from '../../pieces/layouts';
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
  const layout =
    pieceLayout && pieceLayout !== 'envelope'
      ? pieceLayout
      : kind === 'card'
        ? 'quarter-fold'
        : kind === 'note'
          ? 'note'
          : 'letter';
  if (layout === 'half-fold') return a4 ? 'c5' : 'a9';
  if (layout === 'quarter-fold' || layout === 'note') return a4 ? 'c6' : 'a2';
  return a4 ? 'dl' : 'no10';
}

/** The folded piece's size: what has to go into the envelope. */
export function foldedSize(layout: Layout, paper: Paper): Size {
  const sheet = theme.paper[paper];
  if (layout === 'quarter-fold') return { width: sheet.width / 2, height: sheet.height / 2 };
  if (layout === 'half-fold') return { width: sheet.height / 2, height: sheet.width };
  if (layout === 'note') return theme.note.size[paper];
  // A letter is folded in thirds.
  return { width: sheet.width, height: sheet.height / 3 };
}

/** Whether the folded piece slides into the envelope (with a little room to spare), either way round. */
export function envelopeFits(layout: Layout, paper: Paper, envelope: EnvelopeSize): boolean {
  const piece = foldedSize(layout, paper);
  const env = theme.envelope.sizes[envelope];
  const room = theme.envelope.room;
  const fits = (w: number, h: number): boolean =>
    w + room <= Math.max(env.width, env.height) && h + room <= Math.min(env.width, env.height);
  return fits(Math.max(piece.width, piece.height), Math.min(piece.width, piece.height));
}

function inches(points: number): string {
  return (points / 72).toFixed(2).replace(/\.?0+$/, '');
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
function drawAddress(
  ctx: LayoutContext,
  box: Rect,
  style: TextStyle,
  name: string,
  address: string | undefined,
  part: string,
): void {
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
  const piece =
    ctx.options.pieceLayout && ctx.options.pieceLayout !== 'envelope'
      ? ctx.options.pieceLayout
      : defaultPieceLayout(ctx.source.kind);
  const envelope = ctx.options.envelope ?? envelopeFor(ctx.source.kind, ctx.options.paper, ctx.options.pieceLayout);
  if (!envelopeFits(piece, ctx.options.paper, envelope)) {
    const size = foldedSize(piece, ctx.options.paper);
    throw new OliveError(
      'pdf/envelope-too-small',
      `a ${piece} piece folds to ${inches(size.width)} x ${inches(size.height)} in and does not fit a ` +
        `${ENVELOPE_LABELS[envelope]} envelope; choose ${envelopeFor(ctx.source.kind, ctx.options.paper, piece)}`,
    );
  }
  const anchors = envelopeAnchors(envelope);
  const addresses = ctx.options.addresses ?? {};
  newPage(ctx, anchors.size);
  drawAddress(ctx, anchors.sender, theme.envelope.sender, ctx.source.sender, addresses.sender, 'return address');
  drawAddress(
    ctx,
    anchors.recipient,
    theme.envelope.recipient,
    ctx.source.recipient,
    addresses.recipient,
    'recipient address',
  );
  ctx.instructions.push(`Envelope: ${ENVELOPE_LABELS[envelope]}. Try the feed direction on a plain sheet first.`);
}
