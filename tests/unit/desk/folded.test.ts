/**
 * The preview's "as folded" views (src/renderer/src/preview/folded.ts) cut panels out of the very
 * PDF that prints: the front, the inside and the back must land where the layouts really put
 * them, the right way up.
 */
import { describe, expect, it } from 'vitest';
import { exportPdf } from '../../../src/core/pdf';
import type { Layout, Paper } from '../../../src/core/types';
import { foldedViews, type PanelPlace } from '../../../src/renderer/src/preview/folded';
import { FIXED_DATE, card, readPdf, type PlacedText, type ReadPage } from '../pdf/helpers';

/** Where a text item sits, as fractions of its page from the top left (a canvas's view). */
function spot(page: ReadPage, item: PlacedText): { x: number; y: number } {
  return { x: item.x / page.width, y: 1 - item.y / page.height };
}

function inPanel(place: { x: number; y: number }, panel: PanelPlace): boolean {
  return (
    place.x >= panel.x && place.x <= panel.x + panel.width && place.y >= panel.y && place.y <= panel.y + panel.height
  );
}

const CASES: [Layout, Paper][] = [
  ['quarter-fold', 'letter'],
  ['quarter-fold', 'a4'],
  ['half-fold', 'letter'],
  ['half-fold', 'a4'],
];

describe('as folded', () => {
  it.each(CASES)(
    '%s on %s: front, inside and back are cut from where they print, upright once turned',
    async (layout, paper) => {
      const pdf = await readPdf(
        (
          await exportPdf(card('Insideword and more', 'Frontword', 'Backword'), {
            layout,
            paper,
            creationDate: FIXED_DATE,
          })
        ).bytes,
      );
      const views = foldedViews(layout);
      expect(views.map((v) => v.name)).toEqual(['Front', 'Inside', 'Back']);
      const expectations: [string, PanelPlace | undefined][] = [
        ['Frontword', views[0]?.panels[0]],
        ['Insideword', views[1]?.panels[1]],
        ['Backword', views[2]?.panels[0]],
      ];
      for (const [word, panel] of expectations) {
        expect(panel).toBeDefined();
        if (!panel) continue;
        const page = pdf.pages[panel.page - 1];
        expect(page).toBeDefined();
        if (!page) continue;
        const items = page.items.filter((i) => i.str.includes(word));
        expect(items.length, `${word} on page ${panel.page}`).toBeGreaterThan(0);
        for (const item of items) {
          expect(inPanel(spot(page, item), panel), `${word} in its panel`).toBe(true);
          // Printed turned 180 degrees exactly where the view turns it back.
          expect(item.a < 0, `${word} turned`).toBe(panel.turned);
        }
      }
    },
  );

  it('a note and a letter are not folded: no folded views', () => {
    expect(foldedViews('note')).toEqual([]);
    expect(foldedViews('letter')).toEqual([]);
  });
});
