import { describe, expect, it } from 'vitest';
import { halfFoldPanels, inch, paginate, quarterFoldPanels, theme } from '../../../src/core/pdf';
import type { Rect } from '../../../src/core/pdf/geometry';

function within(inner: Rect, outer: Rect): boolean {
  return (
    inner.x >= outer.x - 1e-9 &&
    inner.y >= outer.y - 1e-9 &&
    inner.x + inner.width <= outer.x + outer.width + 1e-9 &&
    inner.y + inner.height <= outer.y + outer.height + 1e-9
  );
}

describe('quarter-fold panels', () => {
  const sheet = theme.paper.letter;
  const panels = quarterFoldPanels(sheet);

  it('turns exactly the top half, which becomes the inside', () => {
    expect(panels.insideLeft.turned).toBe(true);
    expect(panels.insideRight.turned).toBe(true);
    expect(panels.front.turned).toBe(false);
    expect(panels.back.turned).toBe(false);
    expect(panels.insideRight.area).toEqual({ x: 0, y: 0, width: inch(4.25), height: inch(5.5) });
    expect(panels.front.area).toEqual({ x: inch(4.25), y: inch(5.5), width: inch(4.25), height: inch(5.5) });
  });

  it('keeps each content box inside its panel: 0.5 in from the sheet edge, 0.3 in from a fold', () => {
    // The inside message's panel is turned, so its box's upright top edge lies on the sheet's middle fold.
    const box = panels.insideRight.content;
    expect(within(box, panels.insideRight.area)).toBe(true);
    expect(box.y).toBeCloseTo(theme.foldInset);
    expect(box.x).toBeCloseTo(theme.foldInset);
    expect(inch(5.5) - (box.y + box.height)).toBeCloseTo(theme.printableInset);
    expect(inch(4.25) - (box.x + box.width)).toBeCloseTo(theme.printableInset);
    const front = panels.front.content;
    expect(front.x - inch(4.25)).toBeCloseTo(theme.foldInset);
    expect(sheet.height - (front.y + front.height)).toBeCloseTo(theme.printableInset);
  });
});

describe('half-fold panels', () => {
  it('splits a landscape sheet at the fold, nothing turned', () => {
    const panels = halfFoldPanels({ width: theme.paper.a4.height, height: theme.paper.a4.width });
    for (const p of Object.values(panels)) expect(p.turned).toBe(false);
    expect(panels.front.area.x).toBeCloseTo(theme.paper.a4.height / 2);
  });
});

describe('paginate', () => {
  const line = (height: number, keepWithNext = false, kind: 'text' | 'gap' = 'text') => ({
    line: { text: kind === 'gap' ? '' : 'x', kind, width: 10, height, paragraph: 0 },
    setting: undefined as never,
    keepWithNext,
    signature: false,
  });

  it.each([
    ['fills pages in order', [line(10), line(10), line(10)], 20, [2, 1]],
    ['moves a kept-together run to the next page whole', [line(10), line(10, true), line(10)], 25, [1, 2]],
    [
      'splits a kept run taller than a page rather than loop',
      [line(10, true), line(10, true), line(10)],
      15,
      [1, 1, 1],
    ],
    ['never opens a page with a gap', [line(10), line(10), line(5, false, 'gap'), line(10)], 20, [2, 1]],
  ] as const)('%s', (_name, lines, height, counts) => {
    expect(paginate([...lines], height).map((p) => p.length)).toEqual(counts);
  });
});
