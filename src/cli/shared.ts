import { resolve } from 'node:path';
import { readDraftFile } from '../core/draft/file';
import type { Draft } from '../core/draft/schema';
import { findTemplate, loadTemplates, type TemplateLoadError, type TemplateSet } from '../core/templates/load';
import { draftInput, renderTemplate, sampleInput } from '../core/templates/render';
import type { RenderedDocument, Template } from '../core/templates/types';
import { UsageError, type CliIo } from './io';

/** Broken user templates are reported on stderr; the command goes on with the ones that loaded. */
export function printLoadErrors(errors: TemplateLoadError[], io: CliIo): void {
  for (const e of errors) io.stderr(`olive: skipped template ${e.where}: ${e.message}\n`);
}

export interface Source {
  template: Template;
  doc: RenderedDocument;
  draft?: Draft;
  set: TemplateSet;
}

/**
 * What the render and export commands work from: a draft file, or a template with its sample
 * values. Exactly one of the two must be given.
 */
export async function loadSource(
  io: CliIo,
  args: {
    file: string | undefined;
    template: string | undefined;
    sample: boolean | undefined;
    templates: string | undefined;
  },
): Promise<Source> {
  if (args.file && args.template) throw new UsageError('give either a draft file or --template ID --sample, not both');
  if (!args.file && !args.template) throw new UsageError('give a draft file, or --template ID --sample');
  if (args.template && !args.sample)
    throw new UsageError('--template needs --sample (render the template with its sample values)');
  const set = await loadTemplates(io.templatesDir, args.templates ? resolve(io.cwd, args.templates) : undefined);
  printLoadErrors(set.errors, io);
  if (args.template) {
    const template = findTemplate(set, args.template);
    return { template, doc: renderTemplate(template, sampleInput(template)), set };
  }
  const draft = await readDraftFile(resolve(io.cwd, args.file ?? ''));
  const template = findTemplate(set, draft.templateId);
  return { template, doc: renderTemplate(template, draftInput(draft)), draft, set };
}
