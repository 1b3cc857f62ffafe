/**
 * Font loading, kept warm: each TTF is read and parsed once per fonts folder and the parsed fontkit
 * object is handed to every later document (pdfkit accepts it in place of bytes). A document loads
 * its two primary faces and only the fallback faces its text needs (the 17 MB of CJK faces stay
 * on disk for a Latin card). Widths are cached per font, in 1/1000 em, so fitting text at several
 * sizes measures each word once. Module state is only these caches: safe in a worker thread.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as fontkit from 'fontkit';
import { OliveError } from '../../errors';
import type { FaceName } from '../theme';
import { graphemesOf } from '../text/graphemes';
import { FALLBACK_FONTS, inRanges, PRIMARY_FONTS, type FontFile } from './catalog';

/** One parsed font file. */
export interface LoadedFont {
  /** Name it is registered under in each PDF document. */
  id: string;
  font: fontkit.Font;
  /** In 1/1000 em (descent negative). */
  ascent: number;
  descent: number;
  capHeight: number;
  covers: (codePoint: number) => boolean;
  /** Advance width of a string in 1/1000 em, shaped as pdfkit will shape it (kerning, ligatures). */
  advance: (text: string) => number;
  /** Whether this font draws the whole grapheme cluster (every visible code point, and shaping does not fail). */
  draws: (cluster: string) => boolean;
  /** A general fallback: a word the primary cannot draw whole is set in it throughout. */
  wholeWords: boolean;
}

/** A primary face with the fallback fonts loaded for the current document, in the order they are tried. */
export interface Face {
  name: FaceName;
  primary: LoadedFont;
  fallbacks: readonly LoadedFont[];
  /** The primary font's, in 1/1000 em. */
  ascent: number;
  descent: number;
  /** The primary font's width of a string in 1/1000 em (for text known to be in its range, such as "2 of 3"). */
  advance: (text: string) => number;
  /** Whether the primary font has this code point. */
  covers: (codePoint: number) => boolean;
  /** The size a fallback font is set at, relative to the primary's size, so capitals of both look alike. */
  scaleOf: (font: LoadedFont) => number;
}

export type FontSet = Record<FaceName, Face>;

const FONTS_SUBDIR = join('resources', 'fonts');
/** Cap height shared by the Noto faces, in 1/1000 em. */
const NOTO_CAP_HEIGHT = 714;
/** Word widths are cached per font; a cap keeps a long-running app from growing without bound. */
const MAX_CACHED_WIDTHS = 20_000;
/** Code points that change how neighbours are drawn but have no glyph of their own. */
export const IGNORABLE =
  // eslint-disable-next-line no-misleading-character-class -- single code points (selectors, joiners), not clusters
  /[\u00AD\u034F\u180B-\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\uFE00-\uFE0F\u{E0000}-\u{E0FFF}]/u;

/**
 * resources/fonts/ of the project: the nearest ancestor of this module that has one. Works from
 * src/core/pdf (tests, tsx), from a bundled CLI in dist/ and from electron-vite's out/ in development.
 * A packaged app keeps resources elsewhere and passes PdfOptions.fontsDir.
 */
export function defaultFontsDir(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const candidate = join(dir, FONTS_SUBDIR);
    if (existsSync(join(candidate, PRIMARY_FONTS.book.file))) return candidate;
    const parent = dirname(dir);
    if (parent === dir) return join(process.cwd(), FONTS_SUBDIR);
    dir = parent;
  }
}

/** fontkit internals the glyph wrapper relies on (not in its public API, hence checked before use). */
interface GlyphInternals {
  _decode?: () => unknown;
  codePoints?: number[];
}
interface FontInternals {
  getGlyph: (id: number, codePoints?: number[]) => GlyphInternals;
  variationAxes?: Record<string, unknown>;
}

/**
 * Two fixes to fontkit's glyph objects, which it creates once per glyph and font and keeps:
 * - Text a PDF reader extracts (copy, search, screen readers) comes from each glyph's code points,
 *   fixed when fontkit first creates the glyph. A glyph first met as a part of another one (the
 *   "e" inside Caveat's "é", while pdfkit subsets a document) is created with none, and since a
 *   parsed font serves every later document, each "e" after a "José" would extract as nothing.
 *   A glyph without code points takes those of the first caller that names them.
 * - pdfkit builds each document's font subset by asking fontkit to decode every used glyph's
 *   outline again, only to learn whether it is a compound glyph: a third of a warm card export.
 *   For a static (non-variable) font the decoded outline never changes, so each glyph remembers
 *   its first decoding.
 * If a fontkit update changes these internals, the checks below skip the wrapper.
 */
function fixGlyphs(font: fontkit.Font): void {
  const internals = font as unknown as FontInternals;
  if (typeof internals.getGlyph !== 'function') return;
  const memoOutlines = Object.keys(internals.variationAxes ?? {}).length === 0;
  const getGlyph = internals.getGlyph.bind(font);
  const remembered = new WeakSet<GlyphInternals>();
  internals.getGlyph = (id, codePoints) => {
    const glyph = getGlyph(id, codePoints);
    if (!glyph) return glyph;
    if (codePoints && codePoints.length > 0 && Array.isArray(glyph.codePoints) && glyph.codePoints.length === 0)
      glyph.codePoints = codePoints;
    const decode = glyph._decode;
    if (memoOutlines && typeof decode === 'function' && !remembered.has(glyph)) {
      remembered.add(glyph);
      let outline: unknown;
      let decoded = false;
      glyph._decode = () => {
        if (!decoded) {
          outline = decode.call(glyph);
          decoded = true;
        }
        return outline;
      };
    }
    return glyph;
  };
}

function boundedSet<T>(map: Map<string, T>, key: string, value: T): T {
  if (map.size >= MAX_CACHED_WIDTHS) map.clear();
  map.set(key, value);
  return value;
}

function makeFont(file: FontFile, font: fontkit.Font): LoadedFont {
  const id = file.id;
  fixGlyphs(font);
  const scale = 1000 / font.unitsPerEm;
  const widths = new Map<string, number>();
  const drawn = new Map<string, boolean>();
  const covers = (codePoint: number): boolean => font.hasGlyphForCodePoint(codePoint);
  return {
    id,
    font,
    ascent: font.ascent * scale,
    descent: font.descent * scale,
    capHeight: (font.capHeight || font.ascent * 0.7) * scale,
    covers,
    wholeWords: file.wholeWords === true,
    advance: (text) => widths.get(text) ?? boundedSet(widths, text, font.layout(text).advanceWidth * scale),
    draws: (cluster) => {
      const known = drawn.get(cluster);
      if (known !== undefined) return known;
      let ok = [...cluster].every((ch) => covers(ch.codePointAt(0) ?? 0) || IGNORABLE.test(ch));
      if (ok && cluster.length > 1) {
        // Some fonts lack an anchor a mark needs ("T" + combining acute in Caveat): fontkit then
        // throws while positioning, so such a cluster goes to a font that can place the mark.
        try {
          ok = font.layout(cluster).glyphs.every((g) => g.id !== 0);
        } catch {
          ok = false;
        }
      }
      return boundedSet(drawn, cluster, ok);
    },
  };
}

async function readFont(dir: string, file: FontFile): Promise<LoadedFont> {
  const path = join(dir, file.file);
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (error) {
    const hint = file.ranges || file.id.startsWith('Noto') ? '; run "npm run fonts" to fetch it' : '';
    throw new OliveError(
      'pdf/font-missing',
      `cannot read the font ${file.file} (${(error as NodeJS.ErrnoException).code ?? 'error'})${hint}`,
      path,
    );
  }
  let parsed: fontkit.Font | fontkit.FontCollection;
  try {
    parsed = fontkit.create(bytes);
  } catch (error) {
    throw new OliveError('pdf/font-broken', `the font ${file.file} cannot be read (${(error as Error).message})`, path);
  }
  if ('fonts' in parsed) throw new OliveError('pdf/font-broken', `expected one font, found a collection`, path);
  return makeFont(file, parsed);
}

const loaded = new Map<string, Promise<LoadedFont>>();

/** One font file from `dir`, parsed once and reused. A failed load is not cached, so a fixed folder works next time. */
export function loadFont(dir: string, file: FontFile): Promise<LoadedFont> {
  const key = `${resolve(dir)}\n${file.file}`;
  let font = loaded.get(key);
  if (!font) {
    font = readFont(resolve(dir), file);
    font.catch(() => loaded.delete(key));
    loaded.set(key, font);
  }
  return font;
}

/** The fallback files a face needs for `text`: those whose ranges hold a character the primary cannot draw. */
function fallbacksNeeded(name: FaceName, primary: LoadedFont, text: string): FontFile[] {
  const chain = FALLBACK_FONTS[name];
  const needed = new Set<FontFile>();
  const clusters = new Set<string>();
  for (const { segment } of graphemesOf(text))
    if ([...segment].some((c) => (c.codePointAt(0) ?? 0) > 0x7f)) clusters.add(segment);
  for (const cluster of clusters) {
    if (primary.draws(cluster) && !/\p{Extended_Pictographic}/u.test(cluster)) continue;
    for (const ch of cluster) {
      const cp = ch.codePointAt(0) ?? 0;
      if (IGNORABLE.test(ch)) continue;
      for (const file of chain) if (file.ranges === undefined || inRanges(file, cp)) needed.add(file);
    }
  }
  return chain.filter((f) => needed.has(f));
}

function makeFace(name: FaceName, primary: LoadedFont, fallbacks: LoadedFont[]): Face {
  return {
    name,
    primary,
    fallbacks,
    ascent: primary.ascent,
    descent: primary.descent,
    advance: primary.advance,
    covers: primary.covers,
    // The Noto faces share one design (Latin capitals 714/1000 em): each is matched to the
    // primary through that, also for scripts without capitals.
    scaleOf: (font) => (font === primary ? 1 : Math.min(1.1, Math.max(0.75, primary.capHeight / NOTO_CAP_HEIGHT))),
  };
}

/**
 * The theme's faces from `dir` (default: the project's resources/fonts), each with the fallback
 * fonts `text` needs (pass every string the document will set; without it, no fallbacks).
 */
export async function loadFonts(dir: string = defaultFontsDir(), text = ''): Promise<FontSet> {
  const names = Object.keys(PRIMARY_FONTS) as FaceName[];
  const primaries = await Promise.all(names.map((n) => loadFont(dir, PRIMARY_FONTS[n])));
  const faces = await Promise.all(
    names.map(async (name, i) => {
      const primary = primaries[i] as LoadedFont;
      const fallbacks = await Promise.all(fallbacksNeeded(name, primary, text).map((f) => loadFont(dir, f)));
      return makeFace(name, primary, fallbacks);
    }),
  );
  return Object.fromEntries(faces.map((f) => [f.name, f])) as FontSet;
}

/** Every font of a set, each once: what a document registers. */
export function fontsOf(set: FontSet): LoadedFont[] {
  const all = new Map<string, LoadedFont>();
  for (const face of Object.values(set)) for (const f of [face.primary, ...face.fallbacks]) all.set(f.id, f);
  return [...all.values()];
}
