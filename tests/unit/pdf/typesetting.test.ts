/** Typesetting a designer would sign: last lines, headings, hyphens, URLs, centring, print settings. */
import { describe, expect, it } from 'vitest';
import { exportPdf, loadFonts, theme } from '../../../src/core/pdf';
import { prepareText, wrapPrepared } from '../../../src/core/pdf/text';
import { card, FIXED_DATE, inflatedStreams, readPdf } from './helpers';

const fonts = await loadFonts();
const inside = theme.card.inside;

function lines(text: string, width: number, balance = false): string[] {
  const set = wrapPrepared(prepareText(fonts.handwriting, text, 'The test'), inside, inside.maxSize, width, {
    balance,
  });
  return set.lines.filter((l) => l.kind === 'text').map((l) => l.text);
}

describe('line breaking', () => {
  it('never ends a paragraph on a single word when the line before can spare one', () => {
    let checked = 0;
    for (let width = 150; width <= 260; width += 2) {
      const set = lines(
        'You came to mind this week, so here is a small hello from the paper shop on Vine Street.',
        width,
      );
      const last = set[set.length - 1] ?? '';
      if (set.length > 1) {
        checked++;
        expect(last.split(' ').length, `${width}: ${set.join(' / ')}`).toBeGreaterThanOrEqual(2);
      }
    }
    expect(checked).toBeGreaterThan(20);
  });

  it('balances a short heading instead of leaving one word on its second line', () => {
    const front = { ...theme.card.front };
    const width = 190;
    const balanced = wrapPrepared(
      prepareText(fonts.handwriting, 'This made me smile', 'The front'),
      front,
      front.maxSize,
      width,
      { balance: true },
    ).lines.map((l) => l.text);
    expect(balanced).toEqual(['This made', 'me smile']);
  });

  it('hyphenates a word too long for the line at a pattern point, with a hyphen', () => {
    const set = lines('Supercalifragilisticexpialidocious', 120);
    expect(set.length).toBeGreaterThan(1);
    expect(set.slice(0, -1).every((l) => l.endsWith('-'))).toBe(true);
    expect(set.join('').replace(/-/g, '')).toBe('Supercalifragilisticexpialidocious');
    // At pattern points only ("Su-per-cal-ifrag-ilis-tic-ex-pi-ali-do-cious"), never mid-syllable.
    const points = [
      'Su',
      'Super',
      'Supercal',
      'Supercalifrag',
      'Supercalifragilis',
      'Supercalifragilistic',
      'Supercalifragilisticex',
      'Supercalifragilisticexpi',
      'Supercalifragilisticexpiali',
      'Supercalifragilisticexpialido',
    ];
    let sofar = '';
    for (const l of set.slice(0, -1)) {
      sofar += l.slice(0, -1);
      expect(points).toContain(sofar);
    }
  });

  it('breaks a URL after a slash, with no hyphen added', () => {
    const set = lines('See https://example.org/friends/lilacs/spring-walks/2026 for the walk.', 140);
    const broken = set.filter((l) => l.includes('example.org') || l.includes('lilacs') || l.includes('spring'));
    expect(broken.length).toBeGreaterThan(1);
    // Cut after a slash (or before a dot), never at the URL's own hyphen, and no hyphen added.
    for (const l of set.slice(0, -1)) expect(l, set.join(' | ')).not.toMatch(/-$/);
    expect(set.join('')).toContain('https://example.org/friends/lilacs/spring-walks/2026');
  });
});

describe('fallback fonts', () => {
  it(
    'sets a Latin word the handwriting face cannot ' + 'draw whole in one fallback face, not letter by ' + 'letter',
    async () => {
      const result = await exportPdf(card('Hi Nguyễn Thị Hồng,\n\nThe lilacs are out.\n\nElena'), {
        layout: 'quarter-fold',
        paper: 'letter',
        creationDate: FIXED_DATE,
      });
      const [page] = (await readPdf(result.bytes)).pages;
      if (!page) throw new Error('no page');
      // pdf.js starts a new text item at each change of font: whole words come back whole.
      expect(page.items.some((t) => t.str.includes('Nguyễn'))).toBe(true);
      expect(page.items.some((t) => t.str.includes('Hồng'))).toBe(true);
      expect(page.items.some((t) => t.str.includes('Thị'))).toBe(true);
    },
  );
});

describe('the card front', () => {
  it('centres the front text on the front panel itself, not on the lopsided safe box', async () => {
    const result = await exportPdf(card('Hi', 'Hello'), {
      layout: 'quarter-fold',
      paper: 'letter',
      creationDate: FIXED_DATE,
      design: { design: 'typographic', palette: 'sage' },
    });
    const [page] = (await readPdf(result.bytes)).pages;
    const front = page?.items.find((t) => t.str === 'Hello');
    if (!front || !page) throw new Error('no front');
    const panelCentre = (page.width * 3) / 4;
    expect(Math.abs(front.x + front.width / 2 - panelCentre)).toBeLessThan(0.5);
  });
});

describe('print settings in the file', () => {
  it('asks for actual size always, and short-edge duplex only for the two-sided half-fold card', async () => {
    const quarter = inflatedStreams(
      (await exportPdf(card('Hi'), { layout: 'quarter-fold', paper: 'letter', creationDate: FIXED_DATE })).bytes,
    );
    const raw = (bytes: Uint8Array): string => Buffer.from(bytes).toString('latin1') + inflatedStreams(bytes);
    const half = raw(
      (await exportPdf(card('Hi'), { layout: 'half-fold', paper: 'letter', creationDate: FIXED_DATE })).bytes,
    );
    const single = raw(
      (await exportPdf(card('Hi'), { layout: 'quarter-fold', paper: 'letter', creationDate: FIXED_DATE })).bytes,
    );
    expect(quarter.length).toBeGreaterThan(0);
    expect(single).toMatch(/\/PrintScaling \/None/);
    expect(single).toMatch(/\/Duplex \/Simplex/);
    expect(half).toMatch(/\/PrintScaling \/None/);
    expect(half).toMatch(/\/Duplex \/DuplexFlipShortEdge/);
  });
});
