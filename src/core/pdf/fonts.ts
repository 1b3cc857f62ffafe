/**
 * Font loading, kept warm: each TTF is read and parsed once per fonts folder and the parsed fontkit
 * object is handed to every later document (pdfkit accepts it in place of bytes). Re-parsing a TTF
 * for each document costs about 35 ms; reusing it costs nothing. Word widths are cached here too,
 * in font units, so fitting text at several sizes measures each word once.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as fontkit from 'fontkit';
import { OliveError } from '../errors';
import { theme, type FaceName } from './theme';

export interface Face {
  name: FaceName;
  /** The parsed font, shared by every document. */
  font: fontkit.Font;
  /** Advance width of a string in 1/1000 em, shaped as pdfkit will shape it (kerning, ligatures). */
  advance: (text: string) => number;
  /** Whether the font can draw this code point. */
  covers: (codePoint: number) => boolean;
  /** Ascent and descent in 1/1000 em (descent negative). */
  ascent: number;
  descent: number;
}

export type FontSet = Record<FaceName, Face>;

const FONTS_SUBDIR = join('resources', 'fonts');
/** Word widths are cached per face; a cap keeps a long-running app from growing without bound. */
const MAX_CACHED_WIDTHS = 20_000;

/**
 * resources/fonts/ of the project: the nearest ancestor of this module that has one. Works from
 * src/core/pdf (tests, tsx), from a bundled CLI in dist/ and from electron-vite's out/ in development.
 * A packaged app keeps resources elsewhere and passes PdfOptions.fontsDir.
 */
export function defaultFontsDir(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const candidate = join(dir, FONTS_SUBDIR);
    if (existsSync(join(candidate, theme.faces.book.file))) return candidate;
    const parent = dirname(dir);
    if (parent === dir) return join(process.cwd(), FONTS_SUBDIR);
    dir = parent;
  }
}

/** fontkit internals the glyph memo relies on (not in its public API, hence checked before use). */
interface GlyphInternals {
  _decode?: () => unknown;
}
interface FontInternals {
  getGlyph: (id: number, codePoints?: number[]) => GlyphInternals;
  variationAxes?: Record<string, unknown>;
}

/**
 * pdfkit builds each document's font subset by asking fontkit to decode every used glyph's
 * outline again, only to learn whether it is a compound glyph: a third of a warm card export.
 * For a static (non-variable) font the decoded outline of a glyph never changes, so each glyph
 * object remembers its first decoding. Measured on the quarter-fold card: 3.1 ms -> 1.4 ms.
 * If a fontkit update changes these internals, the check below skips the memo and nothing else changes.
 */
function rememberGlyphOutlines(font: fontkit.Font): void {
  const internals = font as unknown as FontInternals;
  if (typeof internals.getGlyph !== 'function' || Object.keys(internals.variationAxes ?? {}).length > 0) return;
  const getGlyph = internals.getGlyph.bind(font);
  const remembered = new WeakSet<GlyphInternals>();
  internals.getGlyph = (id, codePoints) => {
    const glyph = getGlyph(id, codePoints);
    const decode = glyph._decode;
    if (typeof decode === 'function' && !remembered.has(glyph)) {
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

function makeFace(name: FaceName, font: fontkit.Font): Face {
  rememberGlyphOutlines(font);
  const scale = 1000 / font.unitsPerEm;
  const widths = new Map<string, number>();
  return {
    name,
    font,
    ascent: font.ascent * scale,
    descent: font.descent * scale,
    covers: (codePoint) => font.hasGlyphForCodePoint(codePoint),
    advance: (text) => {
      let width = widths.get(text);
      if (width === undefined) {
        width = font.layout(text).advanceWidth * scale;
        if (widths.size >= MAX_CACHED_WIDTHS) widths.clear();
        widths.set(text, width);
      }
      return width;
    },
  };
}

async function loadFace(dir: string, name: FaceName): Promise<Face> {
  const path = join(dir, theme.faces[name].file);
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (error) {
    throw new OliveError('pdf/font-missing', `cannot read the ${name} font (${(error as NodeJS.ErrnoException).code ?? 'error'})`, path);
  }
  let parsed: fontkit.Font | fontkit.FontCollection;
  try {
    parsed = fontkit.create(bytes);
  } catch (error) {
    throw new OliveError('pdf/font-broken', `the ${name} font cannot be read (${(error as Error).message})`, path);
  }
  if ('fonts' in parsed) throw new OliveError('pdf/font-broken', `expected one font, found a collection`, path);
  return makeFace(name, parsed);
}

const loaded = new Map<string, Promise<FontSet>>();

/** The theme's faces from `dir` (default: the project's resources/fonts), parsed once and reused. */
export function loadFonts(dir: string = defaultFontsDir()): Promise<FontSet> {
  const key = resolve(dir);
  let set = loaded.get(key);
  if (!set) {
    set = Promise.all([loadFace(key, 'handwriting'), loadFace(key, 'book')]).then(([handwriting, book]) => ({ handwriting, book }));
    // A failed load is not cached, so a fixed folder works on the next try.
    set.catch(() => loaded.delete(key));
    loaded.set(key, set);
  }
  return set;
}
