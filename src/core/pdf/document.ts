/** One pdfkit document with the shared fonts registered, metadata and print settings set, and its bytes collected. */
import PDFDocument from 'pdfkit';
import { fontsOf, type FontSet, type LoadedFont } from './fonts';
import type { Size } from './theme';

export interface PdfMeta {
  title: string;
  author: string;
  subject: string;
  /** Fixed for byte-stable output; pdfkit derives the document id from it, so no random id remains. */
  creationDate: Date;
}

/**
 * What the print dialog should default to: actual size always (a card folds right only at its
 * real size); a two-sided piece flips on the short edge, everything else prints one-sided.
 */
export interface PrintSettings {
  duplex: 'simplex' | 'flip-short-edge';
}

export interface OpenDocument {
  doc: PDFKit.PDFDocument;
  /** Ends the document and resolves with its bytes. */
  finish: () => Promise<Uint8Array>;
}

const PRODUCER = 'Olive Branch (PDFKit)';

/** pdfkit internals for the document catalogue (not in its typings). */
interface DocumentInternals {
  _root: { data: Record<string, unknown> };
  ref: (data: Record<string, unknown>) => unknown;
}

/** Viewer preferences: PrintScaling None ("actual size"), the duplex mode, and the title in the window bar. */
function setPrintSettings(doc: PDFKit.PDFDocument, print: PrintSettings): void {
  const internals = doc as unknown as DocumentInternals;
  // pdfkit writes plain strings as PDF names (/None), and ends this object with the document.
  internals._root.data.ViewerPreferences = internals.ref({
    DisplayDocTitle: true,
    PrintScaling: 'None',
    Duplex: print.duplex === 'simplex' ? 'Simplex' : 'DuplexFlipShortEdge',
  });
}

export function openDocument(meta: PdfMeta, fonts: FontSet, print: PrintSettings): OpenDocument {
  const doc = new PDFDocument({
    autoFirstPage: false,
    margin: 0,
    compress: true,
    displayTitle: false,
    // No default Helvetica: every word is set in the theme's embedded faces.
    font: null as unknown as string,
    info: {
      Title: meta.title,
      ...(meta.author ? { Author: meta.author } : {}),
      Subject: meta.subject,
      Creator: 'Olive Branch',
      Producer: PRODUCER,
      CreationDate: meta.creationDate,
      ModDate: meta.creationDate,
    },
  });
  setPrintSettings(doc, print);
  for (const font of fontsOf(fonts)) {
    // pdfkit takes an already parsed fontkit font in place of bytes (its types only list bytes and
    // paths); passing the shared object is what keeps exports from re-parsing the TTF each time.
    doc.registerFont(font.id, font.font as unknown as PDFKit.Mixins.PDFFontSource);
  }
  const chunks: Buffer[] = [];
  const done = new Promise<Uint8Array>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => {
      const all = Buffer.concat(chunks);
      resolve(new Uint8Array(all.buffer, all.byteOffset, all.byteLength));
    });
    doc.on('error', reject);
  });
  return {
    doc,
    finish: () => {
      doc.end();
      return done;
    },
  };
}

/** pdfkit's embedded font, as far as the shared layout cache needs it (not part of its typings). */
interface EmbeddedFontInternals {
  _font?: { layoutCache?: Record<string, unknown>; font?: unknown };
}

/** Shaped words kept across documents, per font; dropped when they grow past this many. */
const MAX_SHAPED_WORDS = 20_000;
const shapedWords = new WeakMap<object, { cache: Record<string, unknown>; checkedAt: number }>();
const sharedIn = new WeakMap<PDFKit.PDFDocument, Set<string>>();

/**
 * Selects a font for drawing. On its first use in a document, the font gets the shared cache of
 * shaped words: pdfkit shapes every word again for each document (its cache lives on the
 * per-document font object), which for Caveat's contextual alternates is half the cost of a card.
 * The shaped runs depend only on the font and the word. If a pdfkit update renames these
 * internals, this quietly does nothing and exports are slower. Only fonts that draw something are
 * selected, so only they are embedded.
 */
export function useFont(doc: PDFKit.PDFDocument, font: LoadedFont): void {
  doc.font(font.id);
  let shared = sharedIn.get(doc);
  if (!shared) {
    shared = new Set();
    sharedIn.set(doc, shared);
  }
  if (shared.has(font.id)) return;
  shared.add(font.id);
  const embedded = (doc as unknown as EmbeddedFontInternals)._font;
  if (!embedded || embedded.font !== font.font || typeof embedded.layoutCache !== 'object') return;
  let entry = shapedWords.get(font.font);
  if (!entry || (entry.checkedAt++ % 64 === 0 && Object.keys(entry.cache).length > MAX_SHAPED_WORDS)) {
    entry = { cache: Object.create(null) as Record<string, unknown>, checkedAt: 1 };
    shapedWords.set(font.font, entry);
  }
  embedded.layoutCache = entry.cache;
}

export function addPage(doc: PDFKit.PDFDocument, size: Size): void {
  doc.addPage({ size: [size.width, size.height], margin: 0 });
}
