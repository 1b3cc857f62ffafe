/**
 * exportPdf: a rendered document and layout options in, PDF bytes out. A pure function of its inputs (and the font
 * files).
 */
import { OliveError } from '../errors';
import { layoutProblem } from '../pieces/layouts';
import type { RenderedDocument } from '../templates/types';
import { LAYOUTS, PAPERS, type Layout } from '../types';
import type { LayoutContext } from './context';
import { documentFromBlocks } from './documentFromBlocks';
import { DESIGN_IDS, PALETTE_IDS } from './designs/catalog';
import { openDocument, type PdfMeta, type PrintSettings } from './document';
import { loadFonts } from './fonts';
import { layoutEnvelope } from './layouts/envelope';
import { layoutHalfFold } from './layouts/halfFold';
import { layoutLetter } from './layouts/letter';
import { layoutNote } from './layouts/note';
import { layoutQuarterFold } from './layouts/quarterFold';
import { PRINT_TIP, type ExportPdf, type PdfOptions, type PdfResult } from './types';

export { PRINT_TIP };

const LAYOUT_FUNCTIONS: Record<Layout, (ctx: LayoutContext) => void> = {
  'quarter-fold': layoutQuarterFold,
  'half-fold': layoutHalfFold,
  note: layoutNote,
  letter: layoutLetter,
  envelope: layoutEnvelope,
};

const PIECE_NAMES: Record<Layout, string> = {
  'quarter-fold': 'Quarter-fold card',
  'half-fold': 'Half-fold card',
  note: 'Note',
  letter: 'Letter',
  envelope: 'Envelope',
};

/** Only the half-fold card is printed on both sides. */
const PRINT_SETTINGS: Record<Layout, PrintSettings> = {
  'quarter-fold': { duplex: 'simplex' },
  'half-fold': { duplex: 'flip-short-edge' },
  note: { duplex: 'simplex' },
  letter: { duplex: 'simplex' },
  envelope: { duplex: 'simplex' },
};

export function pdfMeta(source: RenderedDocument, options: PdfOptions): PdfMeta {
  const to = source.recipient.trim();
  return {
    title: source.title,
    author: source.sender.trim(),
    subject: to ? `${PIECE_NAMES[options.layout]} for ${to}` : PIECE_NAMES[options.layout],
    creationDate: options.creationDate ?? new Date(),
  };
}

function checkOptions(source: RenderedDocument, options: PdfOptions): void {
  if (!(LAYOUTS as readonly string[]).includes(options.layout))
    throw new OliveError('pdf/layout', `unknown layout "${options.layout}" (known: ${LAYOUTS.join(', ')})`);
  if (!(PAPERS as readonly string[]).includes(options.paper))
    throw new OliveError('pdf/paper', `unknown paper "${options.paper}" (known: ${PAPERS.join(', ')})`);
  const problem = layoutProblem(source.kind, options.layout);
  if (problem) throw new OliveError('pdf/layout-unsuited', problem);
  const design = options.design;
  if (
    design &&
    (!(DESIGN_IDS as readonly string[]).includes(design.design) ||
      !(PALETTE_IDS as readonly string[]).includes(design.palette))
  ) {
    throw new OliveError('pdf/design', `unknown design "${design.design}:${design.palette}"`);
  }
}

/** Every string the layout may set, so the fonts for its scripts are loaded (and no others). */
function textsToSet(source: RenderedDocument, options: PdfOptions): string {
  return [
    source.text,
    ...source.blocks.map((b) => b.text),
    source.sender,
    source.recipient,
    options.addresses?.recipient ?? '',
    options.addresses?.sender ?? '',
  ].join('\n');
}

export const exportPdf: ExportPdf = async (source, options): Promise<PdfResult> => {
  checkOptions(source, options);
  const fonts = await loadFonts(options.fontsDir, textsToSet(source, options));
  const { doc, finish } = openDocument(pdfMeta(source, options), fonts, PRINT_SETTINGS[options.layout]);
  const ctx: LayoutContext = { doc, fonts, source, options, warnings: [], instructions: [PRINT_TIP], pages: 0 };
  LAYOUT_FUNCTIONS[options.layout](ctx);
  const bytes = await finish();
  return { bytes, pages: ctx.pages, warnings: [...new Set(ctx.warnings)], instructions: ctx.instructions };
};

/**
 * Reads and parses the fonts and sets one small card, so the first real export or preview does
 * not pay for it (about 200 ms cold). Call it once at start-up, without awaiting if you like.
 */
export async function warmUpPdf(fontsDir?: string): Promise<void> {
  const sample = 'Hi, “thinking of you” — José, Zoë, Łukasz.';
  const source = documentFromBlocks(
    'card',
    { front: sample, inside: sample, back: sample },
    { sender: 'A', recipient: 'B', title: 'Warm-up' },
  );
  await exportPdf(source, {
    layout: 'quarter-fold',
    paper: 'letter',
    creationDate: new Date(0),
    ...(fontsDir ? { fontsDir } : {}),
  });
}
