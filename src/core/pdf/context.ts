/** What every layout function receives, and the helpers they share for getting at the text. */
import type { RenderedDocument } from '../templates/types';
import { addPage } from './document';
import type { FontSet } from './fonts';
import { normaliseText } from './text';
import type { Size } from './theme';
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

/**
 * Text as it will be set (NFC, tidy spaces and blank lines); every character is drawn or named in an error when set.
 */
export function printable(raw: string): string {
  return normaliseText(raw);
}

export function foldGuidesWanted(ctx: LayoutContext): boolean {
  return ctx.options.foldGuides !== false;
}
