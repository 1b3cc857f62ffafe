import { describe, expect, it } from 'vitest';
import { exportPdf, inch, mm } from '../../../src/core/pdf';
import { card, dashedStrokes, FIXED_DATE, find, makeDoc, readPdf, type PlacedText, type ReadPage } from './helpers';

const INSIDE =
  'Hi Rowan,\n\nYou came to mind this week, so here is a small hello.\n\nThe lilacs outside the library are ' +
  'out again.\n\nTake good care.\n\nElena';
const EDGE = inch(0.5);

function upright(t: PlacedText): boolean {
  return t.a > 0 && t.d > 0 && t.b === 0 && t.c === 0;
}
function turned(t: PlacedText): boolean {
  return t.a < 0 && t.d < 0 && t.b === 0 && t.c === 0;
}
/** The small fold labels and the fold guide line, printed in the margin on purpose. */
function isFoldGuide(t: PlacedText): boolean {
  return /^fold( [12])?$|^Fold (1|along)/.test(t.str);
}
/** The quarter of the page a text item starts in, in reading terms (PDF y grows upwards). */
function quadrant(page: ReadPage, t: PlacedText): string {
  const top = t.y > page.height / 2 ? 'top' : 'bottom';
  const left = t.x < page.width / 2 ? 'left' : 'right';
  return `${top}-${left}`;
}
/** Horizontal extent of an item on the page, whichever way it is turned. */
function span(t: PlacedText): [number, number] {
  return turned(t) ? [t.x - t.width, t.x] : [t.x, t.x + t.width];
}

describe('quarter-fold card', () => {
  it.each([
    ['letter', 612, 792],
    ['a4', mm(210), mm(297)],
  ] as const)(
    'on %s paper puts front, inside and back in their quadrants, the inside turned 180 degrees',
    async (paper, width, height) => {
      const result = await exportPdf(card(INSIDE), { layout: 'quarter-fold', paper, creationDate: FIXED_DATE });
      expect(result.pages).toBe(1);
      const [page] = (await readPdf(result.bytes)).pages;
      if (!page) throw new Error('no page');
      expect(page.width).toBeCloseTo(width, 1);
      expect(page.height).toBeCloseTo(height, 1);

      const front = find(page, 'Thinking of you');
      expect(front).toHaveLength(1);
      expect(front.every(upright)).toBe(true);
      expect(front.map((t) => quadrant(page, t))).toEqual(['bottom-right']);

      for (const needle of ['Hi Rowan,', 'small hello', 'Take good care.', 'Elena']) {
        const items = find(page, needle);
        expect(items.length, needle).toBeGreaterThan(0);
        for (const t of items) {
          expect(turned(t), needle).toBe(true);
          expect(quadrant(page, t), needle).toBe('top-left');
        }
      }

      const back = find(page, 'Sent with good wishes');
      expect(back.every(upright)).toBe(true);
      expect(back.map((t) => quadrant(page, t))).toEqual(['bottom-left']);

      // The inside-left panel (top right of the sheet) stays blank.
      expect(page.items.filter((t) => !isFoldGuide(t) && quadrant(page, t) === 'top-right')).toEqual([]);
    },
  );

  it(
    'marks the folds with labelled ticks and a one-line ' + 'guide on the inside half only, unless asked not to',
    async () => {
      const withGuides = await exportPdf(card(INSIDE), {
        layout: 'quarter-fold',
        paper: 'letter',
        creationDate: FIXED_DATE,
      });
      const without = await exportPdf(card(INSIDE), {
        layout: 'quarter-fold',
        paper: 'letter',
        foldGuides: false,
        creationDate: FIXED_DATE,
      });
      // One dotted line: the spine, down the inside.
      expect(await dashedStrokes(withGuides.bytes)).toEqual([1]);
      expect(await dashedStrokes(without.bytes)).toEqual([0]);
      const [page] = (await readPdf(withGuides.bytes)).pages;
      if (!page) throw new Error('no page');
      const labels = page.items.filter((t) => /^fold [12]$/.test(t.str));
      expect(labels.map((t) => t.str).sort()).toEqual(['fold 1', 'fold 1', 'fold 2']);
      // Everything that guides folding is on the top half (the inside once folded), upright for the person folding.
      for (const t of [...labels, ...find(page, 'Fold 1: top half back')]) {
        expect(upright(t)).toBe(true);
        expect(t.y).toBeGreaterThan(page.height / 2);
        expect(t.x).toBeGreaterThanOrEqual(0);
        expect(t.x + t.width).toBeLessThanOrEqual(page.width);
      }
      expect((await readPdf(without.bytes)).pages[0]?.text).not.toMatch(/fold/i);
    },
  );

  it('reads top to bottom once folded: each inside line sits lower on the card than the one before', async () => {
    const result = await exportPdf(card(INSIDE), { layout: 'quarter-fold', paper: 'letter', creationDate: FIXED_DATE });
    const [page] = (await readPdf(result.bytes)).pages;
    if (!page) throw new Error('no page');
    const inside = page.items.filter(turned).map((t) => t.y);
    // Turned 180 degrees, a later line is printed higher up the sheet (larger PDF y).
    expect(inside.length).toBeGreaterThan(3);
    expect([...inside].sort((a, b) => a - b)).toEqual(inside);
  });

  it('keeps every line half an inch from the sheet edges', async () => {
    const paragraph = 'A somewhat longer paragraph about spring and the garden and the library steps. ';
    const long = `${INSIDE}\n\n${paragraph.repeat(3)}`;
    const result = await exportPdf(card(long, 'Thinking of you always, dear friend'), {
      layout: 'quarter-fold',
      paper: 'letter',
      creationDate: FIXED_DATE,
    });
    const [page] = (await readPdf(result.bytes)).pages;
    if (!page) throw new Error('no page');
    for (const t of page.items.filter((i) => !isFoldGuide(i))) {
      const [left, right] = span(t);
      expect(left, t.str).toBeGreaterThanOrEqual(EDGE - 0.01);
      expect(right, t.str).toBeLessThanOrEqual(page.width - EDGE + 0.01);
      expect(t.y, t.str).toBeGreaterThanOrEqual(EDGE);
      expect(t.y, t.str).toBeLessThanOrEqual(page.height - EDGE);
    }
  });

  it('breaks a long unbroken word inside its panel instead of running off it', async () => {
    const word = 'Soooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooo';
    const result = await exportPdf(card(`Hi Rowan,\n\n${word} good to hear the news.\n\nElena`), {
      layout: 'quarter-fold',
      paper: 'letter',
      creationDate: FIXED_DATE,
    });
    const [page] = (await readPdf(result.bytes)).pages;
    if (!page) throw new Error('no page');
    const inside = page.items.filter(turned);
    // Cut across lines, each cut marked with a hyphen at the end of the line.
    const lines = inside.map((t) => t.str);
    expect(lines.join('').replace(/-/g, '')).toContain(word);
    expect(lines.filter((l) => /^So+-$|^o+-$/.test(l)).length).toBeGreaterThan(0);
    for (const t of inside) {
      const [left, right] = span(t);
      expect(left).toBeGreaterThanOrEqual(EDGE - 0.01);
      expect(right).toBeLessThanOrEqual(page.width / 2);
    }
  });

  it('refuses layouts that make no sense for the piece: a folded note, a message on a letter page', async () => {
    const note = makeDoc('note', { body: 'Hi Rowan, these passes are for you both. Elena' });
    await expect(exportPdf(note, { layout: 'quarter-fold', paper: 'letter' })).rejects.toMatchObject({
      code: 'pdf/layout-unsuited',
      message: 'quarter-fold does not suit a note (choose note or envelope)',
    });
    const message = makeDoc('message', { body: 'Hi Rowan, hope the new job is going well. Elena' });
    await expect(exportPdf(message, { layout: 'letter', paper: 'letter' })).rejects.toMatchObject({
      code: 'pdf/layout-unsuited',
    });
    const printed = await exportPdf(message, { layout: 'note', paper: 'letter', creationDate: FIXED_DATE });
    expect((await readPdf(printed.bytes)).pages[0]?.text).toContain('hope the new job');
  });
});

describe('half-fold card', () => {
  it(
    'prints the outside (back left, front right) and the inside (message right) on two landscape pages, all ' +
      'upright',
    async () => {
      const result = await exportPdf(card(INSIDE), { layout: 'half-fold', paper: 'letter', creationDate: FIXED_DATE });
      expect(result.pages).toBe(2);
      expect(result.instructions?.join(' ')).toMatch(/flip on the SHORT edge/);
      const [outside, inside] = (await readPdf(result.bytes)).pages;
      if (!outside || !inside) throw new Error('pages missing');
      for (const page of [outside, inside]) {
        expect(page.width).toBeCloseTo(792, 1);
        expect(page.height).toBeCloseTo(612, 1);
        expect(page.items.every(upright)).toBe(true);
      }
      expect(find(outside, 'Thinking of you').every((t) => t.x > 396)).toBe(true);
      expect(find(outside, 'Sent with good wishes').every((t) => t.x + t.width < 396)).toBe(true);
      expect(find(outside, 'Hi Rowan')).toEqual([]);
      expect(find(inside, 'Hi Rowan,').length).toBe(1);
      expect(inside.items.filter((t) => !isFoldGuide(t)).every((t) => t.x > 396)).toBe(true);
      // The fold marks are on the inside only, never on the outside of the finished card.
      expect(inside.items.filter(isFoldGuide).map((t) => t.str)).toEqual([
        'fold',
        'Fold along the middle, this side in.',
      ]);
      expect(outside.items.filter(isFoldGuide)).toEqual([]);
      expect(await dashedStrokes(result.bytes)).toEqual([0, 1]);
    },
  );
});

describe('note for the movie passes', () => {
  it('sets the note inside its trimmed area, centred on the sheet', async () => {
    const doc = makeDoc('note', {
      body:
        'Hi Noor,\n\nLeila told me that you and Sam are together now. These two movie passes are for you ' +
        'both.\n\nTomás',
    });
    const result = await exportPdf(doc, { layout: 'note', paper: 'letter', creationDate: FIXED_DATE });
    const [page] = (await readPdf(result.bytes)).pages;
    if (!page) throw new Error('no page');
    expect(page.width).toBe(612);
    const trim = {
      left: (612 - inch(5.5)) / 2,
      right: (612 + inch(5.5)) / 2,
      bottom: (792 - inch(4.25)) / 2,
      top: (792 + inch(4.25)) / 2,
    };
    expect(page.text).toContain('Tomás');
    for (const t of page.items) {
      expect(upright(t)).toBe(true);
      expect(t.x).toBeGreaterThan(trim.left);
      expect(t.x + t.width).toBeLessThan(trim.right);
      expect(t.y).toBeGreaterThan(trim.bottom);
      expect(t.y).toBeLessThan(trim.top);
    }
  });
});
