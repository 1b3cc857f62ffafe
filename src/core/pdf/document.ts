/** One pdfkit document with the shared fonts registered, metadata set and its bytes collected. */
import PDFDocument from 'pdfkit';
import type { FontSet } from './fonts';
import type { Size } from './theme';

export interface PdfMeta {
  title: string;
  author: string;
  subject: string;
  /** Fixed for byte-stable output; pdfkit derives the document id from it, so no random id remains. */
  creationDate: Date;
}

export interface OpenDocument {
  doc: PDFKit.PDFDocument;
  /** Ends the document and resolves with its bytes. */
  finish: () => Promise<Uint8Array>;
}

const PRODUCER = 'Olive Branch (PDFKit)';

export function openDocument(meta: PdfMeta, fonts: FontSet): OpenDocument {
  const doc = new PDFDocument({
    autoFirstPage: false,
    margin: 0,
    compress: true,
    displayTitle: true,
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
  for (const face of Object.values(fonts)) {
    // pdfkit takes an already parsed fontkit font in place of bytes (its types only list bytes and
    // paths); passing the shared object is what keeps exports from re-parsing the TTF each time.
    doc.registerFont(face.name, face.font as unknown as PDFKit.Mixins.PDFFontSource);
    shareLayoutCache(doc, face);
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

/** Shaped words kept across documents, per face; dropped when they grow past this many. */
const MAX_SHAPED_WORDS = 20_000;
const shapedWords = new WeakMap<object, { cache: Record<string, unknown>; checkedAt: number }>();

/**
 * pdfkit shapes every word again for each document (its cache lives on the per-document font
 * object), which for Caveat's contextual alternates is half the cost of a card. The shaped runs
 * depend only on the font and the word, so one cache per parsed font is handed to every document.
 * If a pdfkit update renames these internals, this quietly does nothing and exports are slower.
 */
function shareLayoutCache(doc: PDFKit.PDFDocument, face: FontSet[keyof FontSet]): void {
  doc.font(face.name);
  const embedded = (doc as unknown as EmbeddedFontInternals)._font;
  if (!embedded || embedded.font !== face.font || typeof embedded.layoutCache !== 'object') return;
  let entry = shapedWords.get(face.font);
  if (!entry || (entry.checkedAt++ % 64 === 0 && Object.keys(entry.cache).length > MAX_SHAPED_WORDS)) {
    entry = { cache: Object.create(null) as Record<string, unknown>, checkedAt: 1 };
    shapedWords.set(face.font, entry);
  }
  embedded.layoutCache = entry.cache;
}

export function addPage(doc: PDFKit.PDFDocument, size: Size): void {
  doc.addPage({ size: [size.width, size.height], margin: 0 });
}
