/**
 * Every size, margin, font and colour the PDF layouts use, in one place. Units are PDF points
 * (1/72 in); `inch()` and `mm()` keep the numbers readable. Layout code reads from here and never
 * invents a coordinate of its own.
 */
import type { Paper } from '../types';
import type { EnvelopeSize } from './types';

export const inch = (n: number): number => n * 72;
export const mm = (n: number): number => (n * 72) / 25.4;

export interface Size {
  width: number;
  height: number;
}

export type FaceName = 'handwriting' | 'book';
export type Align = 'left' | 'center';

/** How one piece of text is set. Text that does not fit shrinks from maxSize down to minSize. */
export interface TextStyle {
  face: FaceName;
  maxSize: number;
  minSize: number;
  /** Line height as a multiple of the font size. */
  leading: number;
  /** Space for an empty line (between paragraphs), as a multiple of the line height. */
  paragraphGap: number;
  align: Align;
  colour: string;
}

const colours = {
  ink: '#26302a',
  soft: '#5d6b60',
  guide: '#b8b8b8',
  writeOn: '#c9ccc9',
} as const;

const handwritingText = {
  face: 'handwriting',
  leading: 1.12,
  paragraphGap: 0.5,
  align: 'left',
  colour: colours.ink,
} as const;

export const theme = {
  colours,

  paper: {
    letter: { width: inch(8.5), height: inch(11) },
    a4: { width: mm(210), height: mm(297) },
  } satisfies Record<Paper, Size>,

  /** Home printers cannot print near the sheet edge: nothing is drawn closer than this. */
  printableInset: inch(0.5),
  /** Text keeps this far from a fold line, so nothing disappears into the crease. */
  foldInset: inch(0.3),

  /** Shrink-to-fit: sizes are tried in these steps; a warning when text ends below this share of its size. */
  fitting: { sizeStep: 0.5, warnBelow: 0.85 },

  guides: { colour: colours.guide, lineWidth: 0.5, dash: 1, space: 3 },

  /**
   * Fold marks: ticks this long, ending this far short of the fold, labelled in small type; the fold guide line sits
   * this far from the sheet edge.
   */
  foldMarks: {
    length: inch(0.22),
    gap: inch(0.06),
    lineWidth: 0.6,
    colour: '#8c8c8c',
    labelSize: 6.5,
    marginLine: inch(0.3),
  },

  /** Quarter-fold and half-fold cards share the panel styles. */
  card: {
    front: { ...handwritingText, maxSize: 40, minSize: 20, leading: 1.05, align: 'center' } satisfies TextStyle,
    inside: { ...handwritingText, maxSize: 20, minSize: 13 } satisfies TextStyle,
    /** A message that would shrink below this size starts on the inside-left panel instead. */
    flowBelow: 16,
    /** Extra inset for the inside message beyond the printable and fold insets. */
    insidePadding: inch(0.1),
    back: {
      face: 'book',
      maxSize: 8.5,
      minSize: 7,
      leading: 1.3,
      paragraphGap: 0.5,
      align: 'center',
      colour: colours.soft,
    } satisfies TextStyle,
    /** Height of the strip at the foot of the back panel that holds the back text. */
    backStrip: inch(0.9),
    /** Height of the design's small mark above the back text. */
    backMarkSize: inch(0.4),
  },

  /** The half-fold card's panels are twice the size: the same styles, set larger. */
  halfFoldCard: {
    front: { ...handwritingText, maxSize: 52, minSize: 24, leading: 1.05, align: 'center' } satisfies TextStyle,
    inside: { ...handwritingText, maxSize: 24, minSize: 14 } satisfies TextStyle,
  },

  /** The flat note that goes with two movie passes: the size of the card, so it shares its envelope. */
  note: {
    size: {
      letter: { width: inch(5.5), height: inch(4.25) },
      a4: { width: mm(148), height: mm(105) },
    } satisfies Record<Paper, Size>,
    padding: inch(0.35),
    body: { ...handwritingText, maxSize: 18, minSize: 12 } satisfies TextStyle,
    cropMark: { length: inch(0.2), gap: inch(0.08), lineWidth: 0.5, colour: colours.soft },
  },

  letter: {
    margin: { top: inch(1), bottom: inch(1), side: inch(1.05) },
    body: {
      face: 'book',
      maxSize: 11.5,
      minSize: 11.5,
      leading: 1.5,
      paragraphGap: 0.7,
      align: 'left',
      colour: colours.ink,
    } satisfies TextStyle,
    /** The sender's name on its own last line is set in the handwriting face, like a signature. */
    signature: { ...handwritingText, maxSize: 22, minSize: 22, leading: 1.1 } satisfies TextStyle,
    /** A last paragraph this short is the closing ("With love,\nAlex"), kept with the text before it. */
    closing: { maxLines: 3, maxChars: 120 },
    /** Body lines of the paragraph before the signature that stay on the signature's page. */
    linesBeforeSignature: 2,
    /** A paragraph's first or last line is never alone at the foot or head of a page. */
    minLinesTogether: 2,
    pageNumber: { face: 'book', size: 9, colour: colours.soft, baselineFromBottom: inch(0.62) },
  },

  envelope: {
    sizes: {
      a2: { width: inch(5.75), height: inch(4.375) },
      c6: { width: mm(162), height: mm(114) },
      no10: { width: inch(9.5), height: inch(4.125) },
      dl: { width: mm(220), height: mm(110) },
      a9: { width: inch(8.75), height: inch(5.75) },
      c5: { width: mm(229), height: mm(162) },
    } satisfies Record<EnvelopeSize, Size>,
    /** Room a folded piece needs in an envelope, beyond its own size, to slide in. */
    room: inch(0.125),
    /** Return address: top left, inside the printable inset. */
    sender: {
      face: 'book',
      maxSize: 9,
      minSize: 7,
      leading: 1.3,
      paragraphGap: 0,
      align: 'left',
      colour: colours.soft,
    } satisfies TextStyle,
    senderMaxWidth: 0.42,
    /**
     * Recipient block: left edge at this fraction of the width, top at this fraction of the
     * height; postal scanners read the middle of the lower part of the envelope, and the bottom
     * 5/8 in stays clear for the barcode the post office prints.
     */
    recipient: {
      face: 'book',
      maxSize: 12,
      minSize: 8.5,
      leading: 1.35,
      paragraphGap: 0,
      align: 'left',
      colour: colours.ink,
    } satisfies TextStyle,
    recipientLeft: 0.4,
    recipientTop: 0.42,
    barcodeClearZone: inch(0.625),
    /** Lines left to write an address on by hand when none was given. */
    writeOnLines: 3,
    writeOnGap: inch(0.3),
  },
} as const;

export type Theme = typeof theme;
