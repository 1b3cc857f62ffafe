/** What every layout function receives, and the helpers they share for getting at the text. */
import type { RenderedDocument } from '../templates/types';
import { addPage } from './document';
import type { FontSet } from './fonts';
import { cleanText } from './sanitize';
import type { FaceName, Size } from './theme';
import type { PdfOptions } from './types';

export interface LayoutContext {
  doc: PDFKit.PDFDocument;
  fonts: FontSet;
  source: RenderedDocument;
  options: PdfOptions;
  /** Collected into PdfResult.warnings. */
  warnings: string[];
  /** Collected into PdfResult.instructions (after the printing tip). */
  instructions: string[];
  pages: number;
}

export function newPage(ctx: LayoutContext, size: Size): void {
  addPage(ctx.doc, size);
  ctx.pages++;
}

export function blockText(source: RenderedDocument, id: string): string | undefined {
  return source.blocks.find((b) => b.id === id)?.text;
}

/** The running text of a letter or note: its "body" block, or every block in order when there is none. */
export function bodyText(source: RenderedDocument): string {
  return blockText(source, 'body') ?? source.blocks.map((b) => b.text).join('\n\n');
}

/** Text made printable with a face; what had to go is reported as a warning naming `where`. */
export function printable(ctx: LayoutContext, raw: string, face: FaceName, where: string): string {
  const { text, warnings } = cleanText(raw, ctx.fonts[face], where);
  ctx.warnings.push(...warnings);
  return text;
}

export function foldGuidesWanted(ctx: LayoutContext): boolean {
  return ctx.options.foldGuides !== false;
}
