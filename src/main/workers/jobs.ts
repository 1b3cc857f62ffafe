import { stat } from 'node:fs/promises';
import type { Draft } from '../../core/draft/schema';
import { exportPdf, warmUpPdf } from '../../core/pdf';
import type { PdfOptions, PdfResult } from '../../core/pdf/types';
import { foldFor } from '../../core/pieces/layouts';
import { findTemplate, loadTemplates, type TemplateLoadError, type TemplateSet } from '../../core/templates/load';
import { draftInput, renderTemplate } from '../../core/templates/render';
import type { TemplateMeta } from '../../core/templates/schema';
import type { RenderedDocument } from '../../core/templates/types';
import type { Layout, Paper } from '../../core/types';

/**
 * The untrusted work itself: Handlebars compile and render of bundled and user templates, PDF
 * layout and font parsing. Plain functions of plain data, run inside the worker (untrusted-worker.ts)
 * so that a hostile template, draft or font costs one clear error, not the app.
 */

export interface WorkPaths {
  /** Bundled templates. */
  templates: string;
  /** The writer's own templates folder (read only when it exists). */
  userTemplates: string;
  fonts: string;
}

export interface TemplateList {
  templates: (TemplateMeta & { origin: 'bundled' | 'user' })[];
  errors: TemplateLoadError[];
}

export interface PdfJob {
  draft: Draft;
  layout?: Layout | undefined;
  paper?: Paper | undefined;
  /** Fixed PDF dates, for byte-stable output in tests. */
  creationDate?: Date | undefined;
}

/** Templates are compiled once per folder pair and kept for the life of the worker. */
const sets = new Map<string, Promise<TemplateSet>>();

function templateSet(paths: WorkPaths): Promise<TemplateSet> {
  const key = `${paths.templates}\u0000${paths.userTemplates}`;
  let set = sets.get(key);
  if (!set) {
    set = stat(paths.userTemplates).then(
      (info) => loadTemplates(paths.templates, info.isDirectory() ? paths.userTemplates : undefined),
      () => loadTemplates(paths.templates),
    );
    // A failed load is not kept, so the next request tries again.
    set.catch(() => sets.delete(key));
    sets.set(key, set);
  }
  return set;
}

export async function listTemplates(paths: WorkPaths): Promise<TemplateList> {
  const set = await templateSet(paths);
  return { templates: set.templates.map((t) => ({ ...t.meta, origin: t.origin })), errors: set.errors };
}

export async function renderDraft(paths: WorkPaths, draft: Draft): Promise<RenderedDocument> {
  return renderTemplate(findTemplate(await templateSet(paths), draft.templateId), draftInput(draft));
}

/** One path to PDF bytes for preview, export and print, so the preview is what prints. */
export async function makePdf(paths: WorkPaths, job: PdfJob): Promise<PdfResult> {
  const { draft } = job;
  const doc = await renderDraft(paths, draft);
  const addresses = {
    ...(draft.recipient.address ? { recipient: draft.recipient.address } : {}),
    ...(draft.sender.address ? { sender: draft.sender.address } : {}),
  };
  // A stored fold that does not suit the kind (an older folded note) prints in the kind's usual layout.
  const pieceLayout = foldFor(draft.kind, draft.layout.fold);
  const options: PdfOptions = {
    layout: job.layout === 'envelope' ? 'envelope' : foldFor(draft.kind, job.layout ?? draft.layout.fold),
    // The envelope is sized to the piece it carries (a half-fold card needs a larger one).
    pieceLayout,
    paper: job.paper ?? draft.layout.paper,
    foldGuides: draft.layout.foldGuides,
    ...(draft.layout.design ? { design: draft.layout.design } : {}),
    addresses,
    fontsDir: paths.fonts,
    ...(job.creationDate ? { creationDate: job.creationDate } : {}),
  };
  return exportPdf(doc, options);
}

/** Parses the fonts and compiles the templates before the first preview needs them. */
export async function warmUp(paths: WorkPaths): Promise<void> {
  await Promise.all([templateSet(paths), warmUpPdf(paths.fonts)]);
}
