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
    .replace(/[\u0000-\u001f<>:"/\\|?*]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[. ]+$/, '');
  return (cleaned || 'Untitled').slice(0, 120);
}

export function newDocId(): string {
  return randomUUID();
}
