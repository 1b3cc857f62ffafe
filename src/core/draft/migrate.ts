import { defaultLayout } from '../pieces/layouts';
import type { Draft, DraftV1 } from './schema';
import { DRAFT_FORMAT, DRAFT_VERSION } from './schema';

/** The usual fold of a kind, under the name existing callers know (the rule lives in src/core/pieces/layouts.ts). */
export const defaultFold = defaultLayout;

export function migrateV1(old: DraftV1): Draft {
  return {
    format: DRAFT_FORMAT,
    version: DRAFT_VERSION,
    kind: old.kind,
    templateId: old.template,
    recipient: { name: old.recipientName, pronouns: { kind: old.pronouns } },
    sender: { name: old.senderName },
    intent: old.intent,
    situation: { unanswered: 0, heard: 'unknown' },
    fields: old.fields,
    layout: { paper: old.paper ?? 'letter', fold: defaultLayout(old.kind), foldGuides: true },
    createdAt: old.created,
    updatedAt: old.modified,
  };
}
