import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { OliveError } from '../../../src/core/errors';
import { exportPdf } from '../../../src/core/pdf';
import { card, embeddedFonts, FIXED_DATE, letter, makeDoc, pdftotext, readPdf, words } from './helpers';

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
  const m = /too long for this (?:card|note) by (\d+) words?/.exec(error.message);
  if (!m) throw new Error(`unexpected message: ${error.message}`);
  return Number(m[1]);
}

describe('text that does not fit', () => {
  it('uses the inside-left panel before shrinking below 16 pt, then shrinks and says so', async () => {
    const flowed = await exportPdf(card(`Hi Rowan,\n\n${words(150)}\n\nElena`), quarterFold);
    expect(flowed.warnings).toEqual([]);
    const [page] = (await readPdf(flowed.bytes)).pages;
    if (!page) throw new Error('no page');
    // Both top quarters (inside left is top right, inside right is top left) carry text, turned.
    const top = page.items.filter((t) => t.y > page.height / 2);
    expect(top.some((t) => t.x > page.width / 2)).toBe(true);
    expect(top.some((t) => t.x < page.width / 2)).toBe(true);
    const shrunk = await exportPdf(card(`Hi Rowan,\n\n${words(330)}\n\nElena`), quarterFold);
    expect(shrunk.warnings.some((w) => /The inside message was set at [\d.]+ pt instead of 20 pt/.test(w))).toBe(true);
  });

  it('fails with "too long for this card by N words", N the exact number of words to cut, sign-off kept', async () => {
    const withWords = (n: number): ReturnType<typeof card> => card(`Hi Rowan,\n\n${words(n)}\n\nElena`);
    // Find how many words fit, by trying.
    let lo = 10;
    let hi = 900;
    while (lo < hi) {
      const mid = Math.ceil((lo + hi) / 2);
      const ok = await exportPdf(withWords(mid), quarterFold).then(
        () => true,
        () => false,
      );
      if (ok) lo = mid;
      else hi = mid - 1;
    }
    const capacity = lo;
    expect(capacity).toBeGreaterThan(60);

    const error = await tooLong(exportPdf(withWords(capacity + 40), quarterFold));
    expect(error.code).toBe('pdf/too-long');
    expect(error.message).toMatch(/^The inside message is too long for this card by \d+ words/);
    expect(wordsOver(error)).toBe(40);
    expect(wordsOver(await tooLong(exportPdf(withWords(capacity + 1), quarterFold)))).toBe(1);
  });

  it('answers within a second for a 100,000-letter word, and says by how many words', async () => {
    const started = performance.now();
    const error = await tooLong(exportPdf(card(`Hi Rowan,\n\n${'a'.repeat(100_000)}\n\nElena`), quarterFold));
    expect(performance.now() - started).toBeLessThan(1000);
    expect(error.message).toMatch(/too long for this card by 1 word;/);
  });

  it('names the front when the front is what overflows', async () => {
    const error = await tooLong(exportPdf(card('Hi', words(60, 'remembering')), quarterFold));
    expect(error.message).toMatch(/^The front text is too long for this card by \d+ words/);
  });

  it('fails for the note too, naming the note', async () => {
    const error = await tooLong(
      exportPdf(makeDoc('note', { body: words(1000) }), { layout: 'note', paper: 'a4', creationDate: FIXED_DATE }),
    );
    expect(error.message).toMatch(/too long for this note by \d+ words/);
  });
});

describe('characters', () => {
  it('prints accents and curly quotes as written, and they extract as written', async () => {
    const inside =
      'Dear José,\n\nZoë and Łukasz said “hello” and ‘good luck’ — it’s été, ça va? Ærøskøbing, Ŝtupa, ' +
      'Dvořák.\n\nElena';
    const result = await exportPdf(card(inside, 'Für José'), quarterFold);
    expect(result.warnings).toEqual([]);
    const [page] = (await readPdf(result.bytes)).pages;
    const text = page?.text ?? '';
    for (const s of [
      'Dear José,',
      'Zoë',
      'Łukasz',
      '“hello”',
      '‘good luck’',
      '—',
      'it’s',
      'été',
      'ça',
      'Ærøskøbing',
      'Ŝtupa',
      'Dvořák',
      'Für José',
    ]) {
      expect(text, s).toContain(s);
    }
  });

  it('draws emoji from the monochrome emoji font, keeping the words and punctuation around them', async () => {
    const inside = 'Hi Rowan 👋,\n\nI hope you’re well 🙂. The garden is wild ❤️🌻 and the dog says hi 🐕.\n\nElena';
    const result = await exportPdf(card(inside, 'Made with 🙂 in Leeds'), quarterFold);
    expect(result.warnings).toEqual([]);
    expect(embeddedFonts(result.bytes)).toContain('NotoEmoji-Regular');
    const text = pdftotext(result.bytes);
    for (const s of ['Hi Rowan 👋,', 'well 🙂.', 'wild ❤️🌻 and', 'hi 🐕.', 'Made with 🙂 in Leeds'])
      expect(text, s).toContain(s);
  });

  it('prints Chinese in a letter from the CJK face instead of dropping it', async () => {
    const result = await exportPdf(letter('Dear Rowan,\n\nI learned to write 你好 this year.\n\nElena'), {
      layout: 'letter',
      paper: 'letter',
      creationDate: FIXED_DATE,
    });
    expect(result.warnings).toEqual([]);
    expect(pdftotext(result.bytes)).toContain('I learned to write 你好 this year.');
  });

  it('keeps ©, ® and ™ that the fonts can draw', async () => {
    const result = await exportPdf(letter('Dear Rowan,\n\nThe Rialto™ reopened.\n\nElena'), {
      layout: 'letter',
      paper: 'letter',
      creationDate: FIXED_DATE,
    });
    expect(result.warnings).toEqual([]);
    expect((await readPdf(result.bytes)).pages[0]?.text).toContain('Rialto™');
  });

  it('never crashes on any text: it prints, or says it is too long', async () => {
    const anyText = fc.oneof(
      fc.string({ unit: 'grapheme', maxLength: 60 }),
      fc.string({ unit: 'binary', maxLength: 60 }),
    );
    await fc.assert(
      fc.asyncProperty(anyText, anyText, async (front, inside) => {
        const result = await exportPdf(card(inside, front), quarterFold).catch((e: unknown) => e);
        // Text either prints, is too long, or names the one character no font can draw.
        if (result instanceof OliveError) expect(['pdf/too-long', 'pdf/cannot-draw']).toContain(result.code);
        if (result instanceof OliveError && result.code === 'pdf/cannot-draw')
          expect(result.message).toMatch(/U\+[0-9A-F]{4,6}/);
        else expect(result).toMatchObject({ pages: 1 });
      }),
      { numRuns: 60 },
    );
  });

  it('draws a letter with a combining mark no precomposed form exists for (T + acute) without crashing', async () => {
    for (const layout of ['quarter-fold', 'half-fold'] as const) {
      const result = await exportPdf(card('Hi T\u0301om, and R\u0331\u0301 too.', 'T\u0301'), {
        layout,
        paper: 'letter',
        creationDate: FIXED_DATE,
      });
      expect(pdftotext(result.bytes)).toContain('T\u0301');
    }
    const note = await exportPdf(makeDoc('note', { body: 'Hi T\u0301om' }), {
      layout: 'note',
      paper: 'letter',
      creationDate: FIXED_DATE,
    });
    expect(note.pages).toBe(1);
  });

  it('never crashes on mixed scripts, marks and bidi text in any layout', async () => {
    const pieces = [
      'Ελένη',
      '王小明',
      'さくら',
      '김민준',
      'فاطمة',
      'נועה',
      'प्रिया',
      'สมชาย',
      'Nguyễn',
      '🙂',
      '(',
      ')',
      '\u0301',
      '\u200d',
      '\u202e',
      ' ',
      '\n',
      'https://a.b/c-d',
      'a'.repeat(50),
    ];
    const text = fc.array(fc.constantFrom(...pieces), { maxLength: 30 }).map((parts) => parts.join(''));
    const layouts = ['quarter-fold', 'half-fold', 'letter', 'envelope'] as const;
    await fc.assert(
      fc.asyncProperty(text, fc.constantFrom(...layouts), async (body, layout) => {
        const doc = layout === 'letter' ? letter(body) : card(body, body.slice(0, 20));
        const result = await exportPdf(doc, {
          layout,
          paper: 'a4',
          creationDate: FIXED_DATE,
          addresses: { recipient: body },
        }).catch((e: unknown) => e);
        if (result instanceof OliveError) expect(['pdf/too-long', 'pdf/cannot-draw']).toContain(result.code);
        else expect(result).toMatchObject({ pages: expect.any(Number) as number });
      }),
      { numRuns: 40 },
    );
  });

  it('composes a letter and a combining accent into the accented letter', async () => {
    const result = await exportPdf(card('Jose\u0301 and Zoe\u0308'), quarterFold);
    expect(result.warnings).toEqual([]);
    expect((await readPdf(result.bytes)).pages[0]?.text).toContain('José and Zoë');
  });
});
