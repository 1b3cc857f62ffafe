import { mkdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { writeFileAtomic } from '../../core/files/atomic';
import { draftTitle, safeFileName } from './names';
import type { Services } from './services';
import type { Handlers } from './types';

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
        const pdf = await services.pdf(payload);
        await mkdir(dirname(path), { recursive: true });
        await writeFileAtomic(path, pdf.bytes, { backup: false });
        return {
          status: 'saved',
          path,
          pages: pdf.pages,
          warnings: pdf.warnings,
          instructions: pdf.instructions ?? [],
        };
      },

      async preview(payload) {
        const pdf = await services.pdf(payload);
        return { bytes: pdf.bytes, pages: pdf.pages, warnings: pdf.warnings, instructions: pdf.instructions ?? [] };
      },

      async print(payload) {
        const pdf = await services.pdf(payload);
        return { status: await ctx.print(pdf.bytes, draftTitle(payload.draft)) };
      },
    },
  };
}
