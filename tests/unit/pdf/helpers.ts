/** Builds rendered documents by hand and reads PDFs back with pdf.js, as a viewer would. */
import { execFileSync } from 'node:child_process';
import { inflateSync } from 'node:zlib';
import { getDocument, OPS } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { TextItem } from 'pdfjs-dist/types/src/display/api';
import { documentFromBlocks } from '../../../src/core/pdf/documentFromBlocks';
import type { RenderedDocument } from '../../../src/core/templates/types';
import type { Kind } from '../../../src/core/types';

export const FIXED_DATE = new Date('2026-02-14T09:30:00Z');

export function makeDoc(
  kind: Kind,
  blocks: Record<string, string>,
  names: { sender?: string; recipient?: string; title?: string } = {},
): RenderedDocument {
  return { ...documentFromBlocks(kind, blocks, names), templateId: `test-${kind}` };
}

export function card(inside: string, front = 'Thinking of you', back = 'Sent with good wishes'): RenderedDocument {
  return makeDoc('card', { front, inside, back });
}

export function letter(body: string, sender = 'Elena'): RenderedDocument {
  return makeDoc('letter', { body }, { sender, title: 'A letter' });
}

/** A text item as pdf.js reports it, in PDF space (origin bottom left, y up). */
export interface PlacedText {
  str: string;
  x: number;
  y: number;
  width: number;
  /** Text matrix [a, b, c, d]: a > 0 and d > 0 upright, a < 0 and d < 0 turned 180 degrees. */
  a: number;
  b: number;
  c: number;
  d: number;
}

export interface ReadPage {
  width: number;
  height: number;
  items: PlacedText[];
  text: string;
}

export interface ReadPdf {
  pages: ReadPage[];
  info: Record<string, unknown>;
}

export async function readPdf(bytes: Uint8Array): Promise<ReadPdf> {
  // pdf.js may take ownership of the buffer it is given, so it gets a copy.
  const pdf = await getDocument({ data: bytes.slice(), useSystemFonts: false, disableFontFace: true, verbosity: 0 })
    .promise;
  const pages: ReadPage[] = [];
  for (let n = 1; n <= pdf.numPages; n++) {
    const page = await pdf.getPage(n);
    const [x0 = 0, y0 = 0, x1 = 0, y1 = 0] = page.view;
    const content = await page.getTextContent();
    const items = content.items
      .filter((i): i is TextItem => 'str' in i && i.str.trim() !== '')
      .map((i) => {
        const [a = 0, b = 0, c = 0, d = 0, x = 0, y = 0] = i.transform as number[];
        return { str: i.str, x, y, width: i.width, a, b, c, d };
      });
    pages.push({ width: x1 - x0, height: y1 - y0, items, text: items.map((i) => i.str).join(' ') });
  }
  const meta = await pdf.getMetadata();
  await pdf.destroy();
  return { pages, info: meta.info as Record<string, unknown> };
}

/** Items whose text contains `needle`. */
export function find(page: ReadPage, needle: string): PlacedText[] {
  return page.items.filter((i) => i.str.includes(needle));
}

/** The subset font names embedded in the file ("ABCDEF+Caveat-Regular" -> "Caveat-Regular"). */
export function embeddedFonts(bytes: Uint8Array): string[] {
  const raw = Buffer.from(bytes).toString('latin1');
  const names = [...raw.matchAll(/\/BaseFont\s*\/[A-Z]{6}\+([A-Za-z0-9-]+)/g)].map((m) => m[1] ?? '');
  const files = raw.match(/\/FontFile2\s/g)?.length ?? 0;
  return files > 0 ? [...new Set(names)].sort() : [];
}

export function words(n: number, word = 'lilac'): string {
  return Array.from({ length: n }, () => word).join(' ');
}

/** How many dashed strokes (fold guides, write-on lines) each page draws. */
export async function dashedStrokes(bytes: Uint8Array): Promise<number[]> {
  const pdf = await getDocument({ data: bytes.slice(), verbosity: 0 }).promise;
  const counts: number[] = [];
  for (let n = 1; n <= pdf.numPages; n++) {
    const ops = await (await pdf.getPage(n)).getOperatorList();
    counts.push(
      ops.fnArray.filter((fn, i) => {
        const dash = ops.argsArray[i] as [number[], number] | undefined;
        return fn === OPS.setDash && (dash?.[0]?.length ?? 0) > 0;
      }).length,
    );
  }
  await pdf.destroy();
  return counts;
}

/**
 * The text poppler's pdftotext extracts (it reads ActualText and orders right-to-left runs), bidi marks removed, spaces
 * collapsed.
 */
export function pdftotext(bytes: Uint8Array): string {
  const out = execFileSync('pdftotext', ['-enc', 'UTF-8', '-', '-'], { input: Buffer.from(bytes), encoding: 'utf8' });
  return out.replace(/[\u200E\u200F\u202A-\u202E\u2066-\u2069]/g, '').replace(/\s+/g, ' ');
}

/** Every stream of the file, inflated where it is compressed (content streams, for colours and operators). */
export function inflatedStreams(bytes: Uint8Array): string {
  const buffer = Buffer.from(bytes);
  const raw = buffer.toString('latin1');
  const out: string[] = [];
  for (const m of raw.matchAll(/stream\r?\n/g)) {
    const start = m.index + m[0].length;
    const end = raw.indexOf('endstream', start);
    try {
      out.push(inflateSync(buffer.subarray(start, end)).toString('latin1'));
    } catch {
      out.push(raw.slice(start, end));
    }
  }
  return out.join('\n');
}
