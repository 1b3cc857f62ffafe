import type { Draft, DraftV1 } from './schema';
import { DRAFT_FORMAT, DRAFT_VERSION } from './schema';

/** Default fold per kind: what a writer most often wants for that piece. */
export function defaultFold(kind: Draft['kind']): Draft['layout']['fold'] {
  switch (kind) {
    case 'card':
      return 'quarter-fold';
    case 'note':
      return 'note';
    case 'letter':
    case 'message':
      return 'letter';
  }
}

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
    layout: { paper: old.paper ?? 'letter', fold: defaultFold(old.kind), foldGuides: true },
    createdAt: old.created,
    updatedAt: old.modified,
  };
}
