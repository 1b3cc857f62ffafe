import type { GuideStep, Intent, Kind } from '../types';
import type { TemplateMeta } from './schema';

/** A template ready to render: validated metadata plus its compiled source. */
export interface Template {
  meta: TemplateMeta;
  /** Where it came from: "bundled" or the user's templates folder. */
  origin: 'bundled' | 'user';
  /** Path of the source file, for error messages. */
  sourcePath: string;
  /** Runs the compiled source; returns each block's marked text, in source order. */
  render: (context: TemplateContext) => { order: string[]; blocks: Map<string, string> };
}

export interface PronounWords {
  subject: string;
  object: string;
  possessive: string;
  possessivePronoun: string;
  reflexive: string;
  plural: boolean;
}

/** What a template sees. Writer text is already wrapped in span markers by the renderer. */
export interface TemplateContext {
  recipient: { name: string; pronouns: PronounWords };
  sender: { name: string };
  partner: { name: string };
  intent: Intent;
  fields: Record<string, string>;
}

/** The span of document text that one field (or name) filled. Offsets are UTF-16, end exclusive. */
export interface FieldSpan {
  field: string;
  block: string;
  start: number;
  end: number;
}

export interface RenderedBlock {
  id: string;
  /** Start and end of this block in RenderedDocument.text. */
  start: number;
  end: number;
  text: string;
}

/**
 * The structured result of rendering: plain text per block (a card's front, inside, back; a
 * letter's body), the whole text joined by blank lines, and where each field landed in it.
 */
export interface RenderedDocument {
  templateId: string;
  kind: Kind;
  step: GuideStep;
  title: string;
  intent: Intent;
  channel: TemplateMeta['channel'];
  sender: string;
  recipient: string;
  text: string;
  blocks: RenderedBlock[];
  spans: FieldSpan[];
}

/** Names that are not template fields but still the writer's words, with their span ids. */
export const NAME_SPAN_IDS = { recipient: 'recipient.name', sender: 'sender.name', partner: 'partner.name' } as const;
