import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readPdf } from '../unit/pdf/helpers';
import { newCard, setup } from './helpers';

const FIXED = new Date('2026-03-01T10:00:00.000Z');
const isPdf = (bytes: Uint8Array) => Buffer.from(bytes.subarray(0, 5)).toString('latin1') === '%PDF-';

describe('pdf', () => {
  it('preview returns the very bytes export writes', async () => {
    const { handlers, docs } = await setup({ pdfCreationDate: FIXED });
    const { draft } = await newCard(handlers);
    const preview = await handlers.pdf.preview({ draft });
    expect(isPdf(preview.bytes)).toBe(true);
    expect(preview.pages).toBeGreaterThan(0);
    const path = join(docs, 'card.pdf');
    const exported = await handlers.pdf.export({ draft, path });
    expect(exported).toMatchObject({ status: 'saved', path, pages: preview.pages });
    expect(new Uint8Array(await readFile(path))).toEqual(preview.bytes);
  });

  it('export asks with a save dialog suggesting Documents/Olive Branch/<title>.pdf', async () => {
    const { handlers, ctx, docs } = await setup({ pdfCreationDate: FIXED });
    const { draft } = await newCard(handlers);
    const exported = await handlers.pdf.export({ draft });
    expect(ctx.record.dialogs.at(-1)).toEqual({ kind: 'savePdf', defaultPath: join(docs, 'Card to Sam.pdf') });
    expect(exported.status === 'saved' && isPdf(await readFile(exported.path))).toBe(true);
    ctx.answerDialogs(null);
    expect(await handlers.pdf.export({ draft })).toEqual({ status: 'canceled' });
  });

  it('the envelope layout and paper can be overridden', async () => {
    const { handlers } = await setup({ pdfCreationDate: FIXED });
    const { draft } = await newCard(handlers);
    const withAddresses = { ...draft, recipient: { ...draft.recipient, address: 'Sam Lee\n1 Elm St\nSpringfield' } };
    const pages = async (layout?: 'envelope', paper?: 'a4' | 'letter') => {
      const { bytes } = await handlers.pdf.preview({ draft: withAddresses, ...(layout ? { layout, paper } : {}) });
      return (await readPdf(bytes)).pages.map((p) => ({
        size: [Math.round(p.width), Math.round(p.height)],
        text: p.text,
      }));
    };
    // The draft's own: a quarter-fold card on one US Letter sheet.
    expect((await pages()).map((p) => p.size)).toEqual([[612, 792]]);
    // Overridden: one envelope face, sized for the paper's part of the world (C6 for A4, A2 for US Letter).
    const a4 = await pages('envelope', 'a4');
    expect(a4.map((p) => p.size)).toEqual([[459, 323]]);
    expect(a4[0]!.text).toContain('Sam Lee 1 Elm St Springfield');
    expect((await pages('envelope', 'letter')).map((p) => p.size)).toEqual([[414, 315]]);
  });

  it('print sends the same PDF to the print dialog', async () => {
    const { handlers, ctx } = await setup({ pdfCreationDate: FIXED });
    const { draft } = await newCard(handlers);
    expect(await handlers.pdf.print({ draft })).toEqual({ status: 'sent' });
    expect(ctx.record.printed[0]?.title).toBe('Card to Sam');
    expect(ctx.record.printed[0]?.bytes).toEqual((await handlers.pdf.preview({ draft })).bytes);
  });

  it('refuses a non-PDF export path', async () => {
    const { handlers, docs } = await setup();
    const { draft } = await newCard(handlers);
    await expect(handlers.pdf.export({ draft, path: join(docs, 'card.exe') })).rejects.toMatchObject({
      code: 'path/not-allowed',
    });
  });
});
