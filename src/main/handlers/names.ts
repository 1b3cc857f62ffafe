import { randomUUID } from 'node:crypto';
import type { Draft } from '../../core/draft/schema';

const KIND_WORD: Record<Draft['kind'], string> = { message: 'Message', card: 'Card', note: 'Note', letter: 'Letter' };

/** "Card to Sam": how a draft is named on the home screen and in default file names. */
export function draftTitle(draft: Pick<Draft, 'kind' | 'recipient'>): string {
  const name = draft.recipient.name.trim();
  return name ? `${KIND_WORD[draft.kind]} to ${name}` : `${KIND_WORD[draft.kind]}`;
}

/** A file name that is valid on Windows, macOS and Linux. */
export function safeFileName(title: string): string {
  const cleaned = title
    // eslint-disable-next-line no-control-regex -- control characters are exactly what must go
    .replace(/[\u0000-\u001f<>:"/\\|?*]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[. ]+$/, '');
  const name = (cleaned || 'Untitled').slice(0, 120);
  // Windows reserves these device names, with or without an extension.
  return /^(con|prn|aux|nul|com[0-9]|lpt[0-9])$/i.test(name) ? `${name} draft` : name;
}

export function newDocId(): string {
  return randomUUID();
}
