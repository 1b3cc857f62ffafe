import type { Intent, Kind } from '../types';
import { defaultLayout } from '../pieces/layouts';
import { DRAFT_FORMAT, DRAFT_VERSION, type Draft, type Pronouns, type Situation } from './schema';

export interface NewDraftOptions {
  kind: Kind;
  templateId: string;
  recipientName: string;
  pronouns?: Pronouns;
  senderName: string;
  intent?: Intent;
  situation?: Partial<Situation>;
  fields?: Record<string, string>;
  paper?: Draft['layout']['paper'];
  now?: Date;
}

export function createDraft(options: NewDraftOptions): Draft {
  const now = (options.now ?? new Date()).toISOString();
  return {
    format: DRAFT_FORMAT,
    version: DRAFT_VERSION,
    kind: options.kind,
    templateId: options.templateId,
    recipient: { name: options.recipientName, pronouns: options.pronouns ?? { kind: 'they' } },
    sender: { name: options.senderName },
    intent: options.intent ?? 'friendship',
    situation: { unanswered: 0, heard: 'unknown', ...options.situation },
    fields: { ...options.fields },
    layout: { paper: options.paper ?? 'letter', fold: defaultLayout(options.kind), foldGuides: true },
    createdAt: now,
    updatedAt: now,
  };
}
