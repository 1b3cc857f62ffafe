import type { Draft, Pronouns } from '../draft/schema';
import { OliveError } from '../errors';
import type { GuideStep, Intent } from '../types';
import { pronounWords } from './pronouns';
import { extractSpans, sanitizeWriterText, wrapValue } from './spans';
import {
  NAME_SPAN_IDS,
  type FieldSpan,
  type RenderedBlock,
  type RenderedDocument,
  type Template,
  type TemplateContext,
} from './types';

export interface RenderInput {
  recipientName: string;
  pronouns: Pronouns | 'he' | 'she' | 'they';
  senderName: string;
  partnerName?: string;
  intent?: Intent;
  /** Writer values by field id; missing ones take the field's default. */
  fields: Record<string, string>;
}

/** Blocks are joined by a blank line in RenderedDocument.text. */
export const BLOCK_SEPARATOR = '\n\n';

export function renderTemplate(template: Template, input: RenderInput): RenderedDocument {
  const { meta } = template;
  const spanIds: string[] = [];
  const mark = (id: string, value: string): string => {
    const clean = sanitizeWriterText(value);
    if (clean.trim() === '') return '';
    spanIds.push(id);
    return wrapValue(spanIds.length - 1, clean);
  };

  const fields: Record<string, string> = {};
  for (const field of meta.fields) {
    // Own properties only: a field called "constructor" must not pick up Object.prototype's.
    const own = Object.hasOwn(input.fields, field.id) ? input.fields[field.id] : undefined;
    const value = typeof own === 'string' ? own : field.default;
    // Choice values steer the template ({{#if (eq fields.tone "warm")}}); they are not prose.
    fields[field.id] = field.type === 'choice' ? value : mark(field.id, value);
  }
  const context: TemplateContext = {
    recipient: { name: mark(NAME_SPAN_IDS.recipient, input.recipientName), pronouns: pronounWords(input.pronouns) },
    sender: { name: mark(NAME_SPAN_IDS.sender, input.senderName) },
    partner: { name: mark(NAME_SPAN_IDS.partner, input.partnerName ?? '') },
    intent: input.intent ?? meta.intent,
    fields,
  };

  const { order, blocks } = template.render(context);
  const rendered: RenderedBlock[] = [];
  const spans: FieldSpan[] = [];
  let text = '';
  for (const id of meta.blocks) {
    const marked = blocks.get(id);
    if (marked === undefined) {
      throw new OliveError(
        'template/missing-block',
        `block "${id}" is listed in template.json but the source never fills it`,
        template.sourcePath,
      );
    }
    const extracted = extractSpans(marked);
    const lead = extracted.text.length - extracted.text.trimStart().length;
    const body = extracted.text.trim();
    if (rendered.length > 0) text += BLOCK_SEPARATOR;
    const start = text.length;
    text += body;
    rendered.push({ id, start, end: text.length, text: body });
    for (const span of extracted.spans) {
      const s = Math.min(Math.max(span.start - lead, 0), body.length);
      const e = Math.min(Math.max(span.end - lead, 0), body.length);
      if (e > s) spans.push({ field: spanIds[span.index] ?? 'unknown', block: id, start: start + s, end: start + e });
    }
  }
  const extra = order.filter((id) => !meta.blocks.includes(id));
  if (extra.length > 0) {
    throw new OliveError(
      'template/unknown-block',
      `block "${extra[0]}" is not listed in template.json's "blocks"`,
      template.sourcePath,
    );
  }
  return {
    templateId: meta.id,
    kind: meta.kind,
    step: meta.step as GuideStep,
    title: meta.title,
    intent: context.intent,
    channel: meta.channel,
    sender: sanitizeWriterText(input.senderName),
    recipient: sanitizeWriterText(input.recipientName),
    text,
    blocks: rendered,
    spans,
  };
}

export function sampleInput(template: Template): RenderInput {
  const { sample } = template.meta;
  return {
    recipientName: sample.recipient.name,
    pronouns: sample.recipient.pronouns,
    senderName: sample.sender,
    ...(sample.partnerName !== undefined ? { partnerName: sample.partnerName } : {}),
    intent: template.meta.intent,
    fields: sample.fields,
  };
}

export function draftInput(draft: Draft): RenderInput {
  return {
    recipientName: draft.recipient.name,
    pronouns: draft.recipient.pronouns,
    senderName: draft.sender.name,
    ...(draft.situation.partnerName !== undefined ? { partnerName: draft.situation.partnerName } : {}),
    intent: draft.intent,
    fields: draft.fields,
  };
}
