import { describe, expect, it } from 'vitest';
import { exportPdf, inch, mm } from '../../../src/core/pdf';
import { card, FIXED_DATE, find, letter, makeDoc, readPdf } from './helpers';

const RECIPIENT = 'Rowan Price\n12 Alder Road\nPortland, OR 97214';
const SENDER = 'Elena Ruiz\n4 Hill Street\nSeattle, WA 98101';

describe('envelope', () => {
  it.each([
    ['card', 'letter', inch(5.75), inch(4.375)],
    ['card', 'a4', mm(162), mm(114)],
    ['note', 'letter', inch(5.75), inch(4.375)],
    ['letter', 'letter', inch(9.5), inch(4.125)],
    ['letter', 'a4', mm(220), mm(110)],
  ] as const)('for a %s on %s paper is sized to fit it', async (kind, paper, width, height) => {
    const doc = kind === 'letter' ? letter('Dear Rowan,\n\nHello.\n\nElena') : makeDoc(kind, { body: 'Hello' });
    const result = await exportPdf(doc, { layout: 'envelope', paper, creationDate: FIXED_DATE });
    const [page] = (await readPdf(result.bytes)).pages;
    expect(page?.width).toBeCloseTo(width, 1);
    expect(page?.height).toBeCloseTo(height, 1);
  });

  it(
    'puts the return address top left and the recipient ' +
      'where postal scanners read, clear of the barcode ' +
      'strip',
    async () => {
      const result = await exportPdf(letter('Hello'), {
        layout: 'envelope',
        paper: 'letter',
        addresses: { recipient: RECIPIENT, sender: SENDER },
        creationDate: FIXED_DATE,
      });
      const [page] = (await readPdf(result.bytes)).pages;
      if (!page) throw new Error('no page');
      const [senderName] = find(page, 'Elena Ruiz');
      const [recipientName] = find(page, 'Rowan Price');
      const [lastLine] = find(page, 'Portland, OR 97214');
      // The address already names the person, so the name is not printed twice.
      expect(find(page, 'Rowan')).toHaveLength(1);
      expect(find(page, 'Elena')).toHaveLength(1);
      expect(senderName?.x).toBeCloseTo(inch(0.5), 0);
      expect(senderName?.y).toBeGreaterThan(page.height - inch(1));
      expect(recipientName?.x).toBeGreaterThan(page.width * 0.3);
      // Postal scanners read addresses in the band from 5/8 in to 2 3/4 in above the bottom edge.
      expect((recipientName?.y ?? Infinity) + 12).toBeLessThan(inch(2.75));
      expect(lastLine?.y).toBeGreaterThan(inch(0.625));
      expect((lastLine?.x ?? 0) + (lastLine?.width ?? 0)).toBeLessThan(page.width - inch(0.5));
    },
  );

  it('leaves a clearly placed space with the name only when an address is missing', async () => {
    const result = await exportPdf(card('Hi'), {
      layout: 'envelope',
      paper: 'letter',
      addresses: { sender: SENDER },
      creationDate: FIXED_DATE,
    });
    const [page] = (await readPdf(result.bytes)).pages;
    if (!page) throw new Error('no page');
    const recipientLines = page.items.filter((t) => t.x > page.width * 0.3);
    expect(recipientLines.map((t) => t.str)).toEqual(['Rowan']);
    expect(recipientLines[0]?.y).toBeLessThan(page.height * 0.6);
    // Room below the name to write the address by hand.
    expect(recipientLines[0]?.y).toBeGreaterThan(inch(1.5));
  });
});

describe('envelope size for the piece', () => {
  it('gives a half-fold card the next size up, so the folded card fits', async () => {
    const half = await exportPdf(card('Hi'), {
      layout: 'envelope',
      paper: 'letter',
      pieceLayout: 'half-fold',
      creationDate: FIXED_DATE,
    });
    const [page] = (await readPdf(half.bytes)).pages;
    expect(page?.width).toBeCloseTo(inch(8.75), 1);
    expect(page?.height).toBeCloseTo(inch(5.75), 1);
    const explicit = await exportPdf(card('Hi'), {
      layout: 'envelope',
      paper: 'letter',
      envelope: 'c5',
      creationDate: FIXED_DATE,
    });
    expect((await readPdf(explicit.bytes)).pages[0]?.width).toBeCloseTo(mm(229), 1);
    // A DL envelope is 110 mm tall: a 4.25 in (108 mm) card would not slide in.
    await expect(exportPdf(card('Hi'), { layout: 'envelope', paper: 'letter', envelope: 'dl' })).rejects.toMatchObject({
      code: 'pdf/envelope-too-small',
    });
    await expect(
      exportPdf(card('Hi'), { layout: 'envelope', paper: 'letter', pieceLayout: 'half-fold', envelope: 'a2' }),
    ).rejects.toThrow(/does not fit a A2 \(4 3\/8 x 5 3\/4 in\) envelope; choose a9/);
  });
});
