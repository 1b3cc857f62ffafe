import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { OliveError } from '../../../src/core/errors';
import { allFontFiles, defaultFontsDir, exportPdf, loadFonts } from '../../../src/core/pdf';
import { LAYOUTS, PAPERS } from '../../../src/core/types';
import { card, embeddedFonts, FIXED_DATE, letter, makeDoc, readPdf } from './helpers';

const INSIDE = 'Hi Rowan,\n\nThe lilacs are out again.\n\nElena';

describe('PDF output', () => {
  it('is byte for byte the same for the same input and creationDate, for every layout and paper', async () => {
    for (const layout of LAYOUTS) {
      for (const paper of PAPERS) {
        const doc =
          layout === 'letter' ? letter(INSIDE) : layout === 'note' ? makeDoc('note', { body: INSIDE }) : card(INSIDE);
        const a = await exportPdf(doc, { layout, paper, creationDate: FIXED_DATE });
        const b = await exportPdf(doc, { layout, paper, creationDate: FIXED_DATE });
        expect(Buffer.from(a.bytes).equals(Buffer.from(b.bytes)), `${layout} ${paper}`).toBe(true);
      }
    }
    const later = await exportPdf(card(INSIDE), {
      layout: 'quarter-fold',
      paper: 'letter',
      creationDate: new Date('2027-01-01T00:00:00Z'),
    });
    const first = await exportPdf(card(INSIDE), { layout: 'quarter-fold', paper: 'letter', creationDate: FIXED_DATE });
    expect(Buffer.from(later.bytes).equals(Buffer.from(first.bytes))).toBe(false);
  });

  it('carries title, author (the sender), subject and the creation date', async () => {
    const doc = makeDoc(
      'card',
      { front: 'Hello', inside: INSIDE, back: '' },
      { sender: 'Zoë Łukaszewicz', recipient: 'José', title: 'Thinking of you' },
    );
    const { info } = await readPdf(
      (await exportPdf(doc, { layout: 'quarter-fold', paper: 'a4', creationDate: FIXED_DATE })).bytes,
    );
    expect(info).toMatchObject({
      Title: 'Thinking of you',
      Author: 'Zoë Łukaszewicz',
      Subject: 'Quarter-fold card for José',
      Creator: 'Olive Branch',
    });
    expect(info.CreationDate).toBe('D:20260214093000Z');
    const env = await readPdf(
      (await exportPdf(doc, { layout: 'envelope', paper: 'a4', creationDate: FIXED_DATE })).bytes,
    );
    expect(env.info.Subject).toBe('Envelope for José');
  });

  it('embeds the handwriting and book faces as subsets, and nothing else', async () => {
    const result = await exportPdf(card(INSIDE), { layout: 'quarter-fold', paper: 'letter', creationDate: FIXED_DATE });
    expect(embeddedFonts(result.bytes)).toEqual(['Caveat-Regular', 'Lora-Regular']);
    expect(Buffer.from(result.bytes).toString('latin1')).not.toMatch(/\/BaseFont\s*\/Helvetica/);
    // Subset: far smaller than the two TTFs (257 KB + 134 KB).
    expect(result.bytes.length).toBeLessThan(40 * 1024);
  });

  it('gives the printing tip and the folding steps', async () => {
    const result = await exportPdf(card(INSIDE), { layout: 'quarter-fold', paper: 'letter', creationDate: FIXED_DATE });
    expect(result.instructions?.[0]).toBe('Print at actual size, not fit to page.');
    expect(result.instructions?.join(' ')).toMatch(/upside-down half goes behind/);
  });
});

describe('fonts', () => {
  it('ships the fonts it uses, with their licences, in resources/fonts', () => {
    const dir = defaultFontsDir();
    expect(dir.endsWith(join('resources', 'fonts'))).toBe(true);
    const fetched = (
      JSON.parse(readFileSync(join(dir, 'fetched.json'), 'utf8')) as { fonts: { file: string; licence: string }[] }
    ).fonts;
    for (const font of allFontFiles()) {
      expect(existsSync(join(dir, font.file)), font.file).toBe(true);
      const licence = fetched.find((f) => f.file === font.file)?.licence ?? `OFL-${font.id}.txt`;
      expect(readFileSync(join(dir, licence), 'utf8'), licence).toMatch(/SIL OPEN FONT LICENSE Version 1\.1/i);
    }
    // Fonts fetched from npm are listed with a pinned version and hash; nothing else is fetched.
    expect(fetched.map((f) => f.file).sort()).toEqual(
      allFontFiles()
        .filter((f) => f.id.startsWith('Noto'))
        .map((f) => f.file)
        .sort(),
    );
  });

  it('parses each folder once and hands the same fonts to every export', async () => {
    const a = await loadFonts();
    const b = await loadFonts(defaultFontsDir());
    expect(b.handwriting.primary).toBe(a.handwriting.primary);
    expect(b.book.primary.font).toBe(a.book.primary.font);
  });

  it('reports a fonts folder without the fonts as a clear error', async () => {
    const error = await exportPdf(card(INSIDE), {
      layout: 'quarter-fold',
      paper: 'letter',
      fontsDir: '/nonexistent/fonts',
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OliveError);
    expect((error as OliveError).code).toBe('pdf/font-missing');
  });

  it('refuses an unknown layout with a clear error', async () => {
    const options = { layout: 'tri-fold', paper: 'letter' } as unknown as Parameters<typeof exportPdf>[1];
    await expect(exportPdf(card(INSIDE), options)).rejects.toThrow(/unknown layout "tri-fold"/);
  });
});
