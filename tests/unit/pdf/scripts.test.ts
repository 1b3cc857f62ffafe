/**
 * Every script prints: a card, a letter and an envelope to each of these names carry the name in
 * full, read back from the PDF as a copy-and-paste would (logical order for Arabic and Hebrew),
 * in the font of its script.
 */
import { mkdtempSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportPdf } from '../../../src/core/pdf';
import { defaultFontsDir } from '../../../src/core/pdf/fonts/load';
import { embeddedFonts, FIXED_DATE, makeDoc, pdftotext } from './helpers';

const NAMES: [string, string][] = [
  ['Ελένη', 'NotoSans'],
  ['王小明', 'NotoSansSC'],
  ['さくら', 'NotoSansSC'],
  ['김민준', 'NotoSansKR'],
  ['فاطمة', 'NotoNaskhArabic'],
  ['נועה', 'NotoSansHebrew'],
  ['प्रिया', 'NotoSans'],
  ['สมชาย', 'NotoSansThai'],
  ['Nguyễn Thị Hồng', 'NotoSans'],
];

describe.each(NAMES)('a piece to %s', (name, font) => {
  it('prints the name in full on a card (inside and front)', async () => {
    const doc = makeDoc(
      'card',
      {
        front: `For ${name}`,
        inside: `Hi ${name},\n\nYou came to mind this week, so here is a small hello.\n\nElena`,
        back: '',
      },
      { recipient: name },
    );
    const result = await exportPdf(doc, { layout: 'quarter-fold', paper: 'a4', creationDate: FIXED_DATE });
    const text = pdftotext(result.bytes);
    expect(text).toContain(`Hi ${name},`);
    expect(text).toContain(name);
    expect(embeddedFonts(result.bytes).filter((f) => f.startsWith(`${font}-`))).toHaveLength(1);
    expect(result.warnings).toEqual([]);
  });

  it('prints the name in full in a letter', async () => {
    const doc = makeDoc(
      'letter',
      { body: `Dear ${name},\n\nI have thought a great deal about how things ended between us.\n\nElena` },
      { recipient: name },
    );
    const result = await exportPdf(doc, { layout: 'letter', paper: 'letter', creationDate: FIXED_DATE });
    expect(pdftotext(result.bytes)).toContain(`Dear ${name},`);
  });

  it('prints the name in full on the envelope', async () => {
    const doc = makeDoc('card', { front: 'Hello', inside: 'Hi', back: '' }, { recipient: name });
    const result = await exportPdf(doc, {
      layout: 'envelope',
      paper: 'letter',
      creationDate: FIXED_DATE,
      addresses: { recipient: `${name}\n12 Long Lane\nLeeds LS1 4AB` },
    });
    expect(pdftotext(result.bytes)).toContain(name);
  });
});

describe('characters no font can draw', () => {
  it('are an error naming the character, never a gap', async () => {
    const doc = makeDoc('card', { front: 'Hello', inside: 'Hi Rowan, here is \u{13000} for you.', back: '' });
    await expect(exportPdf(doc, { layout: 'quarter-fold', paper: 'letter' })).rejects.toMatchObject({
      code: 'pdf/cannot-draw',
      message: expect.stringContaining('U+13000'),
    });
  });
});

describe('loading fonts', () => {
  it('embeds only the fonts a draft needs: no CJK face in a Latin card', async () => {
    const doc = makeDoc('card', { front: 'Hello', inside: 'Hi Rowan, the lilacs are out.', back: 'Made in Leeds' });
    const result = await exportPdf(doc, { layout: 'quarter-fold', paper: 'letter', creationDate: FIXED_DATE });
    expect(embeddedFonts(result.bytes)).toEqual(['Caveat-Regular', 'Lora-Regular']);
  });
});

describe('text read back from the PDF (copy, search, screen readers)', () => {
  it('keeps every plain letter after an earlier PDF set accented names in the same fonts', async () => {
    // Fonts parsed afresh for this test (a folder of its own), as at the app's start.
    const fontsDir = mkdtempSync(join(tmpdir(), 'olive-fonts-'));
    for (const file of readdirSync(defaultFontsDir())) symlinkSync(join(defaultFontsDir(), file), join(fontsDir, file));
    const options = { layout: 'quarter-fold', paper: 'letter', creationDate: FIXED_DATE, fontsDir } as const;
    // Caveat draws "é" from "e" and an accent: the parsed font, kept for every later export,
    // must not forget that its "e" is an "e".
    await exportPdf(makeDoc('card', { front: 'Zoë', inside: 'José, Zoë, Nguyễn Thị Hồng', back: 'Hélène' }), options);
    const plain = makeDoc('card', {
      front: 'Hello there',
      inside: 'Here is the week we met, seen again.',
      back: 'See you',
    });
    const text = pdftotext((await exportPdf(plain, options)).bytes);
    expect(text).toContain('Hello there');
    expect(text).toContain('Here is the week we met, seen again.');
    expect(text).toContain('See you');
    rmSync(fontsDir, { recursive: true, force: true });
  });
});
