import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { OliveError } from '../../../src/core/errors';
import { exportPdf } from '../../../src/core/pdf';
import { card, FIXED_DATE, letter, makeDoc, readPdf, words } from './helpers';

const quarterFold = { layout: 'quarter-fold', paper: 'letter', creationDate: FIXED_DATE } as const;

async function tooLong(promise: Promise<unknown>): Promise<OliveError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(error instanceof OliveError)) throw new Error(`expected an OliveError, got ${String(error)}`);
  return error;
}

function wordsOver(error: OliveError): number {
  const m = /too long for this (?:card|note) by about (\d+) words?/.exec(error.message);
  if (!m) throw new Error(`unexpected message: ${error.message}`);
  return Number(m[1]);
}

describe('text that does not fit', () => {
  it('shrinks before it fails, and says so', async () => {
    const result = await exportPdf(card(`Hi Rowan,\n\n${words(150)}\n\nElena`), quarterFold);
    expect(result.warnings.some((w) => /The inside message was set at [\d.]+ pt instead of 20 pt/.test(w))).toBe(true);
  });

  it('fails with "too long for this card by about N words", N close to the words to cut', async () => {
    // Find how many words fit, by trying.
    let lo = 10;
    let hi = 600;
    while (lo < hi) {
      const mid = Math.ceil((lo + hi) / 2);
      const ok = await exportPdf(card(words(mid)), quarterFold).then(
        () => true,
        () => false,
      );
      if (ok) lo = mid;
      else hi = mid - 1;
    }
    const capacity = lo;
    expect(capacity).toBeGreaterThan(60);

    const error = await tooLong(exportPdf(card(words(capacity + 40)), quarterFold));
    expect(error.code).toBe('pdf/too-long');
    expect(error.message).toMatch(/^The inside message is too long for this card by about \d+ words/);
    expect(Math.abs(wordsOver(error) - 40)).toBeLessThanOrEqual(3);

    const justOver = await tooLong(exportPdf(card(words(capacity + 1)), quarterFold));
    expect(wordsOver(justOver)).toBeLessThanOrEqual(2);
  });

  it('names the front when the front is what overflows', async () => {
    const error = await tooLong(exportPdf(card('Hi', words(60, 'remembering')), quarterFold));
    expect(error.message).toMatch(/^The front text is too long for this card by about \d+ words/);
  });

  it('fails for the note too, naming the note', async () => {
    const error = await tooLong(exportPdf(makeDoc('note', { body: words(1000) }), { layout: 'note', paper: 'a4', creationDate: FIXED_DATE }));
    expect(error.message).toMatch(/too long for this note by about \d+ words/);
  });
});

describe('characters', () => {
  it('prints accents and curly quotes as written, and they extract as written', async () => {
    const inside = 'Dear José,\n\nZoë and Łukasz said “hello” and ‘good luck’ — it’s été, ça va? Ærøskøbing, Ŝtupa, Dvořák.\n\nElena';
    const result = await exportPdf(card(inside, 'Für José'), quarterFold);
    expect(result.warnings).toEqual([]);
    const [page] = (await readPdf(result.bytes)).pages;
    const text = page?.text ?? '';
    for (const s of ['Dear José,', 'Zoë', 'Łukasz', '“hello”', '‘good luck’', '—', 'it’s', 'été', 'ça', 'Ærøskøbing', 'Ŝtupa', 'Dvořák', 'Für José']) {
      expect(text, s).toContain(s);
    }
  });

  it('drops emoji with a warning instead of crashing, and keeps the words around them', async () => {
    const inside = 'Hi Rowan 👋🏽,\n\nI hope you’re well 🙂. The garden is wild ❤️🌻 and the dog says hi 🐕‍🦺 1️⃣ 🇵🇹.\n\nElena';
    const result = await exportPdf(card(inside), quarterFold);
    expect(result.warnings).toHaveLength(1);
    expect(result.warnings[0]).toMatch(/^Dropped 7 emoji from the inside/);
    const [page] = (await readPdf(result.bytes)).pages;
    const text = page?.text ?? '';
    expect(text).toContain('Hi Rowan,');
    expect(text).toContain('I hope you’re well.');
    expect(text).toContain('The garden is wild and the dog says hi');
    expect(text).not.toMatch(/\p{Extended_Pictographic}/u);
  });

  it('drops characters the fonts have no glyph for, with a warning, in a letter too', async () => {
    const result = await exportPdf(letter('Dear Rowan,\n\nI learned to write 你好 this year.\n\nElena'), { layout: 'letter', paper: 'letter', creationDate: FIXED_DATE });
    expect(result.warnings.join(' ')).toMatch(/Dropped 2 characters from the letter .*你 好/);
    const [page] = (await readPdf(result.bytes)).pages;
    expect(page?.text).toContain('I learned to write this year.');
  });

  it('keeps ©, ® and ™ that the fonts can draw', async () => {
    const result = await exportPdf(letter('Dear Rowan,\n\nThe Rialto™ reopened.\n\nElena'), { layout: 'letter', paper: 'letter', creationDate: FIXED_DATE });
    expect(result.warnings).toEqual([]);
    expect((await readPdf(result.bytes)).pages[0]?.text).toContain('Rialto™');
  });

  it('never crashes on any text: it prints, or says it is too long', async () => {
    const anyText = fc.oneof(fc.string({ unit: 'grapheme', maxLength: 60 }), fc.string({ unit: 'binary', maxLength: 60 }));
    await fc.assert(
      fc.asyncProperty(anyText, anyText, async (front, inside) => {
        const result = await exportPdf(card(inside, front), quarterFold).catch((e: unknown) => e);
        if (result instanceof OliveError) expect(result.code).toBe('pdf/too-long');
        else expect(result).toMatchObject({ pages: 1 });
      }),
      { numRuns: 60 },
    );
  });

  it('composes a letter and a combining accent into the accented letter', async () => {
    const result = await exportPdf(card('Jose\u0301 and Zoe\u0308'), quarterFold);
    expect(result.warnings).toEqual([]);
    expect((await readPdf(result.bytes)).pages[0]?.text).toContain('José and Zoë');
  });
});
