/**
 * The card designs and colour palettes, as data: what the desk's design picker lists and what a
 * draft stores. No drawing here (and no Node or pdfkit import), so the renderer may import it.
 * The art itself is drawn in code, in ./art (see docs/ARCHITECTURE.md, "Print").
 */
import { z } from 'zod';

export const DESIGN_IDS = ['olive-branch', 'botanical', 'wash', 'geometric', 'landscape', 'typographic'] as const;
export type DesignId = (typeof DESIGN_IDS)[number];

export const PALETTE_IDS = ['sage', 'dusk', 'clay', 'sea', 'grey'] as const;
export type PaletteId = (typeof PALETTE_IDS)[number];

export interface Palette {
  id: PaletteId;
  name: string;
  /** Text on the card. */
  ink: string;
  /** The art's main colour: stems, lines, hills. */
  art: string;
  /** A second colour for fruit, flowers, the sun. */
  accent: string;
  /** Light tints for washes and fills (they print light on any home printer). */
  tint: string;
  tint2: string;
}

/** Colours chosen to print well on home inkjets and lasers; `grey` is for black-and-white printers. */
export const PALETTES: Record<PaletteId, Palette> = {
  sage: {
    id: 'sage',
    name: 'Sage',
    ink: '#2e3a2c',
    art: '#56704c',
    accent: '#7d8f45',
    tint: '#e3ead8',
    tint2: '#c8d6b8',
  },
  dusk: {
    id: 'dusk',
    name: 'Dusk',
    ink: '#352d45',
    art: '#6a5a8e',
    accent: '#b47a9c',
    tint: '#ebe5f2',
    tint2: '#d6cbe6',
  },
  clay: {
    id: 'clay',
    name: 'Clay',
    ink: '#43291d',
    art: '#a85a38',
    accent: '#d39a4f',
    tint: '#f5e6d6',
    tint2: '#ebcfb4',
  },
  sea: { id: 'sea', name: 'Sea', ink: '#1f3447', art: '#37728a', accent: '#5d9f96', tint: '#ddedf0', tint2: '#bfdbe1' },
  grey: {
    id: 'grey',
    name: 'Greyscale',
    ink: '#1f1f1f',
    art: '#4d4d4d',
    accent: '#7a7a7a',
    tint: '#ececec',
    tint2: '#d2d2d2',
  },
};

export interface DesignInfo {
  id: DesignId;
  name: string;
  description: string;
}

export const DESIGNS: Record<DesignId, DesignInfo> = {
  'olive-branch': {
    id: 'olive-branch',
    name: 'Olive branch',
    description: 'A sprig of olive leaves and fruit above your words.',
  },
  botanical: { id: 'botanical', name: 'Wildflowers', description: 'Fine line drawing of three wildflower stems.' },
  wash: { id: 'wash', name: 'Watercolour wash', description: 'Soft washes of colour behind the words.' },
  geometric: {
    id: 'geometric',
    name: 'Quiet pattern',
    description: 'A simple pattern of arcs and dots framing the words.',
  },
  landscape: { id: 'landscape', name: 'Hills', description: 'Rolling hills, a low sun and two birds.' },
  typographic: {
    id: 'typographic',
    name: 'Plain',
    description: 'Just your words, with fine rules and a small ornament.',
  },
};

export const designChoiceSchema = z.object({ design: z.enum(DESIGN_IDS), palette: z.enum(PALETTE_IDS) });
export type DesignChoice = z.infer<typeof designChoiceSchema>;

export const DEFAULT_DESIGN: DesignChoice = { design: 'olive-branch', palette: 'sage' };

export interface DesignListing extends DesignInfo {
  palettes: { id: PaletteId; name: string; swatch: string[] }[];
}

/** Every design with its palettes and their colours, in picker order. */
export function listDesigns(): DesignListing[] {
  return DESIGN_IDS.map((id) => ({
    ...DESIGNS[id],
    palettes: PALETTE_IDS.map((p) => ({
      id: p,
      name: PALETTES[p].name,
      swatch: [PALETTES[p].art, PALETTES[p].accent, PALETTES[p].tint2],
    })),
  }));
}

/** Parses "wash" or "wash:dusk" (the CLI's --design), naming the choices on error. */
export function parseDesign(value: string): DesignChoice | string {
  const [design, palette = DEFAULT_DESIGN.palette] = value.split(':');
  if (!(DESIGN_IDS as readonly string[]).includes(design ?? ''))
    return `unknown design "${design ?? ''}" (known: ${DESIGN_IDS.join(', ')})`;
  if (!(PALETTE_IDS as readonly string[]).includes(palette))
    return `unknown palette "${palette}" (known: ${PALETTE_IDS.join(', ')})`;
  return { design: design as DesignId, palette: palette as PaletteId };
}
