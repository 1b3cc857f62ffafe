import { describe, expect, it } from 'vitest';
import { exportPdf, inch } from '../../../src/core/pdf';
import { FIXED_DATE, letter, readPdf, type ReadPage } from './helpers';

const PARAGRAPH =
  'I have thought a great deal about the way things ended between us, and about the part I played in it. I was ' +
  'careless with something that mattered, and I am sorry for the hurt that caused you.';

function body(paragraphs: number, extraWords = 0): string {
  const parts = ['Dear Alex,'];
  for (let i = 0; i < paragraphs; i++) parts.push(`${i + 1}. ${PARAGRAPH}`);
  if (extraWords > 0) parts.push(Array.from({ length: extraWords }, (_, i) => `word${i}`).join(' '));
  parts.push('Marisol');
  return parts.join('\n\n');
}

const PAGE_NUMBER = /^(\d+) of (\d+)$/;

function pageNumbers(page: ReadPage): string[] {
  return page.items.filter((t) => PAGE_NUMBER.test(t.str.trim())).map((t) => t.str.trim());
}

describe('letter', () => {
  it('flows over several pages with "2 of 3" style numbers from page 2 on, at the foot', async () => {
    const result = await exportPdf(letter(body(24), 'Marisol'), {
      layout: 'letter',
      paper: 'letter',
      creationDate: FIXED_DATE,
    });
    const pdf = await readPdf(result.bytes);
    const n = pdf.pages.length;
    expect(result.pages).toBe(n);
    expect(n).toBeGreaterThanOrEqual(3);
    pdf.pages.forEach((page, i) => {
      expect(page.width).toBe(612);
      expect(page.height).toBe(792);
      if (i === 0) expect(pageNumbers(page)).toEqual([]);
      else {
        expect(pageNumbers(page)).toEqual([`${i + 1} of ${n}`]);
        const label = page.items.find((t) => PAGE_NUMBER.test(t.str.trim()));
        expect(label?.y).toBeLessThan(inch(1));
        expect(label?.y).toBeGreaterThanOrEqual(inch(0.5));
        expect(Math.abs((label?.x ?? 0) + (label?.width ?? 0) / 2 - 306)).toBeLessThan(2);
      }
    });
    // Every paragraph made it, in order, across the pages.
    const all = pdf.pages.map((p) => p.text).join(' ');
    const order = Array.from({ length: 24 }, (_, i) => all.indexOf(`${i + 1}. I have thought`));
    expect(order.every((at) => at >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });

  it('keeps body text inside comfortable margins on A4', async () => {
    const result = await exportPdf(letter(body(8), 'Marisol'), {
      layout: 'letter',
      paper: 'a4',
      creationDate: FIXED_DATE,
    });
    const pdf = await readPdf(result.bytes);
    for (const page of pdf.pages) {
      expect(page.width).toBeCloseTo(595.28, 1);
      expect(page.height).toBeCloseTo(841.89, 1);
      for (const t of page.items.filter((i) => !PAGE_NUMBER.test(i.str.trim()))) {
        expect(t.x).toBeGreaterThanOrEqual(inch(1));
        expect(t.x + t.width).toBeLessThanOrEqual(page.width - inch(1) + 0.5);
        expect(t.y).toBeGreaterThan(inch(0.9));
        expect(t.y).toBeLessThan(page.height - inch(0.9));
      }
    }
  });

  it('never leaves the signature alone on a page, whatever the length', async () => {
    let sawBreakNearSignature = false;
    for (let extra = 0; extra <= 260; extra += 10) {
      const result = await exportPdf(letter(body(6, extra), 'Marisol'), {
        layout: 'letter',
        paper: 'letter',
        creationDate: FIXED_DATE,
      });
      const pdf = await readPdf(result.bytes);
      const last = pdf.pages[pdf.pages.length - 1];
      if (!last) throw new Error('no page');
      const signature = last.items.filter((t) => t.str === 'Marisol');
      expect(signature, `extra ${extra}`).toHaveLength(1);
      const bodyLines = last.items.filter((t) => t.str !== 'Marisol' && !PAGE_NUMBER.test(t.str.trim()));
      expect(bodyLines.length, `extra ${extra}: lines before the signature on its page`).toBeGreaterThanOrEqual(2);
      if (pdf.pages.length > 1 && bodyLines.length <= 3) sawBreakNearSignature = true;
    }
    // The loop really did reach the case where the signature would have fallen onto a page of its own.
    expect(sawBreakNearSignature).toBe(true);
  });

  it('sets the sender name as a signature in the handwriting face', async () => {
    const result = await exportPdf(letter(body(1), 'Marisol'), {
      layout: 'letter',
      paper: 'letter',
      creationDate: FIXED_DATE,
    });
    const [page] = (await readPdf(result.bytes)).pages;
    const signature = page?.items.find((t) => t.str === 'Marisol');
    const bodyLine = page?.items.find((t) => t.str.startsWith('Dear Alex'));
    expect(signature?.a).toBeGreaterThan(bodyLine?.a ?? Infinity);
  });
});
