/** A draft of a bundled template, rendered as main renders it, and its verdict. */
import { fileURLToPath } from 'node:url';
import { createDraft } from '../../../src/core/draft/create';
import type { Draft, Kept, Situation } from '../../../src/core/draft/schema';
import { findTemplate, loadTemplates, type TemplateSet } from '../../../src/core/templates/load';
import { draftInput, renderTemplate } from '../../../src/core/templates/render';
import type { Intent } from '../../../src/core/types';
import { verdictForPiece, type Verdict } from '../../../src/core/verdict';
import { draftPiece } from '../../../src/core/verdict/draft';

const BUNDLED = fileURLToPath(new URL('../../../templates', import.meta.url));
let templates: TemplateSet | undefined;

export async function bundled(): Promise<TemplateSet> {
  templates ??= await loadTemplates(BUNDLED);
  return templates;
}

export interface DraftSpec {
  fields?: Record<string, string>;
  sender?: string;
  intent?: Intent;
  situation?: Partial<Situation>;
  kept?: Kept;
  printProblem?: string;
}

export async function draftOf(templateId: string, spec: DraftSpec = {}): Promise<Draft> {
  const template = findTemplate(await bundled(), templateId);
  const fields: Record<string, string> = {};
  for (const f of template.meta.fields) fields[f.id] = spec.fields?.[f.id] ?? f.default;
  const draft = createDraft({
    kind: template.meta.kind,
    templateId,
    recipientName: 'Sam',
    senderName: spec.sender ?? 'Alex',
    intent: spec.intent ?? template.meta.intent,
    fields,
    ...(spec.situation ? { situation: spec.situation } : {}),
  });
  return spec.kept ? { ...draft, kept: spec.kept } : draft;
}

export async function verdictOf(templateId: string, spec: DraftSpec = {}): Promise<Verdict> {
  const template = findTemplate(await bundled(), templateId);
  const draft = await draftOf(templateId, spec);
  return verdictForPiece(
    draftPiece(draft, template.meta.fields, renderTemplate(template, draftInput(draft)), spec.printProblem),
  );
}

export const check = (v: Verdict, id: string) => v.checks.find((c) => c.id === id);
