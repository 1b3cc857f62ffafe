import type { RenderedDocument } from '../templates/types';
import type { Layout, Paper } from '../types';

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
}

export interface PdfResult {
  bytes: Uint8Array;
  pages: number;
  /** Things the writer should know that did not stop the export (an emoji dropped, text shrunk). */
  warnings: string[];
}

export type ExportPdf = (doc: RenderedDocument, options: PdfOptions) => Promise<PdfResult>;
