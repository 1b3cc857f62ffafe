/**
 * Which font files the PDFs are set in, and in what order they are tried. Every piece of text has a
 * primary face (the theme's handwriting or book face); a character it cannot draw falls back
 * through the chain below, one Noto face per script, one weight each. The script faces are taken
 * from npm at install time (resources/fonts/fetched.json); the large CJK faces are read only when
 * a draft has a character in their ranges. See docs/ARCHITECTURE.md, "Print".
 */
import type { FaceName } from '../theme';

export interface FontFile {
  /** Name the PDF document registers it under. */
  id: string;
  file: string;
  /**
   * Code point ranges (inclusive) this face is loaded for. Without ranges, the face is loaded as
   * soon as any character is not drawn by the primary face.
   */
  ranges?: readonly (readonly [number, number])[];
  /** A general Latin, Greek and Cyrillic fallback: a word the primary cannot draw whole is set in it throughout. */
  wholeWords?: boolean;
}

export const PRIMARY_FONTS: Record<FaceName, FontFile> = {
  handwriting: { id: 'Caveat', file: 'Caveat-Regular.ttf' },
  book: { id: 'Lora', file: 'Lora-Regular.ttf' },
};

const NOTO_SANS: FontFile = { id: 'NotoSans', file: 'NotoSans-Regular.ttf', wholeWords: true };
const NOTO_SERIF: FontFile = { id: 'NotoSerif', file: 'NotoSerif-Regular.ttf', wholeWords: true };

const SCRIPT_FONTS: readonly FontFile[] = [
  {
    id: 'NotoNaskhArabic',
    file: 'NotoNaskhArabic-Regular.ttf',
    ranges: [
      [0x0600, 0x06ff],
      [0x0750, 0x077f],
      [0x08a0, 0x08ff],
      [0xfb50, 0xfdff],
      [0xfe70, 0xfeff],
    ],
  },
  {
    id: 'NotoSansHebrew',
    file: 'NotoSansHebrew-Regular.ttf',
    ranges: [
      [0x0590, 0x05ff],
      [0xfb1d, 0xfb4f],
    ],
  },
  {
    id: 'NotoSansDevanagari',
    file: 'NotoSansDevanagari-Regular.ttf',
    ranges: [
      [0x0900, 0x097f],
      [0xa8e0, 0xa8ff],
      [0x1cd0, 0x1cff],
    ],
  },
  { id: 'NotoSansThai', file: 'NotoSansThai-Regular.ttf', ranges: [[0x0e00, 0x0e7f]] },
  // Chinese (simplified and traditional) and Japanese from one face; Korean from a second, because
  // no single TTF face on npm covers Hangul and simplified Chinese together.
  {
    id: 'NotoSansSC',
    file: 'NotoSansSC-Regular.ttf',
    ranges: [
      [0x2e80, 0x2fdf],
      [0x3000, 0x30ff],
      [0x3100, 0x312f],
      [0x31a0, 0x31ff],
      [0x3200, 0x33ff],
      [0x3400, 0x4dbf],
      [0x4e00, 0x9fff],
      [0xf900, 0xfaff],
      [0xfe30, 0xfe4f],
      [0xff00, 0xffef],
      [0x20000, 0x3134f],
    ],
  },
  {
    id: 'NotoSansKR',
    file: 'NotoSansKR-Regular.ttf',
    ranges: [
      [0x1100, 0x11ff],
      [0x3130, 0x318f],
      [0xa960, 0xa97f],
      [0xac00, 0xd7ff],
    ],
  },
];

export const EMOJI_FONT: FontFile = {
  id: 'NotoEmoji',
  file: 'NotoEmoji-Regular.ttf',
  ranges: [
    [0x2190, 0x21ff],
    [0x2300, 0x23ff],
    [0x24c2, 0x24c2],
    [0x25a0, 0x27bf],
    [0x2934, 0x2935],
    [0x2b00, 0x2bff],
    [0x3030, 0x3030],
    [0x303d, 0x303d],
    [0x3297, 0x3299],
    [0x1f000, 0x1faff],
  ],
};

/** The faces tried after each primary face, in order. */
export const FALLBACK_FONTS: Record<FaceName, readonly FontFile[]> = {
  handwriting: [NOTO_SANS, ...SCRIPT_FONTS, EMOJI_FONT],
  book: [NOTO_SERIF, ...SCRIPT_FONTS, EMOJI_FONT],
};

export function inRanges(file: FontFile, codePoint: number): boolean {
  return file.ranges === undefined || file.ranges.some(([lo, hi]) => codePoint >= lo && codePoint <= hi);
}

/** Every font file the exporter may read. */
export function allFontFiles(): FontFile[] {
  const seen = new Map<string, FontFile>();
  for (const f of [...Object.values(PRIMARY_FONTS), ...FALLBACK_FONTS.handwriting, ...FALLBACK_FONTS.book])
    seen.set(f.id, f);
  return [...seen.values()];
}
