/**
 * Every design, in every palette, on every paper and card layout: art drawn, words on the front, nothing off the panel.
 */
import { describe, expect, it } from 'vitest';
import {
  DESIGN_IDS,
  exportPdf,
  listDesigns,
  PALETTE_IDS,
  PALETTES,
  parseDesign,
  renderDesignFront,
} from '../../../src/core/pdf';
import { PAPERS } from '../../../src/core/types';
import { card, FIXED_DATE, inflatedStreams, readPdf } from './helpers';

const INSIDE = 'Hi Rowan,\n\nYou came to mind this week, so here is a small hello.\n\nElena';

/** Fill and stroke colours a page's content stream sets, as hex. */
function coloursUsed(bytes: Uint8Array): Set<string> {
  const raw = inflatedStreams(bytes);
  const colours = new Set<string>();
  for (const m of raw.matchAll(/([\d.]+) ([\d.]+) ([\d.]+) (?:scn|SCN)/g)) {
    colours.add(
      `#${[m[1], m[2], m[3]]
        .map((v) =>
          Math.round(Number(v) * 255)
            .toString(16)
            .padStart(2, '0'),
        )
        .join('')}`,
    );
  }
  return colours;
}

describe('card designs', () => {
  it('lists six designs, each in five palettes, for the picker', () => {
    const designs = listDesigns();
    expect(designs.map((d) => d.id)).toEqual([...DESIGN_IDS]);
    expect(designs).toHaveLength(6);
    for (const d of designs) expect(d.palettes.map((p) => p.id)).toEqual([...PALETTE_IDS]);
    expect(parseDesign('wash:dusk')).toEqual({ design: 'wash', palette: 'dusk' });
    expect(parseDesign('wash')).toEqual({ design: 'wash', palette: 'sage' });
    expect(parseDesign('roses')).toMatch(/unknown design "roses"/);
  });

  it.each(
    DESIGN_IDS.flatMap((design) =>
      PAPERS.flatMap((paper) =>
        (['quarter-fold', 'half-fold'] as const).map((layout) => [design, paper, layout] as const),
      ),
    ),
  )(
    '%s on %s, %s: the front text sits on the front panel, the art is drawn in the palette',
    async (design, paper, layout) => {
      const result = await exportPdf(card(INSIDE, 'Thinking of you'), {
        layout,
        paper,
        creationDate: FIXED_DATE,
        design: { design, palette: 'clay' },
      });
      const [outside] = (await readPdf(result.bytes)).pages;
      if (!outside) throw new Error('no page');
      const front = outside.items.filter((t) => /Thinking|of you/.test(t.str));
      expect(front.length).toBeGreaterThan(0);
      // The front is the right half of the outside (quarter-fold: the bottom right quarter).
      const inset = 36;
      for (const t of front) {
        expect(t.x).toBeGreaterThanOrEqual(outside.width / 2 + inset * 0.5);
        expect(t.x + t.width).toBeLessThanOrEqual(outside.width - inset + 0.5);
        if (layout === 'quarter-fold') expect(t.y).toBeLessThan(outside.height / 2);
      }
      const colours = coloursUsed(result.bytes);
      expect(colours.has(PALETTES.clay.art) || colours.has(PALETTES.clay.accent)).toBe(true);
    },
  );

  it('prints the greyscale palette with greys only', async () => {
    for (const design of DESIGN_IDS) {
      const result = await exportPdf(card(INSIDE), {
        layout: 'quarter-fold',
        paper: 'letter',
        creationDate: FIXED_DATE,
        design: { design, palette: 'grey' },
      });
      const art = [...coloursUsed(result.bytes)];
      expect(
        art.filter((c) => !(c.slice(1, 3) === c.slice(3, 5) && c.slice(3, 5) === c.slice(5, 7))),
        design,
      ).toEqual([]);
    }
  });

  it('renders a thumbnail of one front, the size of the quarter-fold card front, for the picker', async () => {
    const bytes = await renderDesignFront(
      { design: 'landscape', palette: 'sea' },
      { paper: 'a4', creationDate: FIXED_DATE },
    );
    const pdf = await readPdf(bytes);
    expect(pdf.pages).toHaveLength(1);
    expect(pdf.pages[0]?.width).toBeCloseTo(297.64, 1);
    expect(pdf.pages[0]?.height).toBeCloseTo(420.94, 1);
    expect(pdf.pages[0]?.text).toContain('Thinking of you');
    expect(
      Buffer.from(
        await renderDesignFront({ design: 'landscape', palette: 'sea' }, { paper: 'a4', creationDate: FIXED_DATE }),
      ).equals(Buffer.from(bytes)),
    ).toBe(true);
  });
});
