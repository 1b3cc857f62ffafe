import { mkdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { Draft } from '../../core/draft/schema';
import { exportPdf } from '../../core/pdf';
import type { PdfOptions, PdfResult } from '../../core/pdf/types';
import { foldFor } from '../../core/pieces/layouts';
import type { Layout, Paper } from '../../core/types';
import { writeFileAtomic } from '../../core/files/atomic';
import { draftTitle, safeFileName } from './names';
import type { Services } from './services';
import { renderDraft } from './templates';
import type { Handlers } from './types';

interface PdfRequest {
  draft: Draft;
  layout?: Layout | undefined;
  paper?: Paper | undefined;
}

/** One path to PDF bytes for preview, export and print, so the preview is what prints. */
export async function makePdf(services: Services, request: PdfRequest): Promise<PdfResult> {
  const { draft } = request;
  const doc = await renderDraft(services, draft);
  const addresses = {
    ...(draft.recipient.address ? { recipient: draft.recipient.address } : {}),
    ...(draft.sender.address ? { sender: draft.sender.address } : {}),
  };
  // A stored fold that does not suit the kind (an older folded note) prints in the kind's usual layout.
  const pieceLayout = foldFor(draft.kind, draft.layout.fold);
  const options: PdfOptions = {
    layout: request.layout === 'envelope' ? 'envelope' : foldFor(draft.kind, request.layout ?? draft.layout.fold),
    // The envelope is sized to the piece it carries (a half-fold card needs a larger one).
    pieceLayout,
    paper: request.paper ?? draft.layout.paper,
    foldGuides: draft.layout.foldGuides,
    ...(draft.layout.design ? { design: draft.layout.design } : {}),
    addresses,
    fontsDir: services.ctx.paths.fonts,
    ...(services.ctx.pdfCreationDate ? { creationDate: services.ctx.pdfCreationDate } : {}),
  };
  return exportPdf(doc, options);
}

export function pdfHandlers(services: Services): Pick<Handlers, 'pdf'> {
  const { ctx } = services;
  return {
    pdf: {
      async export(payload) {
        let path: string;
        if (payload.path !== undefined && ctx.allowDirectPaths) {
          path = await services.checkPath(payload.path, 'pdf');
        } else {
          const suffix = payload.layout === 'envelope' ? ' (envelope)' : '';
          const suggested = join(ctx.paths.documents, `${safeFileName(draftTitle(payload.draft))}${suffix}.pdf`);
          const chosen = await ctx.dialogs.savePdf(suggested);
          if (chosen === null) return { status: 'canceled' };
          path = chosen.toLowerCase().endsWith('.pdf') ? chosen : `${chosen}.pdf`;
          services.grants.grant(path);
          path = await services.checkPath(path, 'pdf');
        }
        const pdf = await makePdf(services, payload);
        await mkdir(dirname(path), { recursive: true });
        await writeFileAtomic(path, pdf.bytes, { backup: false });
        return { status: 'saved', path, pages: pdf.pages, warnings: pdf.warnings, instructions: pdf.instructions ?? [] };
      },

      async preview(payload) {
        const pdf = await makePdf(services, payload);
        return { bytes: pdf.bytes, pages: pdf.pages, warnings: pdf.warnings, instructions: pdf.instructions ?? [] };
      },

      async print(payload) {
        const pdf = await makePdf(services, payload);
        return { status: await ctx.print(pdf.bytes, draftTitle(payload.draft)) };
      },
    },
  };
}
