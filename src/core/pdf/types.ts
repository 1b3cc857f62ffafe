import type { RenderedDocument } from '../templates/types';
import type { Layout, Paper } from '../types';
import type { DesignChoice } from './designs/catalog';

/**
 * Shown in the app and printed by the CLI with every export (this file has no Node imports, so the renderer may use
 * it).
 */
export const PRINT_TIP = 'Print at actual size, not fit to page.';

/** Envelope sizes the envelope layout knows (see theme.envelope.sizes). */
export const ENVELOPE_SIZES = ['a2', 'c6', 'no10', 'dl', 'a9', 'c5'] as const;
export type EnvelopeSize = (typeof ENVELOPE_SIZES)[number];

/** Layout options for exportPdf (src/core/pdf). */
export interface PdfOptions {
  layout: Layout;
  paper: Paper;
  /** Light dotted fold guides on folded layouts. Default true. */
  foldGuides?: boolean;
  /** Envelope addresses (layout "envelope"); multi-line strings. */
  addresses?: { recipient?: string; sender?: string };
  /** For byte-stable output in tests: fixed CreationDate/ModDate and no random ids. */
  creationDate?: Date;
  /**
   * Folder holding the TTF files named in fonts/catalog.ts. Defaults to resources/fonts/ of the project
   * (found by walking up from this module); the packaged Electron app passes its own resources path.
   */
  fontsDir?: string;
  /** Layout "envelope": which envelope. Default: the one that fits the piece (see envelopeFor). */
  envelope?: EnvelopeSize;
  /**
   * Layout "envelope": how the piece it will hold is printed (a draft's layout.fold). A half-fold
   * card needs a larger envelope than a quarter-fold one; without this, the piece's kind decides.
   */
  pieceLayout?: Layout;
  /** The card's front design and palette. Default: the olive branch in sage. */
  design?: DesignChoice;
}

export interface PdfResult {
  bytes: Uint8Array;
  pages: number;
  /** Things the writer should know that did not stop the export (an emoji dropped, text shrunk). */
  warnings: string[];
  /** How to print and fold this piece (actual size, duplex edge, fold order), for the app and CLI. */
  instructions?: string[];
}

export type ExportPdf = (doc: RenderedDocument, options: PdfOptions) => Promise<PdfResult>;
